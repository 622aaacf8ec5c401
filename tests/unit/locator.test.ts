import { geoMercator } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import type { Bounds } from '@/app/_lib/geometry/bounds';
import { countryIndex } from '@/app/_lib/map/basemap/country-index';
import { compassPart, frameForBounds, LOCATOR_MIN_ZOOM, LOCATOR_SIZE, locatorForStep, locatorMark, MIN_MARK_SIZE, projectToLocator, showsLocator, type LocatorFrame } from '@/app/_lib/map/locator';
import { scaleForZoom } from '@/app/_lib/geometry/mercator';
import type { BasemapCollection } from '@/app/_lib/map/basemap/types';

const syria: Bounds = [
  [35.7, 32.3],
  [42.4, 37.3],
];
const frame: LocatorFrame = { center: [38, 35], zoom: 3, width: 160, height: 120 };

describe('the locator threshold', () => {
  it('shows from zoom 6 in, not at regional zooms', () => {
    expect(LOCATOR_MIN_ZOOM).toBe(6);
    expect(showsLocator(5.99)).toBe(false);
    expect(showsLocator(6)).toBe(true);
    expect(showsLocator(8.5)).toBe(true);
  });
});

describe('projectToLocator', () => {
  it('agrees with d3 Web Mercator at MapLibre scale, which draws the static maps and the locator image', () => {
    const d3 = geoMercator().scale(scaleForZoom(frame.zoom)).center(frame.center).translate([frame.width / 2, frame.height / 2]);
    for (const point of [[37.13, 36.2], [30, 40], [45, 31]] as const) {
      const [x, y] = projectToLocator(frame, [...point]);
      const [ex, ey] = d3([...point])!;
      expect(x).toBeCloseTo(ex, 6);
      expect(y).toBeCloseTo(ey, 6);
    }
  });
});

describe('frameForBounds', () => {
  it('puts the country in the middle half of the locator, its neighbours around it', () => {
    const f = frameForBounds(syria);
    const [x0, y0] = projectToLocator(f, [35.7, 37.3]);
    const [x1, y1] = projectToLocator(f, [42.4, 32.3]);
    expect(x0).toBeGreaterThanOrEqual(LOCATOR_SIZE.width * 0.25 - 0.5);
    expect(x1).toBeLessThanOrEqual(LOCATOR_SIZE.width * 0.75 + 0.5);
    expect(y0).toBeGreaterThanOrEqual(LOCATOR_SIZE.height * 0.25 - 0.5);
    expect(y1).toBeLessThanOrEqual(LOCATOR_SIZE.height * 0.75 + 0.5);
    // It fills one of the two directions.
    expect(Math.max((x1 - x0) / LOCATOR_SIZE.width, (y1 - y0) / LOCATOR_SIZE.height)).toBeCloseTo(0.5, 1);
  });

  it('keeps a small country at a regional zoom and a huge one within the zoom range', () => {
    expect(frameForBounds([[35.5, 33.9], [36, 34.3]]).zoom).toBe(4.5);
    expect(frameForBounds([[-10, 10], [170, 80]]).zoom).toBe(1.5);
  });
});

