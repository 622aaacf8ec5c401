import { geoMercator } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { polylineLength } from '@/app/_lib/geometry/arcs';
import { annotationsMarkup, routeMarkup } from '@/app/_lib/map/step-layers/markup';
import { annotationObstacles, drawRoutes, placeAnnotations, resolveLayers, routeAt, ROUTE_END_GAP } from '@/app/_lib/map/step-layers/placement';
import type { Rect } from '@/app/_lib/geometry/plane';
import { routeKeyLines } from '@/app/_lib/map/key';

const places = new Map<string, [number, number]>([
  ['moscow', [37.6173, 55.7558]],
  ['astana', [71.4304, 51.1282]],
  ['geneva', [6.1432, 46.2044]],
]);
const coordinatesOf = (id: string) => places.get(id);
const projection = geoMercator().scale(600).center([40, 50]).translate([400, 300]);
const project = (p: [number, number]) => projection(p) as [number, number];
const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('resolveLayers', () => {
  it('resolves places to coordinates, keeps the contract key, and leaves out unknown places', () => {
    const layers = resolveLayers(
      {
        routes: [{ from: 'moscow', to: 'astana', directed: true }, { from: 'astana', to: 'geneva', directed: false }, { from: 'nowhere', to: 'astana', directed: true }],
        annotations: [{ text: 'Talks venue', place: 'astana' }, { text: 'A point', at: [37.5, 36.3] }, { text: 'Lost', place: 'nowhere' }],
      },
      coordinatesOf,
    );
    expect(layers.routes.map((r) => r.key)).toEqual(['moscow>astana', 'astana-geneva']);
    expect(layers.annotations).toEqual([{ text: 'Talks venue', at: places.get('astana'), place: 'astana' }, { text: 'A point', at: [37.5, 36.3] }]);
  });
});

describe('drawRoutes', () => {
  const [route] = resolveLayers({ routes: [{ from: 'moscow', to: 'astana', directed: true }] }, coordinatesOf).routes;

  it('follows the projected great circle, its ends trimmed clear of the markers', () => {
    const [drawn] = drawRoutes([route!], project, 40);
    const from = project(places.get('moscow')!);
    const to = project(places.get('astana')!);
    expect(Math.hypot(drawn!.points[0]![0] - from[0], drawn!.points[0]![1] - from[1])).toBeCloseTo(ROUTE_END_GAP, 0);
    expect(Math.hypot(drawn!.points.at(-1)![0] - to[0], drawn!.points.at(-1)![1] - to[1])).toBeCloseTo(ROUTE_END_GAP, 0);
    // A great circle between two northern cities bows north of the straight line in Mercator (smaller y).
    const middle = drawn!.points[Math.floor(drawn!.points.length / 2)]!;
    expect(middle[1]).toBeLessThan((from[1] + to[1]) / 2);
    expect(drawn!.length).toBeCloseTo(polylineLength(drawn!.points), 6);
  });

  it('leaves out an arc shorter on screen than the room around its markers', () => {
    const tiny = geoMercator().scale(1).translate([0, 0]);
    expect(drawRoutes([route!], (p) => tiny(p) as [number, number], 40)).toEqual([]);
  });

  it('draws in: part of the line, the arrowhead at its tip, the whole at 1; no head when undirected', () => {
    const [drawn] = drawRoutes([route!], project, 40);
    const half = routeAt(drawn!, 0.5);
    expect(polylineLength(half.points)).toBeCloseTo(drawn!.length / 2, 3);
    expect(half.head?.tip).toEqual(half.points.at(-1));
    expect(routeAt(drawn!, 1).points).toEqual(drawn!.points);
    expect(routeAt({ ...drawn!, directed: false }, 1).head).toBeNull();
    expect(routeMarkup(drawn!, 0.5)).toMatch(/^<g data-map-route="moscow&gt;astana" data-drawn="partial">/);
    expect(routeMarkup(drawn!, 1)).toContain('data-drawn="full"');
  });
});

