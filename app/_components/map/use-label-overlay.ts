import { useEffect, useRef } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Place } from '@/app/_lib/content/schema';
import type { StepLayers } from '@/app/_lib/map/step-layers/placement';
import { attachLabelOverlay, type LabelState } from './label-overlay';

interface OverlayStep {
  places: readonly Place[];
  activePlaces: readonly string[];
  highlight: readonly string[];
  stepId: string;
  layers: StepLayers;
}

/**
 * The labels overlay of the live map (label-overlay.ts), fed the active step: it reads the
 * step's places, countries and layers when it draws, and a new step redraws it. `attach`
 * starts it on a loaded map; it goes with the component.
 */
export function useLabelOverlay({ places, activePlaces, highlight, stepId, layers }: OverlayStep) {
  const labelState = useRef<LabelState>({ places, activeIds: activePlaces, focus: highlight, layers, step: stepId });
  const labels = useRef<ReturnType<typeof attachLabelOverlay> | null>(null);
  const activeKey = activePlaces.join(',');
  const focusKey = [...activePlaces.map((id) => places.find((p) => p.id === id)?.countryCode ?? ''), ...highlight].join(',');
  useEffect(() => {
    const focus = [...new Set(focusKey.split(',').filter(Boolean))];
    labelState.current = { places, activeIds: activeKey ? activeKey.split(',') : [], focus, layers, step: stepId };
    labels.current?.refresh();
  }, [places, activeKey, focusKey, layers, stepId]);
  useEffect(() => () => labels.current?.remove(), []);
  return {
    attach(map: MapLibreMap) {
      labels.current = attachLabelOverlay(map, () => labelState.current);
    },
  };
}
