import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Geometry, Position } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { BASEMAP_BUDGET } from '@/app/_build/basemap/config';
import { BASEMAP_BBOX } from '@/app/_lib/map/basemap/files';
import type { BasemapLayer } from '@/app/_build/basemap/layer';
import { BASEMAP_LAYERS, buildBasemap, buildBasemapAndLabels } from '@/app/_build/basemap/pipeline.server';
import { WORLD_FILL_OVERLAP } from '@/app/_build/basemap/world-layer';
import { loadCuratedLabels } from '@/app/_lib/map/labels/curated.server';
import type { LabelData } from '@/app/_lib/map/labels/types';
import { ringArea } from '@/app/_lib/geometry/rings';
import type { BasemapFeature } from '@/app/_lib/map/basemap/types';
import { root } from '../repo';
import { lat, lon, maxLongitudeJump, pathsOf } from './paths';

const EPSILON = 1e-9;
const STORY_COUNTRIES = ['RUS', 'TUR', 'IRN', 'SYR', 'KAZ', 'JOR', 'SAU', 'DEU', 'NLD', 'CHE', 'IRQ', 'LBN'];

const countryProps = (f: BasemapFeature) => (f.properties.kind === 'country' ? f.properties : { iso3: undefined, name: undefined });

describe('basemap output', () => {
  let features: BasemapFeature[];
  let json: string;
  let labels: LabelData;

  beforeAll(async () => {
    const curated = await loadCuratedLabels(root);
    const places = JSON.parse(readFileSync(path.join(root, 'geo/places.json'), 'utf8'));
    const built = buildBasemapAndLabels({ curated: curated.labels, places });
    features = built.collection.features;
    json = JSON.stringify(built.collection);
    labels = built.labels;
  }, 60_000);

  it('is within the byte budget with its label data, as the live map loads both (raw and gzip level 9)', () => {
    const labelJson = JSON.stringify(labels);
    const raw = Buffer.byteLength(json, 'utf8') + Buffer.byteLength(labelJson, 'utf8');
    const gzip = gzipSync(Buffer.from(json, 'utf8'), { level: 9 }).length + gzipSync(Buffer.from(labelJson, 'utf8'), { level: 9 }).length;
    expect(raw).toBeLessThanOrEqual(BASEMAP_BUDGET.rawBytes);
    expect(gzip).toBeLessThanOrEqual(BASEMAP_BUDGET.gzipBytes);
  });

  it('labels the countries the story is about, each with an anchor inside the basemap, and names no sea on land', () => {
    const [west, south, east, north] = BASEMAP_BBOX;
    const countries = new Set(labels.labels.filter((l) => l.kind === 'country').map((l) => l.country));
    for (const code of STORY_COUNTRIES) expect(countries, code).toContain(code);
    for (const label of labels.labels) {
      expect(label.width, label.id).toBeGreaterThan(0);
      for (const [x, y] of label.anchors) expect(x >= west && x <= east && y >= south && y <= north, `${label.id} ${x},${y}`).toBe(true);
    }
    expect(labels.labels.filter((l) => l.kind === 'sea').length).toBeGreaterThan(5);
  });

  it("draws no capital that is a story place, nor one the curated file leaves out", () => {
    const capitals = labels.labels.filter((l) => l.kind === 'capital').map((l) => l.text);
    expect(capitals).toContain('Beirut');
    for (const name of ['Damascus', 'Moscow', 'Ankara', 'Tehran', 'Amman', 'Riyadh', 'Nur-Sultan', 'Astana', 'Pristina']) expect(capitals).not.toContain(name);
  });

  it('covers every place in the gazetteer', () => {
    const [west, south, east, north] = BASEMAP_BBOX;
    const places = JSON.parse(readFileSync(path.join(root, 'geo/places.json'), 'utf8')) as { id: string; coordinates: [number, number] }[];
    expect(places.length).toBeGreaterThan(0);
    const outside = places.filter(({ coordinates: [x, y] }) => !(x >= west && x <= east && y >= south && y <= north)).map((p) => p.id);
    expect(outside).toEqual([]);
  });

  it('keeps every coordinate of the detailed layers finite, quantized and inside the bbox', () => {
    const [west, south, east, north] = BASEMAP_BBOX;
    let count = 0;
    const bad: string[] = [];
    const onGrid = (v: number) => Math.abs(v * 1000 - Math.round(v * 1000)) < 1e-6;
    for (const f of features.filter((x) => !x.properties.extent)) {
      const { rings, lines } = pathsOf(f.geometry);
      for (const p of [...rings, ...lines].flat()) {
        const x = lon(p);
        const y = lat(p);
        count++;
        const ok =
          Number.isFinite(x) && Number.isFinite(y) &&
          x >= west - EPSILON && x <= east + EPSILON && y >= south - EPSILON && y <= north + EPSILON &&
          onGrid(x) && onGrid(y);
        if (!ok) bad.push(`${countryProps(f).name ?? f.properties.kind}: [${x}, ${y}]`);
      }
    }
    expect(bad.slice(0, 10)).toEqual([]);
    expect(count).toBeGreaterThan(1000);
  });

  it('has no ring or line segment jumping more than 180 degrees of longitude', () => {
    for (const f of features) {
      const { rings, lines } = pathsOf(f.geometry);
      for (const path of [...rings, ...lines]) expect(maxLongitudeJump(path)).toBeLessThanOrEqual(180);
    }
  });

  it('has closed polygon rings with >= 4 positions, non-zero area and no repeated points', () => {
    for (const f of features.filter((x) => x.properties.kind === 'country')) {
      expect(['Polygon', 'MultiPolygon']).toContain(f.geometry.type);
      const { rings } = pathsOf(f.geometry);
      expect(rings.length).toBeGreaterThan(0);
      for (const ring of rings) {
        expect(ring.length).toBeGreaterThanOrEqual(4);
        expect(ring[ring.length - 1]).toEqual(ring[0]);
        expect(Math.abs(ringArea(ring))).toBeGreaterThan(0);
        for (let i = 1; i < ring.length; i++) expect(ring[i]).not.toEqual(ring[i - 1]);
      }
    }
  });

  it('winds exterior rings counter-clockwise and holes clockwise (RFC 7946)', () => {
    let holes = 0;
    for (const f of features) {
      const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : [];
      for (const [outer, ...inner] of polygons) {
        expect(ringArea(outer!)).toBeGreaterThan(0);
        for (const hole of inner) expect(ringArea(hole)).toBeLessThan(0);
        holes += inner.length;
      }
    }
    // San Marino and the Vatican are holes in Italy, the Fergana valley's enclaves in Kyrgyzstan.
    expect(holes).toBeGreaterThan(0);
  });

  it("contains the story's countries with iso3 codes, and only known kinds", () => {
    const countries = features.filter((f) => f.properties.kind === 'country' && !f.properties.extent).map(countryProps);
    const iso3 = new Set(countries.map((c) => c.iso3));
    for (const code of STORY_COUNTRIES) expect(iso3, code).toContain(code);
    expect(countries.find((c) => c.iso3 === 'RUS')?.name).toBe('Russia');
    // Countries without an ISO numeric id are drawn, with iso3 null.
    expect(countries.some((c) => c.iso3 === null && c.name === 'N. Cyprus')).toBe(true);
    // One detailed feature per country.
    const codes = countries.map((c) => c.iso3).filter(Boolean);
    expect(new Set(codes).size).toBe(codes.length);
    for (const f of features) expect(['country', 'border']).toContain(f.properties.kind);
  });

  it('draws the world around the bbox at low detail, outside it (its fills reaching just under the box, no hairline between), tinted by the same codes', () => {
    const [west, south, east, north] = BASEMAP_BBOX;
    const world = features.filter((f) => f.properties.extent === 'world');
    const within = (m: number) => (p: Position) => lon(p) > west + m && lon(p) < east - m && lat(p) > south + m && lat(p) < north - m;
    const bordersInside = world.filter((f) => f.properties.kind !== 'country').flatMap((f) => pathsOf(f.geometry).lines.flat().filter(within(EPSILON)));
    expect(bordersInside.slice(0, 5)).toEqual([]);
    const fills = world.filter((f) => f.properties.kind === 'country').flatMap((f) => pathsOf(f.geometry).rings.flat());
    expect(fills.filter(within(WORLD_FILL_OVERLAP + EPSILON)).slice(0, 5)).toEqual([]);
    // Russia's world piece reaches under the box's east edge (90° E), where the box's Russia starts.
    const underEast = (f: (typeof world)[number]) => pathsOf(f.geometry).rings.flat().some((p) => lon(p) < east - WORLD_FILL_OVERLAP / 2 && lat(p) > 55 && lat(p) < north - WORLD_FILL_OVERLAP / 2);
    expect(world.some((f) => f.properties.kind === 'country' && countryProps(f).iso3 === 'RUS' && underEast(f))).toBe(true);
    const russia = world.find((f) => countryProps(f).iso3 === 'RUS');
    expect(pathsOf(russia!.geometry).rings.flat().some((p) => lat(p) > 70)).toBe(true);
    expect(world.some((f) => f.properties.kind === 'border')).toBe(true);
    // Beyond the story's region, countries without a code are drawn, together and untinted.
    expect(world.filter((f) => f.properties.kind === 'country' && countryProps(f).iso3 === null)).toHaveLength(1);
  });

  it('contains country borders as lines', () => {
    const borders = features.filter((f) => f.properties.kind === 'border');
    expect(borders.length).toBeGreaterThan(0);
    let segments = 0;
    for (const f of borders) {
      expect(['LineString', 'MultiLineString']).toContain(f.geometry.type);
      for (const line of pathsOf(f.geometry).lines) {
        expect(line.length).toBeGreaterThanOrEqual(2);
        segments += line.length - 1;
      }
    }
    expect(segments).toBeGreaterThan(500);
  });
});

