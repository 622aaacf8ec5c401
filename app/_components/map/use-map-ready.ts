import { useEffect, useRef } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';

/** How long the live map may take to draw before it is shown anyway. */
const READY_TIMEOUT_MS = 10_000;

/**
 * When the live map is ready to replace the static one: once the basemap has drawn, or has
 * failed, or after READY_TIMEOUT_MS if it never arrives (markers over the plain sea rather
 * than a wait without end). `onReady` is called once.
 */
export function useMapReady(onReady: () => void) {
  const announced = useRef(false);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const announce = () => {
    if (announced.current) return;
    announced.current = true;
    onReady();
  };
  /** Announces when the map has first drawn, after `onIdle`; or when the time is up. */
  const announceWhenDrawn = (map: MapLibreMap, onIdle: () => void) => {
    map.once('idle', () => {
      window.clearTimeout(timer.current);
      onIdle();
      announce();
    });
    timer.current = window.setTimeout(announce, READY_TIMEOUT_MS);
  };
  return { announce, announceWhenDrawn };
}
