'use client';

import { createContext, use, useMemo } from 'react';
import { Marker, type MapRef } from 'react-map-gl/maplibre';
import type { Place } from '@/app/_lib/content/schema';
import { markerNameSide } from '@/app/_lib/map/labels/obstacles';

/*
 * The story's markers on the live map: one button per place, its name beside its dot, on
 * the side where the name stays on the map.
 */

/** Opens a place's popup from its marker. */
export type OpenPlace = (id: string, marker: HTMLElement) => void;

/** What a marker shows beyond its place: whether the active step shows it, whether its popup is open. */
export const MarkerStateContext = createContext<{ active: ReadonlySet<string>; openPlace: string | null }>({ active: new Set(), openPlace: null });

function MarkerButton({ place, onOpen }: { place: Place; onOpen: OpenPlace }) {
  const { active, openPlace } = use(MarkerStateContext);
  return (
    <button
      type="button"
      className="marker"
      data-place={place.id}
      data-active={active.has(place.id) ? 'true' : undefined}
      aria-label={`${place.name}, ${place.country}`}
      aria-haspopup="dialog"
      aria-expanded={openPlace === place.id}
      onClick={(event) => {
        event.stopPropagation();
        onOpen(place.id, event.currentTarget);
      }}
    >
      <span className="marker-dot" aria-hidden="true" />
      <span className="marker-label" aria-hidden="true">
        {place.name}
      </span>
    </button>
  );
}

/**
 * The markers, built once per place set, as in react-map-gl's controls example: a step changes
 * only what the buttons show (through MarkerStateContext), not the markers themselves.
 */
export function useMarkers(places: readonly Place[], onOpen: OpenPlace) {
  return useMemo(
    () =>
      places.map((place) => (
        <Marker key={place.id} longitude={place.coordinates[0]} latitude={place.coordinates[1]} anchor="center">
          <MarkerButton place={place} onOpen={onOpen} />
        </Marker>
      )),
    [places, onOpen],
  );
}

/**
 * Puts each marker's name on the side of its dot where it stays on the map: the left near the
 * right edge. Decided where the camera stops, by the rule the labels keep clear of (obstacles.ts).
 */
export function sideMarkerNames(map: Pick<MapRef, 'getContainer' | 'project'>, places: readonly Place[]): void {
  const container = map.getContainer();
  const width = container.clientWidth;
  for (const place of places) {
    const button = container.querySelector<HTMLElement>(`button[data-place="${CSS.escape(place.id)}"]`);
    if (!button) continue;
    const { x } = map.project(place.coordinates);
    if (markerNameSide(x, place.name, width) === 'left') button.dataset.nameSide = 'left';
    else delete button.dataset.nameSide;
  }
}
