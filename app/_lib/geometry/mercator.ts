import type { LngLat } from './bounds';

/*
 * Web Mercator at MapLibre's scale: the one projection of every map here. Static maps draw
 * with d3-geo's geoMercator (its streams clip, fit and path the basemap), scaled by
 * `scaleForZoom`; points are placed with the same projection in world units, below, as the
 * live map places them, so the static maps, the live overlay, the locator and the label
 * anchors built with the basemap agree to the pixel.
 */

/** MapLibre's world is 512 CSS pixels wide at zoom 0. */
export const TILE_SIZE = 512;
/** Web Mercator's latitude limit, where its world is square. */
export const MAX_LATITUDE = 85.051129;

/** CSS pixels per world unit at `zoom`. */
export const worldSize = (zoom: number) => TILE_SIZE * 2 ** zoom;

/** A point in Web Mercator world units: x and y from 0 to 1, y down, as MapLibre's. */
export function mercator([lng, lat]: LngLat | readonly number[]): [number, number] {
  const phi = (Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat!)) * Math.PI) / 180;
  return [(lng! + 180) / 360, (1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2];
}

/** The latitude at world y (0 at the top of the world, 1 at its bottom). */
export const latitudeAt = (y: number) => (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;

/**
 * The point at world units `[x, y]`: the inverse of `mercator`.
 * @example unmercator(mercator([38, 35])) // [38, 35], to the last few digits
 */
export function unmercator([x, y]: readonly [number, number] | readonly number[]): LngLat {
  return [x! * 360 - 180, latitudeAt(y!)];
}

/** The scale at which d3's geoMercator (2π·scale wide) draws at MapLibre's `zoom`. */
export const scaleForZoom = (zoom: number) => worldSize(zoom) / (2 * Math.PI);

/** The zoom, at MapLibre's scale, at which d3's geoMercator of `scale` draws. */
export const zoomForScale = (scale: number) => Math.log2((scale * 2 * Math.PI) / TILE_SIZE);
