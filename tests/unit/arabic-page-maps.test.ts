import { describe, expect, it } from 'vitest';
import { mapAnnouncement } from '@/app/_lib/map/announcement';
import { describeAreas, keyLineText, mapKey, routeKeyLines } from '@/app/_lib/map/key';
import { getMapEdition } from '@/app/_lib/map/edition/map-edition.server';
import { MAP_WORDS } from '@/app/_lib/map/map-words';
import { hasArabic } from '@/app/_lib/map/text/script';
import { pageMap } from '@/app/_lib/publishing/edition-map.server';
import { firstViewSvg } from '@/app/_lib/publishing/first-view.server';
import { placeMapResponse, readerMapResponse } from '@/app/_lib/publishing/map-files.server';

/*
 * The Arabic pages' maps are composed from the Arabic edition's data: the live map's view, the
 * first views, the reader's thumbnails and the place maps name places, countries and areas in
 * Arabic and speak the map's own words in Arabic. English words in them would be a fallback.
 */

/** Latin words a map's text may not hold in Arabic: letters, but not a lone acronym's (none is drawn today). */
const latinWords = (text: string) => text.match(/[A-Za-z]{3,}/g) ?? [];
/** The text a drawn SVG shows: its <text> and <title> contents. */
const shownText = (svg: string) => [...svg.matchAll(/<(text|title)[^>]*>([^<]*)</g)].map((m) => m[2]!).join(' ');

describe("the Arabic pages' maps", () => {
  it('drive the live map with Arabic names, countries, contexts, key lines, locators and popups', async () => {
    const { view } = await pageMap('ar', { kind: 'story' });
    const english = (await pageMap('en', { kind: 'story' })).view;
    expect(view.steps.map((s) => s.id)).toEqual(english.steps.map((s) => s.id));
    for (const place of view.places) {
      expect(hasArabic(place.name), place.id).toBe(true);
      expect(hasArabic(place.country), place.id).toBe(true);
      expect(hasArabic(place.context), place.id).toBe(true);
    }
    const keyText = view.steps.flatMap((step) => step.key.map(keyLineText));
    expect(keyText.length).toBeGreaterThan(10);
    expect(keyText.filter((text) => !hasArabic(text) || latinWords(text).length)).toEqual([]);
    const locators = view.steps.flatMap((step) => (step.locator ? [step.locator.label] : []));
    expect(locators.length).toBeGreaterThan(5);
    expect(locators.filter((label) => !hasArabic(label) || latinWords(label).length)).toEqual([]);
    expect(view.areas.filter((area) => !hasArabic(area.name)).map((a) => a.id)).toEqual([]);
  });

  it('draw first views in Arabic, as files of the Arabic edition', async () => {
    const { views } = await pageMap('ar', { kind: 'chapter', slug: 'first-round' });
    expect(views!.map((v) => v.file)).toEqual(['/ar/maps/view/chapter-first-round-phone.svg', '/ar/maps/view/chapter-first-round-laptop.svg']);
    const svg = (await firstViewSvg('chapter-first-round-laptop.svg', 'ar'))!;
    expect(hasArabic(shownText(svg))).toBe(true);
    expect(latinWords(shownText(svg))).toEqual([]);
    // The English file is still English, its callout italic; Arabic has no italic, and its callout stands upright.
    const englishSvg = (await firstViewSvg('chapter-first-round-laptop.svg'))!;
    expect(latinWords(shownText(englishSvg)).length).toBeGreaterThan(3);
    expect(englishSvg).toMatch(/<g data-map-annotation="[^"]+"[^>]*>(<circle[^>]*>)?<text[^>]* font-style="italic"/);
    expect(svg).toMatch(/<g data-map-annotation="[^"]+"/);
    expect(svg).not.toContain('font-style="italic"');
  });

  it("draw the reader's thumbnails and the place maps in Arabic, with English ones at the English paths", async () => {
    const { chapters } = await getMapEdition('ar');
    const step = chapters.find((c) => c.steps.some((s) => s.routes.length))!.steps.find((s) => s.routes.length)!;
    for (const response of [await readerMapResponse('ar', `${step.id}.svg`), await placeMapResponse('ar', 'aleppo.svg'), await placeMapResponse('ar', 'aleppo-phone.svg')]) {
      expect(response.status).toBe(200);
      const text = shownText(await response.text());
      expect(hasArabic(text)).toBe(true);
      expect(latinWords(text)).toEqual([]);
    }
    const json = (await (await placeMapResponse('ar', 'aleppo.json')).json()) as { place: { name: string; country: string } };
    expect(json.place.name).toBe('حلب');
    expect(hasArabic(json.place.country)).toBe(true);
    expect((await readerMapResponse('ar', 'no-such-step.svg')).status).toBe(404);
    expect((await placeMapResponse('ar', 'aleppo-phone.json')).status).toBe(404);
  });
});

describe("the map's own words in Arabic", () => {
  const names: Record<string, string> = { moscow: 'موسكو', ankara: 'أنقرة', tehran: 'طهران', astana: 'أستانا', geneva: 'جنيف', sochi: 'سوتشي' };
  const nameOf = (id: string) => names[id] ?? id;
  const placeOf = (id: string) => ({ name: nameOf(id), country: 'روسيا' });
  const words = MAP_WORDS.ar;

  it('say what joins what, and where, in Arabic', () => {
    const routes = ['moscow', 'ankara', 'tehran'].map((from) => ({ from, to: 'astana', directed: true }));
    expect(mapAnnouncement({ places: [], routes }, placeOf, [], words)).toBe('خريطة: موسكو وأنقرة وطهران إلى أستانا');
    const linked = [{ from: 'astana', to: 'geneva', directed: false }];
    expect(mapAnnouncement({ places: ['astana', 'geneva', 'sochi'], routes: linked }, placeOf, [], words)).toBe('خريطة: صلة بين أستانا وجنيف؛ سوتشي، روسيا');
    expect(routeKeyLines([{ from: 'moscow', to: 'astana', directed: true, label: 'مبعوث' }], nameOf, words)).toEqual([{ kind: 'route', label: 'مبعوث', names: ['موسكو إلى أستانا'] }]);
  });

  it('key hatched areas as schematic, and join names with the Arabic comma', () => {
    const countries = new Map([
      ['RUS', { name: 'روسيا' }],
      ['TUR', { name: 'تركيا' }],
    ]) as unknown as Parameters<typeof mapKey>[1];
    const key = mapKey([{ label: 'الضامنون', countries: ['RUS', 'TUR'] }, { label: 'مناطق المذكرة', areas: ['idlib'] }], countries, words);
    expect(keyLineText(key[0]!)).toBe('الضامنون: روسيا، تركيا');
    expect(describeAreas(key, () => 'محافظة إدلب', words)).toEqual(['تخطيطي: مناطق المذكرة، مخطّطة: محافظة إدلب']);
  });
});
