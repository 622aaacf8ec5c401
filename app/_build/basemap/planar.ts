/**
 * Planar tests on `[lon, lat]` rings for the disputed-territory transform: which shape holds a
 * point, and how far a point is from a shape's edge. Rings are made continuous across the
 * antimeridian first, as everywhere in the build.
 */
import type { Position } from 'geojson';
import { inRing, unwrapAntimeridian } from '../../_lib/geometry/rings';

export type Rings = Position[][];

/** A polygon list ready for repeated point tests: unwrapped rings with their bounds. */
export interface PlanarShape {
  polygons: { rings: Rings; box: [number, number, number, number] }[];
}

export function planarShape(polygons: Position[][][]): PlanarShape {
  return {
    polygons: polygons.map((polygon) => {
      const rings = polygon.map((ring) => unwrapAntimeridian(ring));
      const xs = rings[0]!.map((p) => p[0]!);
      const ys = rings[0]!.map((p) => p[1]!);
      return { rings, box: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] };
    }),
  };
}


/** Even-odd containment, so winding does not matter. */
export function contains(shape: PlanarShape, [x, y]: Position): boolean {
  return shape.polygons.some(({ rings: [outer, ...holes], box: [w, s, e, n] }) => {
    if (x! < w || x! > e || y! < s || y! > n) return false;
    return inRing(outer!, x!, y!) && !holes.some((hole) => inRing(hole, x!, y!));
  });
}

/** Distance in degrees from a point to the nearest edge of the shape (coast or border). */
export function distanceToEdge(shape: PlanarShape, [x, y]: Position): number {
  let best = Infinity;
  for (const { rings } of shape.polygons) {
    for (const ring of rings) {
      for (let i = 1; i < ring.length; i++) {
        const [ax, ay] = ring[i - 1]!;
        const [bx, by] = ring[i]!;
        const dx = bx! - ax!;
        const dy = by! - ay!;
        const t = dx || dy ? Math.max(0, Math.min(1, ((x! - ax!) * dx + (y! - ay!) * dy) / (dx * dx + dy * dy))) : 0;
        best = Math.min(best, Math.hypot(x! - (ax! + t * dx), y! - (ay! + t * dy)));
      }
    }
  }
  return best;
}

/** Shoelace area of a polygon's outer ring, in square degrees, unsigned: only compared. */
export const areaOf = (polygon: Rings): number => {
  const ring = polygon[0]!;
  let sum = 0;
  for (let i = 1; i < ring.length; i++) sum += ring[i - 1]![0]! * ring[i]![1]! - ring[i]![0]! * ring[i - 1]![1]!;
  return Math.abs(sum / 2);
};
