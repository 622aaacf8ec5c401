import { useEffect, useRef, type RefObject } from 'react';
import type { MapRef } from 'react-map-gl/maplibre';
import { BASEMAP_SOURCE_ID, HOSTED_STYLE_URL } from '@/app/_lib/map/style';

/**
 * Colours the step's countries on the live map through feature state (map/style.ts says why),
 * clearing the last step's. A hosted style has no country fills to colour.
 */
export function useCountryHighlight(ref: RefObject<MapRef | null>, loaded: RefObject<boolean>, highlight: readonly string[], mapReady: boolean): void {
  const highlighted = useRef<readonly string[]>([]);
  const highlightKey = highlight.join(',');
  useEffect(() => {
    const map = ref.current;
    if (!map || !loaded.current || HOSTED_STYLE_URL) return;
    const next = highlightKey ? highlightKey.split(',') : [];
    for (const id of highlighted.current) if (!next.includes(id)) map.setFeatureState({ source: BASEMAP_SOURCE_ID, id }, { highlight: false });
    for (const id of next) map.setFeatureState({ source: BASEMAP_SOURCE_ID, id }, { highlight: true });
    highlighted.current = next;
  }, [ref, loaded, highlightKey, mapReady]);
}
