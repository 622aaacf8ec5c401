import type { LngLat } from '../../geometry/bounds';
import { grow, insideBox, overlapArea, overlaps, round1, type Rect } from '../../geometry/plane';
import { routeKey } from '../../content/connections';
import type { Annotation, Route } from '../../content/story-types';
import { arrowhead, cutPolyline, greatCircleArc, polylineLength, type Arrowhead, type Point } from '../../geometry/arcs';

/*
 * A step's layers in screen space: its connections as projected great-circle arcs and its
 * annotations as placed callouts. Pure, so the static SVG and the live overlay draw the same
 * pixels from the same camera and box; annotations are placed before the labels, which then
 * keep clear of them (their boxes join the labels' obstacles).
 */

/** A connection with both ends resolved: what a map needs to draw it. */
export interface LayerRoute {
  /** `from>to` or `from-to`, as in `data-routes`. */
  key: string;
  directed: boolean;
  from: LngLat;
  to: LngLat;
}

/** An annotation with its anchor resolved; `place` when it is anchored to a marker. */
export interface LayerAnnotation {
  text: string;
  at: LngLat;
  place?: string;
}

export interface StepLayers {
  routes: LayerRoute[];
  annotations: LayerAnnotation[];
}

/** A step's layers with gazetteer ids resolved; connections or callouts whose place is unknown are left out. */
export function resolveLayers(
  step: { routes?: readonly Route[]; annotations?: readonly Annotation[] },
  coordinatesOf: (id: string) => readonly number[] | undefined,
): StepLayers {
  const at = (id: string): LngLat | undefined => {
    const c = coordinatesOf(id);
    return c && c.length >= 2 ? [c[0]!, c[1]!] : undefined;
  };
  const routes = (step.routes ?? []).flatMap((route): LayerRoute[] => {
    const from = at(route.from);
    const to = at(route.to);
    return from && to ? [{ key: routeKey(route), directed: route.directed, from, to }] : [];
  });
  const annotations = (step.annotations ?? []).flatMap((a): LayerAnnotation[] => {
    if ('at' in a) return [{ text: a.text, at: [a.at[0], a.at[1]] }];
    const p = at(a.place);
    return p ? [{ text: a.text, at: p, place: a.place }] : [];
  });
  return { routes, annotations };
}

/** Kept between an arc's ends and the marker dots it joins, in CSS pixels. */
export const ROUTE_END_GAP = 9;
export const ARROW_SIZE = 11;

export interface DrawnRoute {
  key: string;
  directed: boolean;
  /** The whole arc on screen, its ends trimmed clear of the markers. */
  points: Point[];
  length: number;
}

type Project = (lngLat: [number, number]) => [number, number] | null;

/** Trims `by` pixels off each end of a screen polyline. */
function trimEnds(points: Point[], by: number): Point[] {
  const length = polylineLength(points);
  if (length <= 2 * by + 1) return points;
  const head = cutPolyline(points, (length - by) / length);
  const reversed = head.reverse();
  return cutPolyline(reversed, (length - 2 * by) / (length - by)).reverse();
}

/**
 * The step's connections as screen polylines, following the great circle and, for a camera
 * centred at `centerLng`, the copy of the world it shows. Arcs shorter on screen than the gap
 * around their markers are left out (the markers overlap).
 */
export function drawRoutes(routes: readonly LayerRoute[], project: Project, centerLng: number): DrawnRoute[] {
  return routes.flatMap((route): DrawnRoute[] => {
    let arc: LngLat[];
    try {
      arc = greatCircleArc(route.from, route.to, { nearLongitude: centerLng });
    } catch {
      return [];
    }
    const projected = arc.map(project);
    if (projected.some((p) => p === null)) return [];
    const points = trimEnds(projected as Point[], ROUTE_END_GAP);
    const length = polylineLength(points);
    if (length < 2 * ROUTE_END_GAP) return [];
    return [{ key: route.key, directed: route.directed, points, length }];
  });
}

/** The part of a route drawn at `progress` (0..1), with its arrowhead at the drawn tip when directed. */
export function routeAt(route: DrawnRoute, progress: number): { points: Point[]; head: Arrowhead | null } {
  const points = progress >= 1 ? route.points : cutPolyline(route.points, progress);
  if (!route.directed || polylineLength(points) < ARROW_SIZE) return { points, head: null };
  try {
    return { points, head: arrowhead(points, (p) => p, ARROW_SIZE) };
  } catch {
    return { points, head: null };
  }
}

