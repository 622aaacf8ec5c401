/*
 * Points and boxes in degrees: `[longitude, latitude]` as in GeoJSON and the gazetteer, and
 * the box around a set of them.
 */

/** `[longitude, latitude]` in degrees. */
export type LngLat = [number, number];
/** `[[west, south], [east, north]]` in degrees. */
export type Bounds = [LngLat, LngLat];

/**
 * The smallest bounds holding every point (a list of places, a ring of a polygon).
 * @example boundsOf([[1, 2], [-3, 5], [4, -1]]) // [[-3, -1], [4, 5]]
 */
export function boundsOf(points: readonly (LngLat | readonly number[])[]): Bounds {
  const first = points[0];
  if (!first) throw new Error('boundsOf needs at least one point');
  let [west, south] = [first[0]!, first[1]!];
  let [east, north] = [west, south];
  for (const point of points) {
    const [lng, lat] = [point[0]!, point[1]!];
    west = Math.min(west, lng);
    east = Math.max(east, lng);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  return [
    [west, south],
    [east, north],
  ];
}

/** True when `point` lies inside `bounds` grown by `toleranceDegrees` on every side. */
export function isWithin(point: LngLat, bounds: Bounds, toleranceDegrees = 0): boolean {
  const [[west, south], [east, north]] = bounds;
  const [lng, lat] = point;
  return lng >= west - toleranceDegrees && lng <= east + toleranceDegrees && lat >= south - toleranceDegrees && lat <= north + toleranceDegrees;
}
