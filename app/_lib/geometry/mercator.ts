import type { LngLat } from './bounds';

/** MapLibre's world is 512 CSS pixels wide at zoom 0. */
export const TILE_SIZE = 512;

/** A point in Web Mercator world units: x and y from 0 to 1, y down, as MapLibre's. */
export function mercator([lng, lat]: LngLat | readonly number[]): [number, number] {
  const phi = (Math.max(-85.05113, Math.min(85.05113, lat!)) * Math.PI) / 180;
  return [(lng! + 180) / 360, (1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2];
}

/** CSS pixels per world unit at `zoom`. */
export const worldSize = (zoom: number) => TILE_SIZE * 2 ** zoom;
