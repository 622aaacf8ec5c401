/**
 * Clipping to the basemap's rectangle, with mapbox's lineclip: Sutherland-Hodgman for
 * rings, Cohen-Sutherland for lines. Lines and rings are made continuous across the
 * antimeridian first (geometry/rings.ts), so a rectangle clip is enough.
 */
import { clipPolygon, clipPolyline, type BoundingBox, type Point } from 'lineclip';
import { samePoint } from '../../_lib/geometry/rings';
import type { Bbox, Position } from '../../_lib/map/basemap/types';

const points = (coords: Position[]): Point[] => coords.map(([x, y]) => [x!, y!]);

/**
 * Clips a closed ring to `bbox`. Returns a closed ring (first == last), or [] when less
 * than a triangle is left. The result may run along the bbox's edges in zero-width
 * "bridges" between parts, which is harmless for fills.
 */
export function clipRingToBbox(ring: Position[], bbox: Bbox): Position[] {
  const open = samePoint(ring[0], ring.at(-1)) && ring.length > 1 ? ring.slice(0, -1) : ring;
  const clipped: Position[] = clipPolygon(points(open), [...bbox] as BoundingBox);
  if (clipped.length < 3) return [];
  return [...clipped, clipped[0]!];
}

/** Clips a line to `bbox`; a line that leaves and re-enters comes back in parts of >= 2 positions. */
export function clipLineToBbox(line: Position[], bbox: Bbox): Position[][] {
  if (line.length < 2) return [];
  return clipPolyline(points(line), [...bbox] as BoundingBox).filter((part) => part.length >= 2);
}
