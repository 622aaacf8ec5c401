import { geoInterpolate, geoMercator } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import type { LngLat } from '@/app/_lib/geometry/bounds';
import { arrowhead, cutPolyline, greatCircleArc, polylineLength, type Point } from '@/app/_lib/geometry/arcs';

const moscow: LngLat = [37.6173, 55.7558];
const astana: LngLat = [71.4304, 51.1282];
const tokyo: LngLat = [139.6917, 35.6895];
const sanFrancisco: LngLat = [-122.4194, 37.7749];

/** The unit vector of a point on the sphere. */
function vector([lng, lat]: LngLat): [number, number, number] {
  const [l, p] = [(lng * Math.PI) / 180, (lat * Math.PI) / 180];
  return [Math.cos(p) * Math.cos(l), Math.cos(p) * Math.sin(l), Math.sin(p)];
}

const cross = (a: number[], b: number[]) => [a[1]! * b[2]! - a[2]! * b[1]!, a[2]! * b[0]! - a[0]! * b[2]!, a[0]! * b[1]! - a[1]! * b[0]!];
const dot = (a: number[], b: number[]) => a.reduce((sum, x, i) => sum + x * b[i]!, 0);

describe('greatCircleArc', () => {
  it('starts and ends exactly at its places, with every point on the great circle through them', () => {
    const arc = greatCircleArc(moscow, astana);
    expect(arc[0]).toEqual(moscow);
    expect(arc.at(-1)).toEqual(astana);
    const normal = cross(vector(moscow), vector(astana));
    for (const point of arc) expect(Math.abs(dot(normal, vector(point)))).toBeLessThan(1e-9);
    const k = Math.floor((arc.length - 1) / 2);
    const [lng, lat] = geoInterpolate(moscow, astana)(k / (arc.length - 1));
    const middle = arc[k]!;
    expect(middle[0]).toBeCloseTo(lng, 6);
    expect(middle[1]).toBeCloseTo(lat, 6);
  });

  it('bends towards the pole, as a great circle does, rather than following the parallel', () => {
    const arc = greatCircleArc([-100, 40], [100, 40]);
    expect(Math.max(...arc.map(([, lat]) => lat))).toBeGreaterThan(75);
  });

  it('has vertices close enough together to draw smoothly, and more of them on longer arcs', () => {
    const short = greatCircleArc([36.2, 33.5], [37.1, 36.2]);
    const long = greatCircleArc(tokyo, sanFrancisco);
    expect(short.length).toBeGreaterThanOrEqual(17);
    expect(long.length).toBeGreaterThan(short.length);
    for (let i = 1; i < long.length; i++) expect(Math.abs(long[i]![0] - long[i - 1]![0])).toBeLessThan(5);
  });

  it('crosses the Pacific without jumping back across the map: longitudes run on past 180°', () => {
    const arc = greatCircleArc(tokyo, sanFrancisco);
    expect(arc[0]).toEqual(tokyo);
    expect(arc.at(-1)).toEqual([sanFrancisco[0] + 360, sanFrancisco[1]]);
    for (let i = 1; i < arc.length; i++) expect(arc[i]![0]).toBeGreaterThan(arc[i - 1]![0]);
    // And westwards the same way.
    const back = greatCircleArc(sanFrancisco, tokyo);
    expect(back.at(-1)).toEqual([tokyo[0] - 360, tokyo[1]]);
    for (let i = 1; i < back.length; i++) expect(back[i]![0]).toBeLessThan(back[i - 1]![0]);
  });

  it('moves the whole line by whole turns to lie nearest the camera', () => {
    const arc = greatCircleArc(tokyo, sanFrancisco, { nearLongitude: -150 });
    expect(arc[0]).toEqual([tokyo[0] - 360, tokyo[1]]);
    expect(arc.at(-1)).toEqual(sanFrancisco);
    expect(greatCircleArc(moscow, astana, { nearLongitude: 40 })[0]).toEqual(moscow);
  });

  it('refuses identical endpoints and antipodes', () => {
    expect(() => greatCircleArc(astana, [...astana])).toThrow('an arc needs two different points');
    expect(() => greatCircleArc([0, 0], [180, 0])).toThrow('antipodal');
  });
});

describe('cutPolyline', () => {
  const line: Point[] = [[0, 0], [10, 0], [10, 10]];

  it('keeps the first part of the line by length, ending between vertices', () => {
    expect(cutPolyline(line, 0.75)).toEqual([[0, 0], [10, 0], [10, 5]]);
    expect(cutPolyline(line, 0.25)).toEqual([[0, 0], [5, 0]]);
    expect(cutPolyline(line, 0.5)).toEqual([[0, 0], [10, 0]]);
    expect(polylineLength(cutPolyline(line, 0.3))).toBeCloseTo(6, 9);
  });

  it('gives the start alone at 0 and the whole line at 1, clamping anything outside', () => {
    expect(cutPolyline(line, 0)).toEqual([[0, 0]]);
    expect(cutPolyline(line, -1)).toEqual([[0, 0]]);
    expect(cutPolyline(line, Number.NaN)).toEqual([[0, 0]]);
    expect(cutPolyline(line, 1)).toEqual(line);
    expect(cutPolyline(line, 2)).toEqual(line);
    expect(cutPolyline([], 0.5)).toEqual([]);
  });
});

describe('arrowhead', () => {
  /** Longitude right, latitude up: screen y grows downwards. */
  const flat = ([lng, lat]: LngLat): Point => [lng * 10, -lat * 10];

  it('sits at the end of the arc and points the way it travels on screen', () => {
    expect(arrowhead([[0, 0], [1, 0]], flat)).toMatchObject({ tip: [10, -0], angle: 0 });
    expect(arrowhead([[0, 0], [0, 1]], flat).angle).toBeCloseTo(-90, 9);
    expect(arrowhead([[1, 0], [0, 0]], flat).angle).toBeCloseTo(180, 9);
    expect(arrowhead([[0, 1], [0, 0]], flat).angle).toBeCloseTo(90, 9);
  });

  it('draws a triangle behind the tip, symmetric about the direction of travel', () => {
    const { outline } = arrowhead([[0, 0], [1, 0]], flat, 8);
    const [tip, left, right] = outline;
    expect(tip).toEqual([10, -0]);
    expect(left[0]).toBeLessThan(10);
    expect(right[0]).toBeCloseTo(left[0], 9);
    expect(left[1]).toBeCloseTo(-right[1], 9);
    expect(Math.hypot(left[0] - 10, left[1])).toBeCloseTo(8, 9);
  });

  it('takes the direction over the last few pixels, not a final sub-pixel segment', () => {
    // The last segment alone points 45° up; over the last 8 pixels the arc runs east.
    expect(arrowhead([[0, 0], [1, 0], [1.001, 0.001]], flat).angle).toBeCloseTo(0, 0);
  });

  it('follows a real projection: Moscow to Astana arrives heading east and a little south in Web Mercator', () => {
    const mercator = geoMercator().scale(1000).translate([0, 0]);
    const project = (p: LngLat) => mercator(p) as Point;
    const { tip, angle } = arrowhead(greatCircleArc(moscow, astana), project);
    expect(tip).toEqual(project(astana));
    expect(angle).toBeGreaterThan(0);
    expect(angle).toBeLessThan(45);
  });

  it('refuses a line with no length on screen', () => {
    expect(() => arrowhead([[0, 0]], flat)).toThrow('at least two points');
    expect(() => arrowhead([[0, 0], [0, 0]], flat)).toThrow('no length on screen');
  });
});
