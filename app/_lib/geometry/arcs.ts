import { geoDistance, geoInterpolate } from 'd3-geo';
import type { LngLat } from './bounds';

/*
 * Geometry of a connection, pure so the static SVG and the live map draw the same line:
 * a great-circle arc as a polyline of [lng, lat], its arrowhead in screen space, and the
 * part of it drawn so far while it animates in.
 */

export type Point = [number, number];

/** Degrees of arc between two vertices: fine enough that Web Mercator shows no corners. */
const STEP_DEGREES = 1;
const MIN_SEGMENTS = 16;

/**
 * The great circle from `from` to `to` as `[lng, lat]` points, both ends included. Longitudes
 * are unwrapped (they may leave -180..180) so the line is continuous: Tokyo to San Francisco
 * runs east through 180° instead of jumping back across the map. With `nearLongitude` (the
 * camera's centre) the whole line is shifted by a multiple of 360° to lie nearest to it.
 * Refuses identical points, and antipodes, which no single great circle joins.
 * @example greatCircleArc([0, 0], [90, 0]).at(-1) // [90, 0]
 */
export function greatCircleArc(from: LngLat, to: LngLat, { nearLongitude }: { nearLongitude?: number } = {}): LngLat[] {
  const distance = geoDistance(from, to);
  if (!(distance > 1e-9)) throw new Error(`an arc needs two different points (got [${from.join(', ')}] twice)`);
  if (Math.PI - distance < 1e-9) throw new Error('no single great circle joins two antipodal points');
  const segments = Math.max(MIN_SEGMENTS, Math.ceil((distance * 180) / Math.PI / STEP_DEGREES));
  const interpolate = geoInterpolate(from, to);
  const points: LngLat[] = [];
  for (let i = 0; i <= segments; i++) {
    // The ends exactly as given, not as d3's trigonometry returns them.
    const [lng, lat] = i === 0 ? from : i === segments ? to : interpolate(i / segments);
    const previous = points.at(-1);
    points.push([previous ? lng + 360 * Math.round((previous[0] - lng) / 360) : lng, lat]);
  }
  if (nearLongitude === undefined) return points;
  const middle = ((points[0]?.[0] ?? 0) + (points.at(-1)?.[0] ?? 0)) / 2;
  const shift = 360 * Math.round((nearLongitude - middle) / 360);
  return shift ? points.map(([lng, lat]) => [lng + shift, lat]) : points;
}

/** Length of a planar polyline, in its own units (pixels, once projected). */
export function polylineLength(points: readonly Point[]): number {
  let length = 0;
  for (let i = 1; i < points.length; i++) length += Math.hypot(points[i]![0] - points[i - 1]![0], points[i]![1] - points[i - 1]![1]);
  return length;
}

/**
 * The first `fraction` (0..1) of a planar polyline by length, ending on an interpolated point:
 * the part of an arc drawn so far while it animates in. Measure projected (screen) points, so
 * the line grows at an even speed on screen.
 * @example cutPolyline([[0, 0], [10, 0], [10, 10]], 0.75) // [[0, 0], [10, 0], [10, 5]]
 */
export function cutPolyline<P extends Point>(points: readonly P[], fraction: number): Point[] {
  if (points.length === 0) return [];
  const first = points[0]!;
  const f = Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : 0;
  if (f >= 1) return points.map(([x, y]) => [x, y]);
  let left = polylineLength(points) * f;
  const cut: Point[] = [[first[0], first[1]]];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const segment = Math.hypot(b[0] - a[0], b[1] - a[1]);
    if (segment >= left) {
      const t = segment === 0 ? 0 : left / segment;
      if (t > 0) cut.push([a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t]);
      return cut;
    }
    cut.push([b[0], b[1]]);
    left -= segment;
  }
  return cut;
}

export interface Arrowhead {
  /** The arc's end on screen, where the arrow points. */
  tip: Point;
  /** Direction of travel at the tip, in degrees clockwise from screen right (+x), as SVG's rotate() reads it. */
  angle: number;
  /** The arrowhead's triangle: tip, then its two back corners. */
  outline: [Point, Point, Point];
}

/**
 * The arrowhead at the end of a directed arc, in screen space: `project` maps `[lng, lat]`
 * to screen `[x, y]` (y down). The direction is taken over the last `size` pixels of the
 * arc, so a final segment shorter than a pixel does not swing it.
 */
export function arrowhead(points: readonly LngLat[], project: (point: LngLat) => Point, size = 8): Arrowhead {
  if (points.length < 2) throw new Error('an arrowhead needs a line of at least two points');
  const tip = project(points.at(-1)!);
  let back = tip;
  for (let i = points.length - 2; i >= 0; i--) {
    back = project(points[i]!);
    if (Math.hypot(tip[0] - back[0], tip[1] - back[1]) >= size) break;
  }
  const dx = tip[0] - back[0];
  const dy = tip[1] - back[1];
  if (dx === 0 && dy === 0) throw new Error('the arc has no length on screen');
  const radians = Math.atan2(dy, dx);
  const corner = (side: 1 | -1): Point => {
    const a = radians + side * (Math.PI * 5) / 6;
    return [tip[0] + size * Math.cos(a), tip[1] + size * Math.sin(a)];
  };
  return { tip, angle: (radians * 180) / Math.PI, outline: [tip, corner(1), corner(-1)] };
}