describe('placeAnnotations', () => {
  const astana = project(places.get('astana')!);
  const marker: Rect = { x: astana[0] - 10, y: astana[1] - 10, width: 20, height: 20 };
  const name: Rect = { x: astana[0] + 8, y: astana[1] - 11, width: 80, height: 22 };

  it('puts a callout beside its anchor, clear of the marker and its name', () => {
    const [a] = placeAnnotations([{ text: 'Talks venue', at: places.get('astana')!, place: 'astana' }], project, 1000, 600, [marker, name]);
    expect(a).toBeDefined();
    expect(overlaps(a!.box, marker)).toBe(false);
    expect(overlaps(a!.box, name)).toBe(false);
    expect(Math.hypot(a!.box.x - astana[0], a!.box.y - astana[1])).toBeLessThan(40);
  });

  it('moves to another side when the first is taken, and keeps callouts apart', () => {
    const below: Rect = { x: astana[0], y: astana[1] + 8, width: 200, height: 30 };
    const [a] = placeAnnotations([{ text: 'Talks venue', at: places.get('astana')!, place: 'astana' }], project, 800, 600, [marker, name, below]);
    expect(overlaps(a!.box, below)).toBe(false);
    const two = placeAnnotations(
      [
        { text: 'First note', at: places.get('astana')!, place: 'astana' },
        { text: 'Second note', at: places.get('astana')!, place: 'astana' },
      ],
      project,
      800,
      600,
      [marker, name],
    );
    expect(overlaps(two[0]!.box, two[1]!.box)).toBe(false);
  });

  it('stays inside the box at its edge, and leaves out anchors outside it', () => {
    const edge: [number, number] = [790, 300];
    const [a] = placeAnnotations([{ text: 'At the edge of the map', at: [0, 0] }], () => edge, 800, 600);
    expect(a!.box.x + a!.box.width).toBeLessThanOrEqual(800);
    expect(placeAnnotations([{ text: 'Gone', at: [0, 0] }], () => [900, 300], 800, 600)).toEqual([]);
  });

  it('marks a coordinate anchor with a ring, which labels must avoid too', () => {
    const placed = placeAnnotations([{ text: 'A point', at: [37.5, 36.3] }], project, 800, 600);
    expect(placed[0]!.ring).toBe(true);
    expect(annotationObstacles(placed)).toHaveLength(2);
    expect(annotationsMarkup(placed)).toMatch(/^<g data-map-annotation="A point"[^>]*><circle /);
  });

  it('is deterministic', () => {
    const input = [{ text: 'Talks venue', at: places.get('astana')!, place: 'astana' }];
    expect(placeAnnotations(input, project, 800, 600, [marker])).toEqual(placeAnnotations(input, project, 800, 600, [marker]));
  });
});

describe('routeKeyLines', () => {
  const nameOf = (id: string) => id[0]!.toUpperCase() + id.slice(1);
  it('keys connections by label, in the words of the announcement, or by that sentence alone', () => {
    expect(
      routeKeyLines(
        [
          { from: 'moscow', to: 'astana', directed: true },
          { from: 'geneva', to: 'astana', directed: true },
          { from: 'astana', to: 'geneva', directed: false, label: 'Two tracks' },
        ],
        nameOf,
      ),
    ).toEqual([
      { kind: 'route', label: 'Moscow and Geneva to Astana', names: [] },
      { kind: 'link', label: 'Two tracks', names: ['Astana linked with Geneva'] },
    ]);
  });
});

describe('placeAnnotations in a thumbnail', () => {
  it('slides a long callout sideways to stay inside a small box, below its place', () => {
    const text = 'Some 30 km from the Turkish border';
    const [a] = placeAnnotations([{ text, at: [0, 0], place: 'al-bab' }], () => [192, 180], 360, 220);
    expect(a!.box.x).toBeGreaterThanOrEqual(0);
    expect(a!.box.x + a!.box.width).toBeLessThanOrEqual(360);
    expect(a!.box.y).toBeGreaterThan(180);
  });
});
