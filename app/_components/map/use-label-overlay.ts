import { useEffect, useRef } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { WidthOf } from '@/app/_lib/map/compose/compose';
import type { MapScene } from '@/app/_lib/map/compose/compose';
import type { MapOverlays } from '@/app/_lib/map/compose/overlays';
import { useEdition } from '../edition/edition-context';
import { attachLabelOverlay, type LabelState } from './label-overlay';
import { loadMapFont } from './map-font';

interface OverlayStep {
  scene: MapScene;
  stepId: string;
  overlays: LabelState['overlays'];
  widthOf: WidthOf;
}

/**
 * The live map's layout and labels overlay (label-overlay.ts), fed the active step: it reads
 * the step's scene and overlays when it lays the map out, and a new step lays it out again.
 * `attach` starts it on a loaded map; it goes with the component.
 */
export function useLabelOverlay({ scene, stepId, overlays, widthOf }: OverlayStep) {
  // The page's edition: its labels file, and its font (the view's widths measure the same names).
  const lang = useEdition();
  const labelState = useRef<LabelState>({ scene, step: stepId, overlays, widthOf });
  const labels = useRef<ReturnType<typeof attachLabelOverlay> | null>(null);
  useEffect(() => {
    labelState.current = { scene, step: stepId, overlays, widthOf };
    labels.current?.refresh();
  }, [scene, stepId, overlays, widthOf]);
  useEffect(() => () => labels.current?.remove(), []);
  return {
    /** The map's text font for the edition, for the labels and the markers' names: fetched when the live map starts. */
    loadFont: () => loadMapFont(lang),
    attach(map: MapLibreMap) {
      labels.current = attachLabelOverlay(map, () => labelState.current, lang);
    },
  };
}

export type { MapOverlays };
