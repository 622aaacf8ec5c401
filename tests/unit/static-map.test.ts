import { describe, expect, it } from 'vitest';
import { orient } from '@/app/_lib/geometry/rings';
import type { BasemapCollection, BasemapFeature } from '@/app/_lib/map/basemap/types';
import { MAX_BOX_ZOOM_OUT, REFERENCE_MAP_SIDE, zoomForBox } from '@/app/_lib/map/camera';
import type { CameraTarget } from '@/app/_lib/content/step-camera';
import type { LngLat } from '@/app/_lib/geometry/bounds';
import { mapColors } from '@/app/_lib/map/style';
import type { LabelCandidate } from '@/app/_lib/map/labels/types';
import type { Place } from '@/app/_lib/content/schema';
import { STATIC_MAP_LAYERS } from '@/app/_lib/map/static/layers';
import type { StaticMapLayer } from '@/app/_lib/map/static/layer';
import { FIT_PADDING } from '@/app/_lib/map/static/projection';
import { scaleForZoom } from '@/app/_lib/geometry/mercator';
import { staticMapSvg } from '@/app/_lib/map/static/render';
import type { StaticMapSpec } from '@/app/_lib/map/static/spec';
import { countryIndex } from '@/app/_lib/map/basemap/country-index';
import { LOCATOR_MIN_ZOOM, locatorForStep, locatorMark, viewBounds } from '@/app/_lib/map/locator';
import { LOCATOR_COUNTRY_FILL, locatorBackground, locatorImageSvg } from '@/app/_lib/map/static/locator-layer';

const place = (id: string, coordinates: LngLat, name = id): Place => ({
  id,
  name,
  aliases: [],
  coordinates,
  country: 'Testland',
  countryCode: 'TST',
  kind: 'city',
  context: 'A place for tests.',
  zoom: 5,
});

const border = (coordinates: LngLat[]): BasemapFeature => ({ type: 'Feature', properties: { kind: 'border' }, geometry: { type: 'LineString', coordinates } });
/** A rectangular country, wound as the basemap build writes it (RFC 7946: exterior counter-clockwise). */
const country = (iso3: string, [west, south, east, north]: [number, number, number, number]): BasemapFeature => ({
  type: 'Feature',
  properties: { kind: 'country', iso3, name: iso3 },
  geometry: { type: 'Polygon', coordinates: [orient([[west, south], [west, north], [east, north], [east, south], [west, south]], true)] },
});
const emptyBasemap: BasemapCollection = { type: 'FeatureCollection', features: [] };

const spec = (overrides: Partial<StaticMapSpec> & { camera: CameraTarget }): StaticMapSpec => ({
  width: 400,
  height: 200,
  places: [],
  activeIds: [],
  highlight: [],
  title: 'Map: test',
  linkPlaces: false,
  grid: 1,
  fit: 'cover',
  ...overrides,
});

const point = (center: LngLat, zoom: number): CameraTarget => ({ kind: 'point', center, zoom, pitch: 0, bearing: 0 });
const bounds = (sw: LngLat, ne: LngLat, maxZoom = 7): CameraTarget => ({ kind: 'bounds', bounds: [sw, ne], maxZoom, pitch: 0, bearing: 0 });

/** Where each drawn place's dot is, by id, read back from the markup. */
function dots(svg: string): Map<string, [number, number]> {
  const found = svg.matchAll(/data-static-place="([^"]+)"[^>]*><g class="[^"]*" transform="translate\(([-\d.]+) ([-\d.]+)\)"/g);
  return new Map([...found].map(([, id, x, y]) => [id!, [Number(x), Number(y)]]));
}

/** The `d` of the path filled or stroked with `colour`. */
const pathOf = (svg: string, colour: string) => new RegExp(`<path d="([^"]*)" (?:fill|fill="none" stroke)="${colour}"`).exec(svg)?.[1];

