import { geoArea, geoMercator } from 'd3-geo';
import type { Position } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadStory } from '@/app/_lib/content/loader.server';
import { scaleForZoom } from '@/app/_lib/geometry/mercator';
import { getBasemap, getCountryIndex, getOverviewBasemap } from '@/app/_lib/map/basemap/reader.server';
import type { BasemapCollection } from '@/app/_lib/map/basemap/types';
import { getLabels } from '@/app/_lib/map/labels/label-data.server';
import { layoutStaticMap } from '@/app/_lib/map/static/layout';
import type { StaticMapSpec } from '@/app/_lib/map/static/spec';
import { drawingOf } from '@/app/_lib/map/static/svg';
import { forD3 } from '@/app/_lib/map/static/winding';
import { measureText } from '@/app/_lib/map/text/metrics.server';
import { staticRenderings } from '../static-renderings';
import { inRing } from '@/app/_lib/geometry/rings';

/*
 * No map shows the edge of its data (issue 25). A basemap clipped to a box draws the box's
 * sides as straight coasts: land on one side, nothing on the other. This finds such edges in
 * the built files (the live map's and the overview static maps draw below zoom 4.5) and holds
 * every static map of the story, first views with their bleed, thumbnails, place maps and
 * share cards, to showing none. The live map starts at the first views' cameras.
 */

/** Shorter straight runs are drawing detail, not a seam a reader sees. */
const MIN_RUN = 0.2;
/**
 * A clip cuts many shapes along one line: runs on a line that add up to less than this are
 * a coast that happens to be straight once simplified (Algeria's, at 36.896° N).
 */
const MIN_LINE = 1.5;
const STEP = 0.02;
const SIDE = 0.01;

interface Seam {
  from: [number, number];
  to: [number, number];
}

type Ring = Position[];

function ringsOf(basemap: BasemapCollection): { rings: Ring[][]; boxes: [number, number, number, number][] } {
  const polygons: Ring[][] = [];
  for (const { geometry, properties } of basemap.features) {
    if (properties.kind !== 'country') continue;
    if (geometry.type === 'Polygon') polygons.push(geometry.coordinates);
    if (geometry.type === 'MultiPolygon') polygons.push(...geometry.coordinates);
  }
  const boxes = polygons.map(([outer]) => {
    const xs = outer!.map((p) => p[0]!);
    const ys = outer!.map((p) => p[1]!);
    return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] as [number, number, number, number];
  });
  return { rings: polygons, boxes };
}


/** The straight runs of land edge with no land beyond them, along each axis-aligned side of a ring. */
function seamsOf(basemap: BasemapCollection): Seam[] {
  const { rings, boxes } = ringsOf(basemap);
  const land = (x: number, y: number) =>
    rings.some(([outer, ...holes], i) => {
      const [w, s, e, n] = boxes[i]!;
      return x >= w && x <= e && y >= s && y <= n && inRing(outer!, x, y) && !holes.some((hole) => inRing(hole, x, y));
    });
  const seams: Seam[] = [];
  for (const polygon of rings) {
    for (const ring of polygon) {
      for (let i = 1; i < ring.length; i++) {
        const [x0, y0] = ring[i - 1] as [number, number];
        const [x1, y1] = ring[i] as [number, number];
        const horizontal = y0 === y1;
        if (!horizontal && x0 !== x1) continue;
        const length = horizontal ? Math.abs(x1 - x0) : Math.abs(y1 - y0);
        if (length < MIN_RUN) continue;
        let run: [number, number] | null = null;
        const close = (end: number) => {
          if (run && end - run[0] >= MIN_RUN) seams.push(horizontal ? { from: [run[0], y0], to: [end, y0] } : { from: [x0, run[0]], to: [x0, end] });
          run = null;
        };
        const [a, b] = horizontal ? [Math.min(x0, x1), Math.max(x0, x1)] : [Math.min(y0, y1), Math.max(y0, y1)];
        for (let t = a + STEP / 2; t < b; t += STEP) {
          const [x, y] = horizontal ? [t, y0] : [x0, t];
          const one = horizontal ? land(x, y + SIDE) : land(x + SIDE, y);
          const other = horizontal ? land(x, y - SIDE) : land(x - SIDE, y);
          if (one !== other) run ??= [t, t];
          else close(t);
        }
        close(b);
      }
    }
  }
  const lengths = new Map<string, number>();
  const lineOf = ({ from, to }: Seam) => (from[1] === to[1] ? `y${from[1]}` : `x${from[0]}`);
  for (const seam of seams) lengths.set(lineOf(seam), (lengths.get(lineOf(seam)) ?? 0) + Math.hypot(seam.to[0] - seam.from[0], seam.to[1] - seam.from[1]));
  return seams.filter((seam) => lengths.get(lineOf(seam))! >= MIN_LINE);
}