describe('locatorMark', () => {
  it('draws a close-up as a rectangle around the view, containing its centre', () => {
    const view: Bounds = [[36.5, 35.7], [37.8, 36.7]];
    const mark = locatorMark(frame, view);
    expect(mark?.kind).toBe('rect');
    const [cx, cy] = projectToLocator(frame, [37.15, 36.2]);
    if (mark?.kind !== 'rect') throw new Error('rect expected');
    expect(cx).toBeGreaterThan(mark.x);
    expect(cx).toBeLessThan(mark.x + mark.width);
    expect(cy).toBeGreaterThan(mark.y);
    expect(cy).toBeLessThan(mark.y + mark.height);
    expect(mark.width).toBeGreaterThanOrEqual(MIN_MARK_SIZE);
  });

  it('marks a view too small to see with a dot and a ring at its centre', () => {
    const mark = locatorMark(frame, [[37.1, 36.19], [37.2, 36.21]]);
    const [cx, cy] = projectToLocator(frame, [37.15, 36.2]);
    expect(mark).toEqual({ kind: 'dot', x: Math.round(cx * 10) / 10, y: Math.round(cy * 10) / 10, r: expect.any(Number) });
  });

  it('clips a view larger than the locator to its edges', () => {
    expect(locatorMark(frame, [[0, 10], [80, 60]])).toEqual({ kind: 'rect', x: 0, y: 0, width: frame.width, height: frame.height });
  });

  it('clips a view that runs off one side, and draws nothing for a view wholly outside', () => {
    const mark = locatorMark(frame, [[40, 33], [60, 37]]);
    expect(mark).toMatchObject({ kind: 'rect' });
    if (mark?.kind === 'rect') expect(mark.x + mark.width).toBe(frame.width);
    expect(locatorMark(frame, [[-5, 50], [0, 52]])).toBeNull();
    expect(locatorMark(frame, [[-5.1, 50], [-5, 50.1]])).toBeNull();
  });
});

describe('the locator of a step', () => {
  const square = (w: number, s: number, e: number, n: number) => [[[w, s], [e, s], [e, n], [w, n], [w, s]]];
  const basemap: BasemapCollection = {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: { kind: 'country', iso3: 'SYR', name: 'Syria' }, geometry: { type: 'MultiPolygon', coordinates: [square(35.7, 32.3, 42.4, 37.3), square(35.9, 34.8, 36, 34.9)] } },
      { type: 'Feature', properties: { kind: 'country', iso3: 'TUR', name: 'Turkey' }, geometry: { type: 'Polygon', coordinates: square(26, 36, 44.8, 42.1) } },
      { type: 'Feature', properties: { kind: 'border' }, geometry: { type: 'LineString', coordinates: [[36, 36], [42, 37]] } },
    ],
  };
  const countries = countryIndex(basemap);
  const aleppo = { name: 'Aleppo', coordinates: [37.13, 36.2] as [number, number], countryCode: 'SYR' };
  const daraa = { name: 'Daraa', coordinates: [36.1, 32.6] as [number, number], countryCode: 'SYR' };
  const raqqa = { name: 'Raqqa', coordinates: [39.0, 35.95] as [number, number], countryCode: 'SYR' };
  const gaziantep = { name: 'Gaziantep', coordinates: [37.4, 37.1] as [number, number], countryCode: 'TUR' };

  it('frames the mainland of the first place’s country', () => {
    expect(countries.get('SYR')?.bounds).toEqual(syria);
    expect(locatorForStep([aleppo], countries)?.frame).toEqual(frameForBounds(syria));
    expect(locatorForStep([aleppo], countries)?.country).toBe('SYR');
  });

  it('names the places and where they lie in their country', () => {
    expect(locatorForStep([aleppo], countries)?.label).toBe('Locator map: the view shows the area around Aleppo, in north-western Syria');
    expect(locatorForStep([raqqa], countries)?.label).toBe('Locator map: the view shows the area around Raqqa, in northern Syria');
    expect(locatorForStep([aleppo, daraa], countries)?.label).toBe('Locator map: the view shows the area around Aleppo and Daraa, in western Syria');
    expect(locatorForStep([gaziantep, aleppo], countries)?.label).toBe('Locator map: the view shows the area around Gaziantep and Aleppo, in Turkey and Syria');
    // In the story's British English, as its announcements: no serial comma.
    expect(locatorForStep([aleppo, raqqa, daraa], countries)?.label).toBe('Locator map: the view shows the area around Aleppo, Raqqa and Daraa, in western Syria');
  });

  it('has no locator for a country the basemap does not draw', () => {
    expect(locatorForStep([{ ...aleppo, countryCode: 'XXX' }], countries)).toBeNull();
  });

  it('reads compass parts by thirds', () => {
    expect(compassPart([39, 35], syria)).toBe('central');
    expect(compassPart([42, 37], syria)).toBe('north-eastern');
    expect(compassPart([36, 33], syria)).toBe('south-western');
    expect(compassPart([41.5, 35], syria)).toBe('eastern');
  });
});