describe('staticMapSvg at a camera (fit: camera)', () => {
  const astana: LngLat = [71.43, 51.13];

  it("keeps MapLibre's scale, 512·2^z/2π, at one SVG unit per CSS pixel", () => {
    const zoom = 4;
    const east = place('east', [astana[0] + 1, astana[1]]);
    const svg = staticMapSvg(spec({ camera: point(astana, zoom), fit: 'camera', places: [place('centre', astana), east] }), emptyBasemap);
    const [cx] = dots(svg).get('centre')!;
    const [ex] = dots(svg).get('east')!;
    // One degree of longitude is 1/360 of the world, which is 2π·scale units wide.
    expect(ex - cx).toBeCloseTo((2 * Math.PI * scaleForZoom(zoom)) / 360, 0);
    expect(ex - cx).toBeCloseTo((512 * 2 ** zoom) / 360, 0);
    expect(svg).toContain('width="400" height="200" class="static-map-camera"');
  });

  it("shrinks a point camera's map in a small box by the live map's rule (zoomForBox), in CSS", () => {
    const svg = staticMapSvg(spec({ camera: point(astana, 5), fit: 'camera' }), emptyBasemap);
    // 400 wide: full size from a 700 px box up, scaled by the box's shorter side below, at most 1.5 zoom levels.
    expect(svg).toContain(`style="width:clamp(${(400 * 2 ** -MAX_BOX_ZOOM_OUT).toFixed(1)}px, ${((400 / REFERENCE_MAP_SIDE) * 100).toFixed(3)}cqmin, 400px)"`);
    // The scale it shows is the zoom step the live map takes: log2(side / 700) for a 355 px side.
    const shown = Math.min(400, Math.max(400 * 2 ** -MAX_BOX_ZOOM_OUT, (400 / REFERENCE_MAP_SIDE) * 355));
    expect(5 + Math.log2(shown / 400)).toBeCloseTo(zoomForBox(5, 390, 355), 6);
    // A fitted view stopped at its maxZoom keeps its size: the live map fits it to the box itself.
    const capped = staticMapSvg(spec({ camera: bounds([36, 36], [36.2, 36], 5), fit: 'camera' }), emptyBasemap);
    expect(capped).toContain('class="static-map-camera"');
    expect(capped).not.toContain('style=');
  });

  it('centres the camera in the box', () => {
    const svg = staticMapSvg(spec({ camera: point(astana, 6), fit: 'camera', places: [place('centre', astana)] }), emptyBasemap);
    expect(dots(svg).get('centre')).toEqual([200, 100]);
  });

  it('draws a fitted box to cover even when asked for the camera, unless the zoom is capped', () => {
    const wide = staticMapSvg(spec({ camera: bounds([30, 30], [60, 55]), fit: 'camera' }), emptyBasemap);
    expect(wide).not.toContain('static-map-camera');
    expect(wide).not.toMatch(/<svg[^>]* width=/);
    const covered = staticMapSvg(spec({ camera: point(astana, 6) }), emptyBasemap);
    expect(covered).not.toContain('static-map-camera');
  });
});

