import type { Rect } from '../../geometry/plane';
import { BREAKPOINTS } from '../../layout/breakpoints';

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

/** Maps this wide or narrower are a phone's: there a long marker name wraps (live-map.css) and the attribution starts folded. */
export const NARROW_MAP_WIDTH = BREAKPOINTS.phoneMap;
/** The widest a marker's name runs on a narrow map before it wraps to a second line (live-map.css: 8.5rem). */
export const NARROW_NAME_MAX_WIDTH = 136;

/**
 * Room a marker's name takes beside its dot in a map `mapWidth` wide, sized for the larger
 * static name (15 px, 600): one line, or two where a narrow map wraps a long name.
 */
export function markerNameBox(name: string, mapWidth = Infinity): { width: number; height: number } {
  const width = 14 + name.length * 9.4;
  if (mapWidth > NARROW_MAP_WIDTH || width <= NARROW_NAME_MAX_WIDTH) return { width, height: 22 };
  return { width: NARROW_NAME_MAX_WIDTH, height: 40 };
}

/** Kept between a marker's name and the map's edge. */
const NAME_EDGE_MARGIN = 4;

/**
 * Which side of its dot a marker's name goes in a map `width` wide: the right, unless it would
 * run off the edge there and fits on the left (a place near the right edge of a phone's map).
 */
export function markerNameSide(x: number, name: string, width: number): 'right' | 'left' {
  const room = 8 + markerNameBox(name, width).width;
  return x + room > width - NAME_EDGE_MARGIN && x - room >= NAME_EDGE_MARGIN ? 'left' : 'right';
}

/**
 * What the story's markers cover: the dot, and the name beside it when it shows (to its left
 * where `markerNameSide` puts it, given the map's `width`).
 * Computed from the places, not measured, so the static map and the live map (whose marker
 * names are in a system font) keep the same room.
 */
export function markerObstacles(
  places: readonly MarkerPlace[],
  activeIds: readonly string[],
  zoom: number,
  project: (lngLat: [number, number]) => [number, number] | null,
  width = Infinity,
): Rect[] {
  const rects: Rect[] = [];
  for (const place of places) {
    const p = project([place.coordinates[0]!, place.coordinates[1]!]);
    if (!p) continue;
    const [x, y] = p;
    rects.push({ x: x - 10, y: y - 10, width: 20, height: 20 });
    if (!markerNameShows(place.id, activeIds, zoom)) continue;
    const name = markerNameBox(place.name, width);
    const left = markerNameSide(x, place.name, width) === 'left';
    rects.push({ x: left ? x - 8 - name.width : x + 8, y: y - name.height / 2, width: name.width, height: name.height });
  }
  return rects;
}

export const markerNameShows = (id: string, activeIds: readonly string[], zoom: number) => zoom >= ALL_MARKER_NAMES_ZOOM || activeIds.includes(id);
