import type { Rect } from './place-labels';

/** Zoom from which every marker shows its name; below it only the step's own places do (the Syrian places pile up). */
export const ALL_MARKER_NAMES_ZOOM = 6.5;

/**
 * Room taken by MapLibre's attribution in the map's bottom-right corner, kept clear in the
 * static map too so that both place the same labels; the live map adds the control's real box.
 */
export function attributionZone(width: number, height: number): Rect {
  const zoneWidth = Math.min(width, 270);
  return { x: width - zoneWidth, y: height - 26, width: zoneWidth, height: 26 };
}

export interface MarkerPlace {
  id: string;
  name: string;
  coordinates: readonly [number, number] | readonly number[];
}

/**
 * What the story's markers cover: the dot, and the name to its right when it shows.
 * Computed from the places, not measured, so the static map and the live map (whose marker
 * names are in a system font) keep the same room; sized for the larger static name (15 px, 600).
 */
export function markerObstacles(places: readonly MarkerPlace[], activeIds: readonly string[], zoom: number, project: (lngLat: [number, number]) => [number, number] | null): Rect[] {
  const rects: Rect[] = [];
  for (const place of places) {
    const p = project([place.coordinates[0]!, place.coordinates[1]!]);
    if (!p) continue;
    const [x, y] = p;
    rects.push({ x: x - 10, y: y - 10, width: 20, height: 20 });
    if (markerNameShows(place.id, activeIds, zoom)) rects.push({ x: x + 8, y: y - 11, width: 14 + place.name.length * 9.4, height: 22 });
  }
  return rects;
}

export const markerNameShows = (id: string, activeIds: readonly string[], zoom: number) => zoom >= ALL_MARKER_NAMES_ZOOM || activeIds.includes(id);
