import { describe, expect, it } from 'vitest';
import type { CameraTarget } from '@/app/_lib/content/step-camera';
import type { LngLat } from '@/app/_lib/geometry/bounds';
import { scaleForZoom } from '@/app/_lib/geometry/mercator';
import { orient } from '@/app/_lib/geometry/rings';
import { countryIndex } from '@/app/_lib/map/basemap/country-index';
import type { BasemapCollection, BasemapFeature } from '@/app/_lib/map/basemap/types';
import { zoomForBox } from '@/app/_lib/map/camera';
import type { LabelCandidate } from '@/app/_lib/map/labels/types';
import { LOCATOR_MIN_ZOOM, locatorForStep } from '@/app/_lib/map/locator';
import { IMAGE_FIT_PADDING, layoutStaticMap } from '@/app/_lib/map/static/layout';
import { LOCATOR_COUNTRY_FILL, locatorBackground, locatorImageSvg } from '@/app/_lib/map/static/locator-layer';
import type { StaticMapSize, StaticMapSpec } from '@/app/_lib/map/static/spec';
import { drawingOf, staticMapSvg } from '@/app/_lib/map/static/svg';
import { areaHatch, deFactoLine, deFactoLineLayer, mapColors } from '@/app/_lib/map/style';
import { HATCH_ID } from '@/app/_lib/map/step-layers/area-markup';
import type { FallbackMetrics } from '@/app/_lib/map/text/font';

/*
 * Static maps drawn from their layout (map/static): the camera in the box, land, sea, tints
 * and borders, the composition's marks, the locator inset, the drawing's bleed. A small
 * basemap of rectangles, written for these tests.
 */

const border = (coordinates: LngLat[]): BasemapFeature => ({ type: 'Feature', properties: { kind: 'border' }, geometry: { type: 'LineString', coordinates } });
/** A rectangular country, wound as the basemap build writes it (RFC 7946: exterior counter-clockwise). */
const country = (iso3: string, [west, south, east, north]: [number, number, number, number]): BasemapFeature => ({
  type: 'Feature',
  properties: { kind: 'country', iso3, name: iso3 },
  geometry: { type: 'Polygon', coordinates: [orient([[west, south], [west, north], [east, north], [east, south], [west, south]], true)] },
});
const basemapOf = (...features: BasemapFeature[]): BasemapCollection => ({ type: 'FeatureCollection', features });
const fallbacks: FallbackMetrics[] = [{ weight: 500, sizeAdjust: 1, ascent: 1, descent: 0.3, lineGap: 0 }];

const IMAGE: StaticMapSize = { name: 'test', width: 400, height: 200, use: 'image', grid: 1 };
const point = (center: LngLat, zoom: number): CameraTarget => ({ kind: 'point', center, zoom, pitch: 0, bearing: 0 });
const bounds = (sw: LngLat, ne: LngLat, maxZoom = 7): CameraTarget => ({ kind: 'bounds', bounds: [sw, ne], maxZoom, pitch: 0, bearing: 0 });

function spec(overrides: Partial<StaticMapSpec> & { target: CameraTarget }): StaticMapSpec {
  return {
    size: IMAGE,
    scene: { places: [], activeIds: [], focus: [], layers: { routes: [], annotations: [] } },
    highlight: [],
    keyLines: [],
    locator: null,
    title: 'Map: test',
    ...overrides,
  };
}

const widthOf = (text: string) => text.length * 0.6;
function draw(s: StaticMapSpec, basemap = basemapOf(), candidates: LabelCandidate[] = []) {
  const layout = layoutStaticMap(s, { candidates, widthOf });
  return { layout, svg: staticMapSvg(s, layout, { basemap, fallbacks }) };
}

/** The `d` of the path filled or stroked with `colour`. */
const pathOf = (svg: string, colour: string) => new RegExp(`<path d="([^"]*)" (?:fill|fill="none" stroke)="${colour}"`).exec(svg)?.[1];

describe('the camera of a static map', () => {
  it("draws a point at MapLibre's scale for the box, zoomed out for a small one as the live map is (zoomForBox)", () => {
    const { layout } = draw(spec({ target: point([36, 36], 6) }));
    expect(layout.camera.zoom).toBeCloseTo(zoomForBox(6, 400, 200), 9);
    expect(layout.project([36, 36])).toEqual([200, 100]);
  });

  it('fits bounds inside the box less its padding, centred, never closer than the maxZoom', () => {
    const { layout } = draw(spec({ target: bounds([30, 30], [40, 36]) }));
    const [x0, y0] = layout.project([30, 36]);
    const [x1, y1] = layout.project([40, 30]);
    const pad = Math.round(200 * IMAGE_FIT_PADDING);
    expect(Math.min(x0, y0, 400 - x1, 200 - y1)).toBeGreaterThanOrEqual(pad - 1e-6);
    // It fills the padded box in one direction.
    expect(Math.min(Math.abs(y0 - pad), Math.abs(x0 - pad))).toBeLessThan(1e-6);
    expect((x0 + x1) / 2).toBeCloseTo(200, 6);
    const close = draw(spec({ target: bounds([36, 36], [36.01, 36.01], 5) })).layout;
    expect(close.camera.zoom).toBe(5);
  });
});

