import { describe, expect, it } from 'vitest';
import { parseGazetteer } from '@/app/_lib/content/gazetteer';
import type { PlacePage } from '@/app/_lib/content/story-pages';
import { liveCamera } from '@/app/_lib/map/static/handoff';
import { layoutStaticMap } from '@/app/_lib/map/static/layout';
import { PLACE_MAP, PLACE_MAP_PHONE, staticMapForPlace } from '@/app/_lib/map/static/spec';
import { placeMapView } from '@/app/_lib/reading/place-view';

const { gazetteer } = parseGazetteer(
  [
    { id: 'aleppo', name: 'Aleppo', aliases: [], coordinates: [37.1, 36.2], country: 'Syria', countryCode: 'SYR', kind: 'city', context: 'c', zoom: 7, ar: { name: 'حلب', context: 'ع' } },
    { id: 'astana', name: 'Astana', aliases: [], coordinates: [71.4, 51.1], country: 'Kazakhstan', countryCode: 'KAZ', kind: 'capital', context: 'c', zoom: 5 },
  ],
  'places.json',
);

const step = (id: string, text: string) => ({ id, places: ['aleppo'], text }) as PlacePage['mentions'][number]['step'];
const chapter = (slug: string, title: string) => ({ slug, title }) as PlacePage['mentions'][number]['chapter'];
const widthOf = (text: string) => text.length * 0.6;

describe('placeMapView', () => {
  const aleppo = gazetteer.byId.get('aleppo')!;
  const long = 'word '.repeat(60);
  const view = placeMapView({ place: aleppo, mentions: [{ chapter: chapter('a', 'Chapter A'), step: step('a-1', long) }, { chapter: chapter('b', 'B'), step: step('b-2', 'Short.') }] }, new Map(), widthOf);

  const drawnZoom = (id: string, size = PLACE_MAP) => layoutStaticMap(staticMapForPlace(gazetteer.byId.get(id)!, size), { candidates: [], widthOf }).camera.zoom;

  it('opens where the static place map stands: the place in the middle, at the image\'s zoom (capped)', () => {
    expect(view.camera.center[0]).toBeCloseTo(37.1, 6);
    expect(view.camera.center[1]).toBeCloseTo(36.2, 6);
    expect(view.camera.zoom).toBe(drawnZoom('aleppo'));
    expect(view.target).toMatchObject({ kind: 'point', center: [37.1, 36.2], zoom: PLACE_MAP.maxPointZoom });
    expect(view.drawnWidth).toBe(PLACE_MAP.width);
    // Shown at half its width, the live map opens one zoom level out.
    expect(liveCamera(view.camera, view.drawnWidth, PLACE_MAP.width / 2).zoom).toBeCloseTo(view.camera.zoom - 1, 9);
  });

  it('gives a phone\'s image its own camera: the page shows the phone image on screens 640 px wide or narrower', () => {
    expect(view.phone.drawnWidth).toBe(PLACE_MAP_PHONE.width);
    expect(view.phone.camera.zoom).toBe(drawnZoom('aleppo', PLACE_MAP_PHONE));
    expect(view.phone.camera.center[0]).toBeCloseTo(37.1, 6);
  });

  it('keeps a place zoomed out below the cap as it is', () => {
    const astana = placeMapView({ place: gazetteer.byId.get('astana')!, mentions: [] }, new Map(), widthOf);
    expect(astana.target).toMatchObject({ zoom: 5 });
    expect(astana.camera.zoom).toBe(drawnZoom('astana'));
    expect(astana.camera.zoom).toBeLessThan(view.camera.zoom);
    expect(astana.mentions).toEqual([]);
  });

  it('carries what the popup says, not the Arabic edition, and the name measured', () => {
    expect(view.place).not.toHaveProperty('ar');
    expect(view.place).toMatchObject({ id: 'aleppo', name: 'Aleppo', context: 'c' });
    expect(view.mentions.map((m) => [m.id, m.chapter])).toEqual([['a-1', 'a'], ['b-2', 'b']]);
    expect(view.mentions[0]!.excerpt.length).toBeLessThanOrEqual(141);
    expect(view.chapterTitles).toEqual({ a: 'Chapter A', b: 'B' });
    expect(view.widths).toEqual({ '600|Aleppo': 'Aleppo'.length * 0.6 });
  });

  it('has no locator without the basemap\'s countries', () => {
    expect(view.locator).toBeNull();
  });
});
