'use client';

import { createContext, use, useMemo } from 'react';
import { Marker } from 'react-map-gl/maplibre';
import type { Place } from '@/app/_lib/content/schema';
import { markerData, type PlacedMarker } from '@/app/_lib/map/compose/markers';
import { MAP_WORDS } from '@/app/_lib/map/map-words';
import { useEdition } from '../edition/edition-context';

/*
 * The story's markers on the live map: one button per place, a dot and a name. Which are
 * drawn and where each name goes is the layout's (map/compose/markers.ts), applied to the
 * buttons as data attributes where the camera stops (`applyMarkerLayout`), without a render.
 */

/** Opens a place's popup from its marker. */
export type OpenPlace = (id: string, marker: HTMLElement) => void;

/** What a marker shows beyond its place: whether the active step shows it, whether its popup is open. */
export const MarkerStateContext = createContext<{ active: ReadonlySet<string>; openPlace: string | null }>({ active: new Set(), openPlace: null });

function MarkerButton({ place, onOpen }: { place: Place; onOpen: OpenPlace }) {
  const { active, openPlace } = use(MarkerStateContext);
  const words = MAP_WORDS[useEdition()];
  return (
    <button
      type="button"
      className="marker"
      data-place={place.id}
      data-active={active.has(place.id) ? 'true' : undefined}
      aria-label={words.inCountry(place.name, place.country)}
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
 * only what the buttons show (through MarkerStateContext and the layout), not the markers themselves.
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

/** Writes a layout's markers onto their buttons in `container`: shown or not, named where. */
export function applyMarkerLayout(container: HTMLElement, markers: readonly PlacedMarker[]): void {
  for (const marker of markers) {
    const button = container.querySelector<HTMLElement>(`button[data-place="${CSS.escape(marker.id)}"]`);
    if (!button) continue;
    const data = markerData(marker);
    for (const name of ['data-shown', 'data-name', 'data-name-side'] as const) {
      const value = data[name];
      if (value === undefined) button.removeAttribute(name);
      else button.setAttribute(name, value);
    }
  }
}