describe('staticMapSvg fitting bounds (cover)', () => {
  it('fits the bounds inside the box less its padding, centred', () => {
    const sw = place('sw', [32.86, 35.69]);
    const ne = place('ne', [51.39, 55.76]);
    const svg = staticMapSvg(spec({ camera: bounds(sw.coordinates, ne.coordinates), places: [sw, ne] }), emptyBasemap);
    const [x0, y0] = dots(svg).get('sw')!;
    const [x1, y1] = dots(svg).get('ne')!;
    const pad = 200 * FIT_PADDING;
    for (const x of [x0, x1]) expect(x).toBeGreaterThanOrEqual(pad - 0.05);
    for (const x of [x0, x1]) expect(x).toBeLessThanOrEqual(400 - pad + 0.05);
    for (const y of [y0, y1]) expect(y).toBeGreaterThanOrEqual(pad - 0.05);
    for (const y of [y0, y1]) expect(y).toBeLessThanOrEqual(200 - pad + 0.05);
    // Tall bounds in a wide box: the height is what limits them, filled edge to padded edge.
    expect(y0 - y1).toBeCloseTo(200 - 2 * pad, 0);
    expect((x0 + x1) / 2).toBeCloseTo(200, 0);
    expect((y0 + y1) / 2).toBeCloseTo(100, 0);
  });

  it('stops at the camera’s maxZoom for places close together, centred between them', () => {
    const a = place('a', [36.0, 36.0]);
    const b = place('b', [36.2, 36.0]);
    const maxZoom = 5;
    const svg = staticMapSvg(spec({ camera: bounds(a.coordinates, b.coordinates, maxZoom), places: [a, b], fit: 'camera' }), emptyBasemap);
    const [ax, ay] = dots(svg).get('a')!;
    const [bx] = dots(svg).get('b')!;
    expect(bx - ax).toBeCloseTo((0.2 * 512 * 2 ** maxZoom) / 360, 0);
    expect((ax + bx) / 2).toBeCloseTo(200, 0);
    expect(ay).toBeCloseTo(100, 0);
    // Capped, it is drawn at the camera's scale like a point.
    expect(svg).toContain('class="static-map-camera"');
  });
});

describe('staticMapSvg places', () => {
  it('leaves out places outside the frame', () => {
    const astana = place('astana', [71.43, 51.13]);
    // Out of the frame across, down, both ways, and just past the right edge (half width is 200 px, about 2.2° at zoom 6).
    const outside = [place('east', [80, 51.13]), place('north', [71.43, 56]), place('geneva', [6.14, 46.2]), place('edge', [73.7, 51.13])];
    const inside = place('near-edge', [73.5, 51.13]);
    const svg = staticMapSvg(spec({ camera: point(astana.coordinates, 6), places: [astana, ...outside, inside] }), emptyBasemap);
    expect([...dots(svg).keys()]).toEqual(['astana', 'near-edge']);
  });

  it('emphasises active places and links them only when asked', () => {
    const places = [place('a', [36, 36]), place('b', [36.5, 36])];
    const plain = staticMapSvg(spec({ camera: point([36.25, 36], 6), places, activeIds: ['a'] }), emptyBasemap);
    expect(plain).toContain('<g data-static-place="a"><g class="static-dot is-active"');
    expect(plain).toContain('<g data-static-place="b"><g class="static-dot"');
    expect(plain).toContain('role="img"');
    expect(plain).not.toContain('<a ');
    const linked = staticMapSvg(spec({ camera: point([36.25, 36], 6), places, linkPlaces: true }), emptyBasemap);
    expect(linked).toContain('<a href="/places/a" data-static-place="a" aria-label="a, Testland">');
    expect(linked).toContain('role="group"');
  });

  it('escapes names in text and attributes', () => {
    const odd = { ...place('odd', [36, 36], 'Tom & "Jerry" <b>'), country: 'A<B' };
    const svg = staticMapSvg(spec({ camera: point([36, 36], 6), places: [odd], activeIds: ['odd'], linkPlaces: true, title: 'Map: <script>"x"</script>' }), emptyBasemap);
    expect(svg).toContain('<text x="10" y="5">Tom &amp; &quot;Jerry&quot; &lt;b&gt;</text>');
    expect(svg).toContain('aria-label="Tom &amp; &quot;Jerry&quot; &lt;b&gt;, A&lt;B"');
    expect(svg).toContain('aria-label="Map: &lt;script&gt;&quot;x&quot;&lt;/script&gt;"');
    expect(svg).not.toContain('<b>');
    expect(svg).not.toContain('<script>');
  });
});

