/**
 * Planar geometry on `[lon, lat]` positions, as the basemap build needs it: make rings
 * continuous across the antimeridian, clip to a rectangle, round and orient.
 */
import type { Position } from 'geojson';
import { roundTo } from './plane';

export function samePoint(a: Position | undefined, b: Position | undefined): boolean {
  return a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1];
}

/**
 * Returns a copy of a ring or line made continuous across the antimeridian: if two
 * consecutive points are more than 180° of longitude apart, every western point is
 * shifted by +360.
 *
 * Why: world-atlas stores Russia's Chukotka (and Fiji) as rings whose longitudes jump
 * from ~+180 to ~-180 and back. Read as planar coordinates such a ring has edges across
 * the whole map, which a rectangle clipper turns into bands inside the bbox. Shifted, the
 * ring is a proper planar polygon whose far-eastern part falls outside and is clipped.
 *
 * @example unwrapAntimeridian([[179, 60], [-179, 60]]) // [[179, 60], [181, 60]]
 */
export function unwrapAntimeridian(coords: Position[]): Position[] {
  const crosses = coords.some((p, i) => i > 0 && Math.abs(p[0]! - coords[i - 1]![0]!) > 180);
  if (!crosses) return coords.map(([x, y]) => [x!, y!]);
  return coords.map(([x, y]) => [x! < 0 ? x! + 360 : x!, y!]);
}

/** Shoelace signed area (positive = counter-clockwise with lon east, lat north). */
export function ringArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) {
    const [x0, y0] = ring[i - 1]!;
    const [x1, y1] = ring[i]!;
    sum += x0! * y1! - x1! * y0!;
  }
  return sum / 2;
}

/** RFC 7946 winding: exterior rings counter-clockwise, holes clockwise. */
export function orient(ring: Position[], exterior: boolean): Position[] {
  return ringArea(ring) > 0 === exterior ? ring : ring.slice().reverse();
}

/** Rounds coordinates to `precision` decimals and drops consecutive duplicates and non-finite points. */
export function quantize(coords: Position[], precision: number): Position[] {
  const out: Position[] = [];
  for (const [x, y] of coords) {
    const p = [roundTo(x!, precision) + 0, roundTo(y!, precision) + 0]; // +0 turns -0 into 0
    if (!Number.isFinite(p[0]) || !Number.isFinite(p[1])) continue;
    if (samePoint(out.at(-1), p)) continue;
    out.push(p);
  }
  return out;
}

/** Whether (x, y) lies inside a ring, by ray crossing (even-odd), whatever the ring's winding. */
export function inRing(ring: readonly Position[], x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi! > y !== yj! > y && x < ((xj! - xi!) * (y - yi!)) / (yj! - yi!) + xi!) inside = !inside;
  }
  return inside;
}
