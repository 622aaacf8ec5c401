import { boundsOf, type Bounds, type LngLat } from '../geometry/bounds';
import type { CountryIndex } from './basemap/country-index';
import { latitudeAt, mercator, TILE_SIZE, unmercator, worldSize } from '../geometry/mercator';
import { round1, roundTo } from '../geometry/plane';
import { MAP_WORDS, type CompassPart, type MapWords } from './map-words';

/*
 * The locator inset: a small overview map that marks where a close-up view lies. Its frame
 * is chosen from the step (the country of its first place, with its neighbours); where the
 * view lies in it is plain Web Mercator arithmetic at MapLibre's scale, so the live map's
 * overlay and the static maps' layer draw the same mark from the same numbers.
 */

/** At this zoom and closer the map is a close-up, and the locator shows. */
export const LOCATOR_MIN_ZOOM = 6;

/** The locator's extent in its own units (CSS pixels at full size). */
export const LOCATOR_SIZE = { width: 160, height: 120 } as const;

/** Share of the locator's width and height kept around the framed country, for its neighbours. */
const FRAME_MARGIN = 0.25;
/** A small country is framed no closer than this, a large one no further. */
const FRAME_ZOOM_RANGE = [1.5, 4.5] as const;
/** A view smaller than this many units across is marked by a dot with a ring, not a rectangle. */
export const MIN_MARK_SIZE = 8;
export const RING_RADIUS = 7;

export interface LocatorFrame {
  center: LngLat;
  zoom: number;
  width: number;
  height: number;
}

export type LocatorMark = { kind: 'rect'; x: number; y: number; width: number; height: number } | { kind: 'dot'; x: number; y: number; r: number };

/** What a step's locator shows and says. */
export interface StepLocator {
  /** ISO alpha-3 code of the framed country; its background image is `/maps/locator/<code>.svg`. */
  country: string;
  frame: LocatorFrame;
  /** The accessible name, e.g. "Locator map: the view shows the area around Aleppo, in north-western Syria". */
  label: string;
}

export const showsLocator = (zoom: number) => zoom >= LOCATOR_MIN_ZOOM;

/** Where a point falls in the locator, in its units (may be outside 0..width, 0..height). */
export function projectToLocator(frame: LocatorFrame, point: LngLat): [number, number] {
  const size = worldSize(frame.zoom);
  const [x, y] = mercator(point);
  const [cx, cy] = mercator(frame.center);
  return [(x - cx) * size + frame.width / 2, (y - cy) * size + frame.height / 2];
}

/**
 * The frame that shows `bounds` in the middle half of the locator, with its neighbours around.
 * @example frameForBounds([[35.7, 32.3], [42.4, 37.3]]).zoom // about 2.8: Syria and its neighbours
 */
export function frameForBounds([[west, south], [east, north]]: Bounds, size: { width: number; height: number } = LOCATOR_SIZE): LocatorFrame {
  const [x0, y0] = mercator([west, south]);
  const [x1, y1] = mercator([east, north]);
  const dx = Math.max(x1 - x0, 1e-9) * TILE_SIZE;
  const dy = Math.max(y0 - y1, 1e-9) * TILE_SIZE;
  const fit = Math.log2(Math.min((size.width * (1 - 2 * FRAME_MARGIN)) / dx, (size.height * (1 - 2 * FRAME_MARGIN)) / dy));
  const zoom = roundTo(Math.min(FRAME_ZOOM_RANGE[1], Math.max(FRAME_ZOOM_RANGE[0], fit)), 2);
  const center: LngLat = [(west + east) / 2, latitudeAt((y0 + y1) / 2)];
  return { center, zoom, width: size.width, height: size.height };
}

/** The bounds a camera shows in a box of `width` × `height` CSS pixels (no rotation, no pitch). */
export function viewBounds(center: LngLat, zoom: number, width: number, height: number): Bounds {
  const size = worldSize(zoom);
  const [x, y] = mercator(center);
  return [unmercator([x - width / 2 / size, y + height / 2 / size]), unmercator([x + width / 2 / size, y - height / 2 / size])];
}

/**
 * How the view is marked in the locator: its rectangle, clipped to the locator; a dot with a
 * ring when it is too small to see as a rectangle; null when it lies wholly outside.
 */
export function locatorMark(frame: LocatorFrame, [[west, south], [east, north]]: Bounds): LocatorMark | null {
  const [x0, y0] = projectToLocator(frame, [west, north]);
  const [x1, y1] = projectToLocator(frame, [east, south]);
  if (x1 - x0 < MIN_MARK_SIZE || y1 - y0 < MIN_MARK_SIZE) {
    const [x, y] = [(x0 + x1) / 2, (y0 + y1) / 2];
    return x >= 0 && x <= frame.width && y >= 0 && y <= frame.height ? { kind: 'dot', x: round1(x), y: round1(y), r: RING_RADIUS } : null;
  }
  // Clipped to the locator, so a view larger than its extent still draws a visible frame.
  const left = Math.max(0, x0);
  const top = Math.max(0, y0);
  const right = Math.min(frame.width, x1);
  const bottom = Math.min(frame.height, y1);
  if (right <= left || bottom <= top) return null;
  return { kind: 'rect', x: round1(left), y: round1(top), width: round1(right - left), height: round1(bottom - top) };
}

/** "northern", "south-western", "central": where a point lies in a box, by thirds. */
export function compassPart([lng, lat]: LngLat, [[west, south], [east, north]]: Bounds): CompassPart {
  const fx = (lng - west) / (east - west || 1);
  const fy = (lat - south) / (north - south || 1);
  const ns = fy > 2 / 3 ? 'north' : fy < 1 / 3 ? 'south' : '';
  const ew = fx > 2 / 3 ? 'east' : fx < 1 / 3 ? 'west' : '';
  if (!ns && !ew) return 'central';
  return `${ns && ew ? `${ns}-${ew}` : ns || ew}ern` as CompassPart;
}

interface LocatorPlace {
  name: string;
  coordinates: LngLat;
  countryCode: string;
}

/**
 * The locator of a step: framed on the country of its first place (one frame, and so one
 * background image, per country), named from the places and where they lie in their country.
 * Null when the basemap does not draw that country.
 */
export function locatorForStep(places: readonly LocatorPlace[], countries: CountryIndex, words: MapWords = MAP_WORDS.en): StepLocator | null {
  const first = places[0];
  const country = first && countries.get(first.countryCode);
  if (!first || !country) return null;
  const codes = [...new Set(places.map((place) => place.countryCode))];
  const names = places.map((place) => place.name);
  let where: string;
  if (codes.length === 1) {
    const [[west, south], [east, north]] = boundsOf(places.map((place) => place.coordinates));
    where = words.inPart(compassPart([(west + east) / 2, (south + north) / 2], country.bounds), country.name);
  } else {
    where = words.list(codes.map((code) => countries.get(code)?.name ?? code));
  }
  const label = words.locator(names, where);
  return { country: first.countryCode, frame: frameForBounds(country.bounds), label };
}