describe('buildBasemap', () => {
  it('unwraps the antimeridian (Chukotka stays attached to Russia east of 180)', () => {
    const collection = buildBasemap({ bbox: [150, 60, 200, 72] });
    const russia = collection.features.find((f) => f.properties.kind === 'country' && f.properties.iso3 === 'RUS' && !f.properties.extent);
    expect(russia).toBeDefined();
    const { rings } = pathsOf(russia!.geometry as Geometry);
    const lons = rings.flat().map(lon);
    // Without the fix the part west of -180 would be clipped away entirely.
    expect(Math.max(...lons)).toBeGreaterThan(185);
    for (const ring of rings) expect(maxLongitudeJump(ring)).toBeLessThanOrEqual(180);
  });

  it('draws the layers in order, fills before borders, and takes another layer after them', () => {
    const seen: string[] = [];
    const marker: BasemapLayer = {
      name: 'marker',
      build: ({ bbox, precision }) => {
        seen.push(`${bbox.join(',')}@${precision}`);
        return [{ type: 'Feature', properties: { kind: 'border' }, geometry: { type: 'LineString', coordinates: [[0, 0], [1, 1]] } }];
      },
    };
    const { features } = buildBasemap({ resolution: '110m', bbox: [20, 30, 50, 45], world: null }, [...BASEMAP_LAYERS, marker]);
    expect(seen).toEqual(['20,30,50,45@3']);
    const kinds = features.map((f) => f.properties.kind);
    expect(kinds.indexOf('border')).toBe(kinds.lastIndexOf('country') + 1);
    expect(features.at(-1)?.geometry).toEqual({ type: 'LineString', coordinates: [[0, 0], [1, 1]] });
  });
});