describe('the drawing of a static map', () => {
  const camera = point([36, 36], 6);

  it('snaps points to the grid, drops repeats, and a line that snaps to one point', () => {
    const line = border(Array.from({ length: 200 }, (_, i) => [35.8 + i * 0.002, 36 + Math.sin(i / 10) * 0.05] as LngLat));
    const counts: number[] = [];
    for (const grid of [1, 2, 4]) {
      const d = pathOf(draw(spec({ target: camera, size: { ...IMAGE, grid } }), basemapOf(line)).svg, mapColors.border)!;
      const points = d.split(/[ML]/).filter(Boolean);
      expect(points.length).toBeGreaterThan(2);
      counts.push(points.length);
      for (const p of points) for (const n of p.split(',').map(Number)) expect(Number.isInteger(n / grid)).toBe(true);
    }
    expect(counts[2]).toBeLessThan(counts[0]!);
    const tiny = border([
      [36, 36],
      [36.0001, 36.0001],
    ]);
    expect(pathOf(draw(spec({ target: camera }), basemapOf(tiny)).svg, mapColors.border)).toBe('');
  });

  it('draws nothing for a country out of view, and a tinted country in its own colour, only it', () => {
    expect(pathOf(draw(spec({ target: camera }), basemapOf(country('FAR', [100, 10, 110, 20]))).svg, mapColors.land)).toBe('');
    const { svg } = draw(spec({ target: camera, highlight: ['EST'] }), basemapOf(country('WST', [30, 30, 36, 42]), country('EST', [36, 30, 42, 42])));
    const xs = (d: string) => d.split(/[MLZ]/).filter(Boolean).map((p) => Number(p.split(',')[0]));
    expect(Math.max(...xs(pathOf(svg, mapColors.land)!))).toBe(200);
    expect(Math.min(...xs(pathOf(svg, mapColors.highlight)!))).toBe(200);
  });

  it('draws de facto lines dashed as the live map does (docs/disputed-territory.md), over the borders, never as land', () => {
    const line: BasemapFeature = { type: 'Feature', properties: { kind: 'de-facto' }, geometry: { type: 'LineString', coordinates: [[35, 36], [37, 36]] } };
    const { svg } = draw(spec({ target: camera }), basemapOf(country('AAA', [30, 30, 42, 42]), border([[35, 37], [37, 37]]), line));
    const dashed = new RegExp(`<path d="([^"]+)" fill="none" stroke="${deFactoLine.color}" stroke-width="${deFactoLine.width}" stroke-dasharray="${deFactoLine.dash.join(' ')}"/>`).exec(svg);
    expect(dashed?.[1]).toMatch(/^M\d/);
    expect(svg.indexOf('stroke-dasharray')).toBeGreaterThan(svg.indexOf('stroke-width="0.8"'));
    expect(pathOf(svg, mapColors.land)).not.toContain(dashed![1]);
    // The live map dashes in line widths: the same lengths in pixels.
    const dash = deFactoLineLayer.paint!['line-dasharray'] as number[];
    expect(dash.map((length) => length * (deFactoLineLayer.paint!['line-width'] as number))).toEqual([...deFactoLine.dash]);
    expect(deFactoLineLayer.filter).toEqual(['==', ['get', 'kind'], 'de-facto']);
  });

  it('draws, bottom first, sea, land, borders, then the labels, then the markers, and escapes names', () => {
    const place = { id: 'a', name: 'A & <B>', coordinates: [36, 36] };
    const s = spec({ target: camera, scene: { places: [place], activeIds: ['a'], focus: [], layers: { routes: [], annotations: [] } } });
    const { svg } = draw(s, basemapOf(border([[35, 36], [37, 36]])), [{ id: 'country-TST', kind: 'country', text: 'TESTLAND', width: 5, rank: 1, country: 'TST', anchors: [[35, 35.5, 0.05, 0]] }]);
    const at = (needle: string) => svg.indexOf(needle);
    expect(at(`fill="${mapColors.sea}"`)).toBeGreaterThan(0);
    expect(at(`stroke="${mapColors.border}"`)).toBeLessThan(at('data-map-labels'));
    expect(at('data-map-labels')).toBeLessThan(at('data-static-place="a"'));
    expect(svg).toContain('A &amp; &lt;B&gt;');
    expect(svg).not.toContain('<B>');
    // Nothing tinted: no empty tint path.
    expect(svg).not.toContain(mapColors.highlight);
  });

  it('carries the camera and its box, and the fallback face, since an image cannot load the font', () => {
    const { svg } = draw(spec({ target: camera }));
    expect(svg).toMatch(/data-camera="36\.00000,36\.00000,[\d.]+"/);
    expect(svg).toContain('data-box="400,200,0,0"');
    expect(svg).toContain("@font-face{font-family:'Map Text Fallback'");
  });

  it('draws a first view beyond its box, with everything placed inside the box', () => {
    const view: StaticMapSize = { name: 'view', width: 400, height: 200, use: 'view', grid: 1, bleed: { x: 0.25, y: 0.1 } };
    const s = spec({ target: camera, size: view, scene: { places: [{ id: 'a', name: 'A', coordinates: [36, 36] }], activeIds: [], focus: [], layers: { routes: [], annotations: [] } } });
    expect(drawingOf(s)).toEqual({ offsetX: 100, offsetY: 20, width: 600, height: 240 });
    const { svg } = draw(s);
    expect(svg).toContain('viewBox="0 0 600 240"');
    expect(svg).toContain('<g transform="translate(100 20)"');
    // A first view's markers are the page's, over it.
    expect(svg).not.toContain('data-static-place');
  });
});