describe('staticMapSvg labels', () => {
  const candidates: LabelCandidate[] = [
    { id: 'country-TST', kind: 'country', text: 'TESTLAND', width: 5, rank: 1, country: 'TST', anchors: [[36, 36, 0.02, 0]] },
    { id: 'sea-test-sea', kind: 'sea', text: 'Test & Sea', width: 5, rank: 1, anchors: [[34, 34]] },
  ];

  it('names zoomed-out places only when active, as the live map does', () => {
    const places = [place('a', [36, 36]), place('b', [36.2, 36.1])];
    const far = staticMapSvg(spec({ camera: point([36, 36], 6), places, activeIds: ['a'] }), emptyBasemap);
    expect(far).toContain('>a</text>');
    expect(far).not.toContain('>b</text>');
    const near = staticMapSvg(spec({ camera: point([36, 36], 7), places, activeIds: ['a'] }), emptyBasemap);
    expect(near).toContain('>b</text>');
  });

  it('draws placed labels with their hooks, hidden from screen readers, under the places', () => {
    const svg = staticMapSvg(spec({ camera: point([35, 35], 5), width: 800, height: 600, places: [place('a', [36.5, 37])], activeIds: ['a'] }), emptyBasemap, STATIC_MAP_LAYERS, candidates);
    expect(svg).toContain('<g aria-hidden="true" pointer-events="none"');
    expect(svg).toMatch(/<g data-map-label="country-TST" data-label-kind="country" data-country="TST"><text [^>]*>TESTLAND<\/text>/);
    expect(svg).toMatch(/<g data-map-label="sea-test-sea" data-label-kind="sea"><text [^>]*>Test &amp; Sea<\/text>/);
    expect(svg.indexOf('data-map-label')).toBeLessThan(svg.indexOf('data-static-place'));
  });

  it('carries what the page needs to place the labels again for its box, only for maps at a camera zoom', () => {
    const camera = staticMapSvg(spec({ camera: point([35, 35], 5), width: 800, height: 600, fit: 'camera' }), emptyBasemap, STATIC_MAP_LAYERS, candidates);
    const input = /data-label-input="([^"]*)"/.exec(camera)?.[1];
    expect(input).toBeDefined();
    const parsed = JSON.parse(input!.replaceAll('&quot;', '"').replaceAll('&amp;', '&'));
    expect(parsed.zoom).toBeCloseTo(5, 6);
    expect(parsed.center[0]).toBeCloseTo(35, 6);
    expect(parsed.candidates.map((c: LabelCandidate) => c.id)).toEqual(['country-TST', 'sea-test-sea']);
    const cover = staticMapSvg(spec({ camera: point([35, 35], 5), width: 800, height: 600 }), emptyBasemap, STATIC_MAP_LAYERS, candidates);
    expect(cover).not.toContain('data-label-input');
  });
});

describe('staticMapSvg paths', () => {
  const camera = point([36, 36], 6);

  it('snaps points to the grid and drops repeats', () => {
    // Points 0.002° apart, about a fifth of a pixel at zoom 6: several land on each pixel.
    const line = border(Array.from({ length: 200 }, (_, i) => [35.8 + i * 0.002, 36 + Math.sin(i / 10) * 0.05] as LngLat));
    const counts: number[] = [];
    for (const grid of [1, 2, 4]) {
      const d = pathOf(staticMapSvg(spec({ camera, grid }), { type: 'FeatureCollection', features: [line] }), mapColors.border)!;
      const points = d.split(/[ML]/).filter(Boolean);
      expect(points.length).toBeGreaterThan(2);
      expect(points.length).toBeLessThan(200);
      counts.push(points.length);
      for (const p of points) for (const n of p.split(',').map(Number)) expect(Number.isInteger(n / grid)).toBe(true);
      for (let i = 1; i < points.length; i++) expect(points[i]).not.toBe(points[i - 1]);
    }
    // A coarser grid, fewer points.
    expect(counts[1]).toBeLessThan(counts[0]!);
    expect(counts[2]).toBeLessThan(counts[1]!);
  });

  it('drops a line that snaps to a single point', () => {
    const tiny = border([
      [36, 36],
      [36.0001, 36.0001],
    ]);
    const svg = staticMapSvg(spec({ camera }), { type: 'FeatureCollection', features: [tiny] });
    expect(pathOf(svg, mapColors.border)).toBe('');
  });
});