/** The drawing's extent in degrees, bleed included: `[west, south, east, north]`. */
function extentOf(spec: StaticMapSpec): [number, number, number, number] {
  const layout = layoutStaticMap(spec, options);
  const { offsetX, offsetY } = drawingOf(spec);
  const projection = geoMercator().scale(scaleForZoom(layout.camera.zoom)).center(layout.camera.center).translate(layout.project(layout.camera.center));
  const [west, north] = projection.invert!([-offsetX, -offsetY])!;
  const [east, south] = projection.invert!([spec.size.width + offsetX, spec.size.height + offsetY])!;
  return [west!, south!, east!, north!];
}

const crosses = ({ from, to }: Seam, [west, south, east, north]: [number, number, number, number]) =>
  Math.max(from[0], to[0]) > west && Math.min(from[0], to[0]) < east && Math.max(from[1], to[1]) > south && Math.min(from[1], to[1]) < north;

const story = await loadStory({ includeDrafts: false });
const countries = await getCountryIndex();
const { labels: candidates } = await getLabels();
const options = { candidates, widthOf: measureText };

const renderings = () => staticRenderings(story, countries);

describe('seamsOf', () => {
  const square = (w: number, s: number, e: number, n: number): BasemapCollection => ({
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties: { kind: 'country', iso3: 'AAA', name: 'A' }, geometry: { type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] } }],
  });

  it('finds a straight coast, and none where land goes on beyond the edge', () => {
    expect(seamsOf(square(0, 0, 10, 10)).length).toBe(4);
    expect(seamsOf(square(0, 0, 1, 1))).toEqual([]);
    const twoHalves = square(0, 0, 10, 10);
    twoHalves.features.push({ ...twoHalves.features[0]!, geometry: { type: 'Polygon', coordinates: [[[0, 10], [10, 10], [10, 20], [0, 20], [0, 10]]] } });
    const seams = seamsOf(twoHalves);
    expect(seams.some(({ from, to }) => from[1] === 10 && to[1] === 10)).toBe(false);
  });
});

describe('the edge of the basemap', () => {
  let seams: { live: Seam[]; overview: Seam[] };
  beforeAll(async () => {
    seams = { live: seamsOf(await getBasemap()), overview: seamsOf(await getOverviewBasemap()) };
  }, 120_000);

  it('turns no shape inside out in the static maps: each country covers less than half the globe as d3 draws it', async () => {
    for (const basemap of [await getBasemap(), await getOverviewBasemap()]) {
      const inverted = basemap.features.filter((f) => f.properties.kind === 'country' && geoArea(forD3(f)) > 2 * Math.PI);
      expect(inverted.map((f) => (f.properties.kind === 'country' ? `${f.properties.iso3} ${f.properties.extent ?? ''}` : ''))).toEqual([]);
    }
  });

  it('shows in no step, box, thumbnail, place map or card', () => {
    const shown: string[] = [];
    for (const { where, spec } of renderings()) {
      const extent = extentOf(spec);
      for (const [file, list] of Object.entries(seams)) {
        const seam = list.find((s) => crosses(s, extent));
        if (seam) shown.push(`${where}: the ${file} basemap ends in a straight line from ${seam.from.join(',')} to ${seam.to.join(',')}`);
      }
    }
    expect(shown.slice(0, 20)).toEqual([]);
  }, 120_000);
});