describe('the areas of a static map', () => {
  const camera = point([36, 36], 6);
  const area = { id: 'zone', name: 'Zone & co', polygons: [[[[35, 35], [37, 35], [37, 37], [35, 37], [35, 35]]]] };
  const scene = (areas = [area]) => ({ places: [{ id: 'a', name: 'A', coordinates: [36, 36] }], activeIds: ['a'], focus: [], layers: { routes: [], annotations: [] }, areas });

  it('hatches each area with a thin outline, over the borders and under the labels and markers', () => {
    const { svg } = draw(spec({ target: camera, scene: scene() }), basemapOf(border([[35, 36], [37, 36]])), [
      { id: 'country-TST', kind: 'country', text: 'TESTLAND', width: 5, rank: 1, country: 'TST', anchors: [[35.5, 35.5, 0.05, 0]] },
    ]);
    const at = (needle: string) => svg.indexOf(needle);
    expect(svg).toMatch(new RegExp(`<path data-map-area="zone" d="M[^"]+Z" fill="url\\(#${HATCH_ID}\\)" fill-rule="evenodd" stroke="${areaHatch.color}"`));
    expect(svg).toContain(`<pattern id="${HATCH_ID}"`);
    expect(at(`stroke="${mapColors.border}"`)).toBeLessThan(at('data-map-areas'));
    expect(at('data-map-areas')).toBeLessThan(at('data-map-labels'));
    expect(at('data-map-labels')).toBeLessThan(at('data-static-place="a"'));
  });

  it('reaches into a first view\'s bleed, and a little past the drawing, so no cut edge shows', () => {
    const view: StaticMapSize = { name: 'view', width: 400, height: 200, use: 'view', grid: 1, bleed: { x: 0.25, y: 0.1 } };
    const big = { ...area, polygons: [[[[20, 20], [50, 20], [50, 50], [20, 50], [20, 20]]]] };
    const { layout } = draw(spec({ target: camera, size: view, scene: scene([big]) }));
    const points = layout.composition.areas[0]!.rings.flat();
    expect(Math.min(...points.map(([x]) => x))).toBe(-110);
    expect(Math.max(...points.map(([x]) => x))).toBe(510);
    expect(Math.min(...points.map(([, y]) => y))).toBe(-30);
  });

  it('draws nothing for a scene without areas', () => {
    expect(draw(spec({ target: camera, scene: scene([]) })).svg).not.toContain('data-map-area');
  });
});

describe('the locator inset of an image', () => {
  const basemap = basemapOf(country('SYR', [35.7, 32.3, 42.4, 37.3]), country('TUR', [26, 37.3, 44.8, 42.1]));
  const locator = locatorForStep([{ name: 'Aleppo', coordinates: [37.13, 36.2], countryCode: 'SYR' }], countryIndex(basemap))!;
  const inset = (svg: string) => /<g data-static-locator=""><svg x="([\d.]+)" y="([\d.]+)" width="(\d+)" height="(\d+)"[^>]*>(.*?)<\/svg>/.exec(svg);

  it('draws it in the top right corner of a close-up, with the framed country and the view marked', () => {
    // A close-up as a laptop would show it: the box's zoom-out for its size added back.
    const zoom = LOCATOR_MIN_ZOOM + 1.5;
    const found = inset(draw(spec({ target: point([37.13, 36.2], zoom), locator }), basemap).svg);
    expect(found).not.toBeNull();
    expect(Number(found![1]) + Number(found![3])).toBe(400 - 6);
    expect(Number(found![2])).toBe(6);
    expect(found![5]).toContain(`fill="${LOCATOR_COUNTRY_FILL}"`);
    expect(found![5]).toMatch(/<(rect|circle) /);
  });

  it('leaves it out at a regional zoom and without a locator', () => {
    expect(inset(draw(spec({ target: point([37.13, 36.2], 4), locator }), basemap).svg)).toBeNull();
    expect(inset(draw(spec({ target: point([37.13, 36.2], 8) }), basemap).svg)).toBeNull();
  });

  it('serves the same background as the live locator’s image', () => {
    expect(locatorImageSvg(locator, basemap)).toContain(locatorBackground(locator, basemap));
    expect(locatorImageSvg(locator, basemap)).toMatch(/^<svg [^>]*viewBox="0 0 160 120"/);
  });
});

describe('scaleForZoom', () => {
  it("is MapLibre's 512·2^z/2π", () => {
    expect(scaleForZoom(0)).toBeCloseTo(512 / (2 * Math.PI), 9);
  });
});