describe('staticMapSvg land and sea', () => {
  const camera = point([36, 36], 6);
  // At zoom 6 the 400 × 200 box spans about 4.4° by 1.8° around the camera.
  const frame = 'M-10,-10L410,-10L410,210L-10,210Z';
  const draw = (...features: BasemapFeature[]) => staticMapSvg(spec({ camera }), { type: 'FeatureCollection', features });

  it('draws nothing for a country out of view, so the sea shows', () => {
    expect(pathOf(draw(country('FAR', [100, 10, 110, 20])), mapColors.land)).toBe('');
  });

  it('fills the frame with a country that covers the view', () => {
    expect(pathOf(draw(country('BIG', [30, 30, 42, 42])), mapColors.land)).toBe(frame);
  });

  it('draws a country in part of the view as its own shape, not the whole frame', () => {
    const d = pathOf(draw(country('WST', [30, 30, 36, 42]), country('FAR', [100, 10, 110, 20])), mapColors.land)!;
    expect(d).not.toContain(frame);
    // The country's east edge is the camera's meridian, the middle of the box.
    expect(d).toMatch(/L200,/);
    expect(d.match(/M/g)).toHaveLength(1);
  });

  it('fills highlighted countries in their own colour and only them', () => {
    const svg = staticMapSvg(spec({ camera, highlight: ['EST'] }), { type: 'FeatureCollection', features: [country('WST', [30, 30, 36, 42]), country('EST', [36, 30, 42, 42])] });
    const land = pathOf(svg, mapColors.land)!;
    const highlighted = pathOf(svg, mapColors.highlight)!;
    expect(land).not.toBe('');
    expect(highlighted).not.toBe('');
    const xs = (d: string) => d.split(/[MLZ]/).filter(Boolean).map((p) => Number(p.split(',')[0]));
    // West of the camera's meridian (x 200) is land, east of it the highlight.
    expect(Math.max(...xs(land))).toBe(200);
    expect(Math.min(...xs(highlighted))).toBe(200);
  });
});

describe('staticMapSvg layers', () => {
  it('draws sea, land, highlight, borders, routes, labels (with callouts), places and the locator, bottom first', () => {
    expect(STATIC_MAP_LAYERS.map((layer) => layer.id)).toEqual(['sea', 'land', 'highlight', 'borders', 'routes', 'labels', 'places', 'locator']);
    const svg = staticMapSvg(spec({ camera: point([36, 36], 6), places: [place('a', [36, 36])] }), { type: 'FeatureCollection', features: [border([[35, 36], [37, 36]])] });
    const at = (needle: string) => svg.indexOf(needle);
    expect(at(`fill="${mapColors.sea}"`)).toBeGreaterThan(0);
    expect(at(`fill="${mapColors.sea}"`)).toBeLessThan(at(`fill="${mapColors.land}"`));
    expect(at(`fill="${mapColors.land}"`)).toBeLessThan(at(`stroke="${mapColors.border}"`));
    expect(at(`stroke="${mapColors.border}"`)).toBeLessThan(at('data-static-place="a"'));
    // Nothing highlighted: no empty highlight path.
    expect(svg).not.toContain(mapColors.highlight);
  });

  it('takes another layer as one more entry in the list', () => {
    const frame: StaticMapLayer = { id: 'frame', render: ({ spec: { width, height } }) => `<rect data-test-frame="" width="${width}" height="${height}"/>` };
    const svg = staticMapSvg(spec({ camera: point([36, 36], 6) }), emptyBasemap, [...STATIC_MAP_LAYERS, frame]);
    expect(svg).toMatch(/<rect data-test-frame="" width="400" height="200"\/><\/svg>$/);
  });
});

