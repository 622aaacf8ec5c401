import type { Geometry, Position } from 'geojson';

/** Rings of a (Multi)Polygon, lines of a (Multi)LineString. */
export function pathsOf(geometry: Geometry): { rings: Position[][]; lines: Position[][] } {
  switch (geometry.type) {
    case 'Polygon':
      return { rings: geometry.coordinates, lines: [] };
    case 'MultiPolygon':
      return { rings: geometry.coordinates.flat(), lines: [] };
    case 'LineString':
      return { rings: [], lines: [geometry.coordinates] };
    case 'MultiLineString':
      return { rings: [], lines: geometry.coordinates };
    default:
      throw new Error(`unexpected geometry type ${geometry.type}`);
  }
}

/** Longitude and latitude of a position (noUncheckedIndexedAccess-friendly). */
export const lon = (p: Position | undefined): number => p?.[0] ?? Number.NaN;
export const lat = (p: Position | undefined): number => p?.[1] ?? Number.NaN;

export function maxLongitudeJump(path: Position[]): number {
  let max = 0;
  for (let i = 1; i < path.length; i++) max = Math.max(max, Math.abs(lon(path[i]) - lon(path[i - 1])));
  return max;
}

/** A 20x10 degree box centred on the antimeridian, written the way world-atlas stores such rings. */
export const crossingRing: Position[] = [
  [170, 60],
  [179.5, 60],
  [-179.5, 60],
  [-170, 60],
  [-170, 70],
  [-179.5, 70],
  [179.5, 70],
  [170, 70],
  [170, 60],
];
