import { useEffect, useState, type ComponentType, type RefObject } from 'react';
import { cameraFromStaticMap, fitOf, parseDrawnCamera, type DrawnCamera } from '@/app/_lib/map/static/handoff';
import type { StoryMode } from '../story/story-provider';
import type { MapGLProps } from './map-gl';

/** MapLibre's component once loaded, with where the static map stood when it did. */
export interface LiveMap {
  MapGL: ComponentType<MapGLProps>;
  handoff: DrawnCamera | null;
}

/** Signs that a reader is here and engaging; any of them starts the interactive map. */
const startEvents = ['scroll', 'wheel', 'pointerdown', 'pointermove', 'keydown', 'touchstart', 'focusin'] as const;

function supportsWebGL2(): boolean {
  try {
    return !!document.createElement('canvas').getContext('webgl2');
  } catch {
    return false;
  }
}

/** The live camera that shows what the static map in `box` shows, if it has one. */
function staticHandoff(box: HTMLElement | null): DrawnCamera | null {
  const svg = box?.querySelector<SVGSVGElement>('[data-static-map]');
  const drawn = parseDrawnCamera(svg?.getAttribute('data-camera'));
  if (!box || !svg || !drawn) return null;
  return cameraFromStaticMap(drawn, svg.viewBox.baseVal, svg.getBoundingClientRect(), box.getBoundingClientRect(), fitOf(svg));
}

/**
 * Loads MapLibre (`load`, map-gl.tsx) when the reader first scrolls or interacts: it costs
 * ~600 KB and a long main-thread task, so the text and the static map paint and respond first.
 * A host page that drives the map, a deep link to a step, or a reader who scrolled before this
 * code ran asks for it at once. Without WebGL2, or when the code fails to load, `unavailable`
 * is called instead. The hand-over camera is taken while the static map shows the first step.
 */
export function useLiveMap(
  mode: StoryMode,
  box: RefObject<HTMLElement | null>,
  onFirstStep: RefObject<boolean>,
  unavailable: () => void,
  load: () => Promise<Pick<LiveMap, 'MapGL'>>,
): LiveMap | null {
  const [live, setLive] = useState<LiveMap | null>(null);
  useEffect(() => {
    let cancelled = false;
    const start = () => {
      for (const type of startEvents) window.removeEventListener(type, start, true);
      if (cancelled) return;
      if (!supportsWebGL2()) {
        unavailable();
        return;
      }
      load().then(
        (module) => !cancelled && setLive({ MapGL: module.MapGL, handoff: onFirstStep.current ? staticHandoff(box.current) : null }),
        () => !cancelled && unavailable(),
      );
    };
    if (mode === 'driven' || window.location.hash.length > 1 || window.scrollY > 0) start();
    else for (const type of startEvents) window.addEventListener(type, start, { capture: true, passive: true });
    return () => {
      cancelled = true;
      for (const type of startEvents) window.removeEventListener(type, start, true);
    };
  }, [mode, box, onFirstStep, unavailable, load]);
  return live;
}