describe('the locator inset of a static map', () => {
  const basemap: BasemapCollection = { type: 'FeatureCollection', features: [country('SYR', [35.7, 32.3, 42.4, 37.3]), country('TUR', [26, 37.3, 44.8, 42.1])] };
  const locator = locatorForStep([{ name: 'Aleppo', coordinates: [37.13, 36.2], countryCode: 'SYR' }], countryIndex(basemap))!;
  const inset = (svg: string) => /<g data-static-locator=""()><svg x="([\d.]+)" y="([\d.]+)" width="(\d+)" height="(\d+)"[^>]*>(.*?)<\/svg>/.exec(svg);

  it('draws the inset, named, in the top right corner of a close-up, with the view marked', () => {
    const svg = staticMapSvg(spec({ camera: point([37.13, 36.2], LOCATOR_MIN_ZOOM), locator }), basemap);
    const found = inset(svg);
    const [x, y, width] = [Number(found?.[2]), Number(found?.[3]), Number(found?.[4])];
    expect(x + width).toBe(400 - 8);
    expect(y).toBe(8);
    // The view, 400 × 200 at zoom 6, around Aleppo: the same mark the live overlay computes.
    const mark = locatorMark(locator.frame, viewBounds([37.13, 36.2], LOCATOR_MIN_ZOOM, 400, 200));
    expect(mark?.kind).toBe('rect');
    if (mark?.kind === 'rect') expect(found?.[6]).toContain(`<rect x="${mark.x}" y="${mark.y}" width="${mark.width}" height="${mark.height}"`);
    expect(found?.[6]).toContain(`fill="${LOCATOR_COUNTRY_FILL}"`);
  });

  it('leaves it out at regional zooms, without a locator, and on maps cropped by their box', () => {
    expect(inset(staticMapSvg(spec({ camera: point([37.13, 36.2], LOCATOR_MIN_ZOOM - 0.5), locator }), basemap))).toBeNull();
    expect(inset(staticMapSvg(spec({ camera: point([37.13, 36.2], 8) }), basemap))).toBeNull();
    expect(inset(staticMapSvg(spec({ camera: point([37.13, 36.2], 8), locator, fit: 'camera' }), basemap))).toBeNull();
  });

  it('serves the same background as the live locator’s image', () => {
    expect(locatorImageSvg(locator, basemap)).toContain(locatorBackground(locator, basemap));
    expect(locatorImageSvg(locator, basemap)).toMatch(/^<svg [^>]*viewBox="0 0 160 120"/);
  });
});

describe('staticMapSvg story layers', () => {
  const candidates: LabelCandidate[] = [{ id: 'country-TST', kind: 'country', text: 'TESTLAND', width: 5, rank: 1, country: 'TST', anchors: [[36, 36, 0.05, 0]] }];
  const layers = {
    routes: [{ key: 'a>b', directed: true, from: [30, 36] as LngLat, to: [40, 36] as LngLat }],
    annotations: [{ text: 'Right here', at: [36, 36] as LngLat }],
  };

  it('draws connections under the labels, and callouts the labels keep clear of', () => {
    const svg = staticMapSvg(spec({ camera: point([35, 36], 5), width: 800, height: 600, layers }), emptyBasemap, STATIC_MAP_LAYERS, candidates);
    expect(svg).toMatch(/<g data-map-route="a&gt;b" data-drawn="full">/);
    expect(svg.indexOf('data-map-route')).toBeLessThan(svg.indexOf('data-map-labels'));
    expect(svg).toContain('<g data-map-annotation="Right here"');
    // The country's only anchor is where the callout's ring sits: its label gives way.
    expect(svg).not.toContain('data-map-label="country-TST"');
    const without = staticMapSvg(spec({ camera: point([35, 36], 5), width: 800, height: 600 }), emptyBasemap, STATIC_MAP_LAYERS, candidates);
    expect(without).toContain('data-map-label="country-TST"');
    expect(without).not.toContain('data-map-route');
  });

  it('passes the callouts on to be placed again for the box, at a camera zoom', () => {
    const svg = staticMapSvg(spec({ camera: point([35, 36], 5), width: 800, height: 600, fit: 'camera', layers }), emptyBasemap, STATIC_MAP_LAYERS, candidates);
    const input = JSON.parse(/data-label-input="([^"]*)"/.exec(svg)![1]!.replaceAll('&quot;', '"').replaceAll('&amp;', '&'));
    expect(input.annotations).toEqual(layers.annotations);
  });
});
