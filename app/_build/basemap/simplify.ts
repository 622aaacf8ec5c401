/**
 * Douglas-Peucker simplification of a TopoJSON topology's arcs. Simplifying arcs rather
 * than features keeps a shared border identical for both neighbours and for the border
 * lines, so countries neither gap nor overlap.
 */
import type { Topology } from 'topojson-specification';
import { samePoint } from '../../_lib/geometry/rings';
import type { Position } from '../../_lib/map/basemap/types';

/** Iterative Douglas-Peucker with `tolerance` in coordinate units; always keeps the first and last point. */
export function simplifyLine(points: Position[], tolerance: number): Position[] {
  const n = points.length;
  if (n <= 2 || tolerance <= 0) return points.slice();
  const keep = new Uint8Array(n);
  keep[0] = keep[n - 1] = 1;
  const tol2 = tolerance * tolerance;
  const stack: [number, number][] = [[0, n - 1]];
  for (let span = stack.pop(); span; span = stack.pop()) {
    const [first, last] = span;
    let maxD = -1;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const d = segmentDistance2(points[i]!, points[first]!, points[last]!);
      if (d > maxD) {
        maxD = d;
        index = i;
      }
    }
    if (index !== -1 && maxD > tol2) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

/**
 * Simplifies one arc. A closed arc (an island's coast, an enclave's border) has no
 * baseline from its start to its end, so it is split at the point farthest from its
 * start and each half is simplified. That point is kept even when the whole ring is
 * within the tolerance; whether the ring is big enough to draw is decided later.
 */
export function simplifyArc(points: Position[], tolerance: number): Position[] {
  const n = points.length;
  if (n <= 2 || !samePoint(points[0], points[n - 1])) return simplifyLine(points, tolerance);
  const [x0, y0] = points[0]!;
  let far = 1;
  let best = -1;
  for (let i = 1; i < n - 1; i++) {
    const d = (points[i]![0]! - x0!) ** 2 + (points[i]![1]! - y0!) ** 2;
    if (d > best) {
      best = d;
      far = i;
    }
  }
  const a = simplifyLine(points.slice(0, far + 1), tolerance);
  const b = simplifyLine(points.slice(far), tolerance);
  return a.concat(b.slice(1));
}

/**
 * Returns a copy of the topology with absolute (decoded, no `transform`) arcs, each
 * simplified with `tolerance` in degrees.
 */
export function simplifyTopology<T extends Topology>(topology: T, tolerance: number): T {
  const { transform, ...rest } = topology;
  const [sx, sy] = transform?.scale ?? [1, 1];
  const [tx, ty] = transform?.translate ?? [0, 0];
  const arcs = topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    const absolute = arc.map(([dx, dy]): Position => {
      if (!transform) return [dx!, dy!];
      x += dx!;
      y += dy!;
      return [x * sx + tx, y * sy + ty];
    });
    return simplifyArc(absolute, tolerance);
  });
  return { ...rest, arcs } as T;
}

/** Squared distance from `p` to the segment `a`-`b`. */
function segmentDistance2(p: Position, a: Position, b: Position): number {
  let x = a[0]!;
  let y = a[1]!;
  let dx = b[0]! - x;
  let dy = b[1]! - y;
  if (dx !== 0 || dy !== 0) {
    const t = ((p[0]! - x) * dx + (p[1]! - y) * dy) / (dx * dx + dy * dy);
    if (t > 1) {
      x = b[0]!;
      y = b[1]!;
    } else if (t > 0) {
      x += dx * t;
      y += dy * t;
    }
  }
  dx = p[0]! - x;
  dy = p[1]! - y;
  return dx * dx + dy * dy;
}
