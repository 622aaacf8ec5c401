import { describe, expect, it } from 'vitest';
import { FIT_MAX_ZOOM } from '@/app/_lib/content/step-camera';
import type { Place } from '@/app/_lib/content/schema';
import { countryIndex } from '@/app/_lib/map/basemap/country-index';
import { EMBED_MAP, PLACE_MAP, READER_MAP, STORY_MAP, staticMapForPlace, staticMapForStep } from '@/app/_lib/map/static/spec';

const place = (id: string, name: string, coordinates: [number, number], zoom = 7): Place => ({
  id,
  name,
  aliases: [],
  coordinates,
  country: 'Syria',
  countryCode: 'SYR',
  kind: 'city',
  context: 'A place for tests.',
  zoom,
});

const aleppo = place('aleppo', 'Aleppo', [37.16, 36.2]);
const damascus = place('damascus', 'Damascus', [36.29, 33.51]);
const idlib = place('idlib', 'Idlib', [36.63, 35.93]);
const byId = new Map([aleppo, damascus, idlib].map((p) => [p.id, p]));

describe('staticMapForStep', () => {
  const oneplace = { places: ['aleppo'], countries: ['SYR', 'TUR'], camera: {} };
  const twoplaces = { places: ['aleppo', 'damascus'], countries: [], camera: {} };

  it("draws the step's camera, places, highlights and title", () => {
    const spec = staticMapForStep(twoplaces, { byId }, READER_MAP);
    expect(spec).toEqual({
      camera: { kind: 'bounds', bounds: [[36.29, 33.51], [37.16, 36.2]], maxZoom: FIT_MAX_ZOOM, pitch: 0, bearing: 0 },
      width: 360,
      height: 220,
      fit: 'cover',
      grid: 2,
      linkPlaces: false,
      places: [aleppo, damascus],
      activeIds: ['aleppo', 'damascus'],
      highlight: [],
      title: 'Map: Aleppo, Damascus',
      layers: { routes: [], annotations: [] },
    });
  });

  it("carries the step's connections and callouts with their places resolved", () => {
    const spec = staticMapForStep(
      { ...twoplaces, routes: [{ from: 'aleppo', to: 'damascus', directed: true }], annotations: [{ text: 'Here', place: 'damascus' }] },
      { byId },
      READER_MAP,
    );
    expect(spec.layers).toEqual({
      routes: [{ key: 'aleppo>damascus', directed: true, from: aleppo.coordinates, to: damascus.coordinates }],
      annotations: [{ text: 'Here', at: damascus.coordinates, place: 'damascus' }],
    });
  });

  it('caps a single place at the size’s zoom, and only a single place', () => {
    expect(staticMapForStep(oneplace, { byId }, READER_MAP).camera).toMatchObject({ kind: 'point', zoom: 6 });
    expect(staticMapForStep({ ...oneplace, camera: { zoom: 4 } }, { byId }, READER_MAP).camera).toMatchObject({ zoom: 4 });
    expect(staticMapForStep(oneplace, { byId }, STORY_MAP).camera).toMatchObject({ kind: 'point', zoom: 7 });
    expect(staticMapForStep({ ...twoplaces, camera: { zoom: 9 } }, { byId }, READER_MAP).camera).toMatchObject({ kind: 'bounds', maxZoom: 9 });
  });

  it("draws every place of the page's story around the step's own, with the step's active", () => {
    const spec = staticMapForStep(oneplace, { byId, storyPlaces: [idlib, aleppo, damascus] }, STORY_MAP);
    expect(spec.places).toEqual([idlib, aleppo, damascus]);
    expect(spec.activeIds).toEqual(['aleppo']);
    expect(spec.highlight).toEqual(['SYR', 'TUR']);
    expect(spec.title).toBe('Map: Aleppo');
    expect(spec).toMatchObject({ width: 1400, height: 1100, fit: 'camera', linkPlaces: true });
  });

  it('keeps links out of an embed', () => {
    expect(staticMapForStep(oneplace, { byId }, EMBED_MAP)).toMatchObject({ width: 1200, height: 900, fit: 'camera', linkPlaces: false });
  });

  it('refuses a step with an unknown place', () => {
    expect(() => staticMapForStep({ places: ['atlantis'], countries: [], camera: {} }, { byId }, READER_MAP)).toThrow(/unknown place "atlantis"/);
  });
});

describe('staticMapForPlace', () => {
  it('centres the place, caps its zoom and highlights its country', () => {
    expect(staticMapForPlace(aleppo, PLACE_MAP)).toEqual({
      camera: { kind: 'point', center: [37.16, 36.2], zoom: 6, pitch: 0, bearing: 0 },
      width: 640,
      height: 360,
      fit: 'cover',
      grid: 1,
      linkPlaces: false,
      places: [aleppo],
      activeIds: ['aleppo'],
      highlight: ['SYR'],
      title: 'Map of Aleppo, Syria',
    });
  });
});

describe('the locator in a static map’s name', () => {
  const syria = { type: 'Feature' as const, properties: { kind: 'country' as const, iso3: 'SYR', name: 'Syria' }, geometry: { type: 'Polygon' as const, coordinates: [[[35.7, 32.3], [42.4, 32.3], [42.4, 37.3], [35.7, 37.3], [35.7, 32.3]]] } };
  const countries = countryIndex({ type: 'FeatureCollection', features: [syria] });
  const near = { ...aleppo, zoom: 7 };

  it('names the inset where a close-up drawn whole shows it, not at a regional zoom', () => {
    expect(staticMapForPlace(near, PLACE_MAP, countries).title).toBe('Map of Aleppo, Syria. Locator map: the view shows the area around Aleppo, in north-western Syria');
    expect(staticMapForPlace({ ...near, zoom: 5 }, PLACE_MAP, countries).title).toBe('Map of Aleppo, Syria');
  });
});