export interface PlacedAnnotation {
  text: string;
  /** Where the text starts (or ends), its vertical middle. */
  x: number;
  y: number;
  textAnchor: 'start' | 'end';
  size: number;
  /** The anchor on screen; a coordinate anchor draws a small ring there. */
  anchor: Point;
  /** True for a coordinate anchor (no marker marks it). */
  ring: boolean;
  box: Rect;
}

/** Average advance of the map font per character, in em, with room for wide letters: for callers without measured widths. */
const EM_PER_CHAR = 0.56;
const GAP = 3;
const EDGE = 4;
/** Boxes below this area (CSS px²) are thumbnails, as for labels. */
const SMALL_MAP_AREA = 150_000;

/**
 * Places each callout beside its anchor: under a marker's name first (the name sits to the
 * marker's right), then above it, then to the left, clear of `obstacles` (markers, overlays),
 * of the box's edges and of earlier callouts. When no spot is free it takes the spot that
 * covers least: the chapter's words stay on the map. Anchors outside the box are left out.
 *
 * @example placeAnnotations([{ text: 'Talks venue', at: [71.4, 51.1] }], project, 800, 600, markerBoxes)
 */
export function placeAnnotations(
  annotations: readonly LayerAnnotation[],
  project: Project,
  width: number,
  height: number,
  obstacles: readonly Rect[] = [],
  /** A text's width in em of the map font (map/text); without it, an estimate per character. */
  widthOf: (text: string) => number = (text) => [...text].length * EM_PER_CHAR,
): PlacedAnnotation[] {
  const size = width * height < SMALL_MAP_AREA ? 11 : 12.5;
  const taken: Rect[] = [...obstacles];
  const placed: PlacedAnnotation[] = [];
  for (const annotation of annotations) {
    const p = project(annotation.at);
    if (!p || p[0] < 0 || p[0] > width || p[1] < 0 || p[1] > height) continue;
    const [x, y] = p;
    const w = widthOf(annotation.text) * size;
    const h = size * 1.3;
    const ring = !annotation.place;
    // Right of the anchor, below then above the marker's name (markerObstacles: 22 px tall,
    // centred); then left of the marker (20 px), below, above and level. Clear of their gap.
    const near = ring ? 6 : 8;
    const spots: Array<{ left: number; top: number; anchor: 'start' | 'end' }> = [
      { left: x + near, top: y + 11 + GAP + 1, anchor: 'start' },
      { left: x + near, top: y - 11 - GAP - 1 - h, anchor: 'start' },
      { left: x - 10 - GAP - 1 - w, top: y + 10 + GAP + 1, anchor: 'end' },
      { left: x - 10 - GAP - 1 - w, top: y - 10 - GAP - 1 - h, anchor: 'end' },
      { left: x - 10 - GAP - 1 - w, top: y - h / 2, anchor: 'end' },
    ];
    const inside = (r: Rect) => insideBox(r, width, height, EDGE);
    // Above or below the marker, a callout may slide sideways to stay inside the box (a long
    // one near an edge of a thumbnail); level with it, it may not, or it would cover the marker.
    const slide = (left: number) => (w <= width - 2 * EDGE ? Math.min(Math.max(left, EDGE), width - EDGE - w) : left);
    const boxes = spots.map((s, i) => ({ s, box: { x: i < 4 ? slide(s.left) : s.left, y: s.top, width: w, height: h } }));
    const cost = (box: Rect) => (inside(box) ? 0 : 1e9) + taken.reduce((sum, t) => sum + overlapArea(box, grow(t, GAP)), 0);
    const free = boxes.find(({ box }) => inside(box) && !taken.some((t) => overlaps(box, grow(t, GAP))));
    const best = free ?? boxes.reduce((a, b) => (cost(b.box) < cost(a.box) ? b : a));
    const { s, box } = best;
    placed.push({
      text: annotation.text,
      x: round1(s.anchor === 'start' ? box.x : box.x + w),
      y: round1(box.y + h / 2),
      textAnchor: s.anchor,
      size,
      anchor: [round1(x), round1(y)],
      ring,
      box,
    });
    taken.push(box);
    if (ring) taken.push({ x: x - 5, y: y - 5, width: 10, height: 10 });
  }
  return placed;
}

/** What placed callouts cover, for the labels to keep clear of. */
export const annotationObstacles = (placed: readonly PlacedAnnotation[]): Rect[] =>
  placed.flatMap((a) => (a.ring ? [a.box, { x: a.anchor[0] - 5, y: a.anchor[1] - 5, width: 10, height: 10 }] : [a.box]));
