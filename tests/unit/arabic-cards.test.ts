import { describe, expect, it } from 'vitest';
import { formatDateRange } from '@/app/_lib/content/dates';
import { loadStory } from '@/app/_lib/content/loader.server';
import { gazetteerInLanguage } from '@/app/_lib/content/edition-names';
import { STRINGS } from '@/app/_lib/edition/strings';
import { getCountryIndex } from '@/app/_lib/map/basemap/reader.server';
import { arabicCountryIndex } from '@/app/_lib/map/labels/arabic-names.server';
import { layoutOf } from '@/app/_lib/map/static/static-map.server';
import { MAP_WEIGHTS } from '@/app/_lib/map/text/font';
import { hasArabic } from '@/app/_lib/map/text/script';
import { loadShaper } from '@/app/_lib/map/text/shaper.server';
import { chapterCard, placeCard, storyCard } from '@/app/_lib/publishing/share-card/cards';
import { editionCard } from '@/app/_lib/publishing/share-card/edition-cards.server';
import { CARD_HEIGHT, CARD_MAP_WIDTH, CARD_WIDTH, layoutCardText, shareCardSvg, type Measure } from '@/app/_lib/publishing/share-card/layout';
import { cardMeasure, renderShareCard } from '@/app/_lib/publishing/share-card/render.server';
import { root } from './repo';

/*
 * Share cards drawn in Arabic with resvg. OCR cannot be trusted with Arabic, so the check is
 * the font's: every letter a card's map draws has a glyph in Noto Sans Arabic (no .notdef box),
 * shaped as resvg shapes it. The PNGs were looked at too (docs/map.md).
 */

const arabic = await loadStory({ lang: 'ar', includeDrafts: false });
const { gazetteer } = gazetteerInLanguage(arabic.gazetteer, 'ar');
const cards = [
  ...arabic.chapters.map((chapter) => ({ where: `card of ${chapter.slug}`, card: chapterCard(chapter, gazetteer, 'ar') })),
  { where: 'card of the story', card: storyCard(arabic.chapters, gazetteer, STRINGS.ar.storyTitle, 'ar') },
  ...gazetteer.places.map((place) => ({ where: `card of ${place.id}`, card: placeCard({ ...place, country: 'سوريا' }, 'ar') })),
];

/** Every character is half the font size wide: enough to test the layout without a font. */
const monospace: Measure = (text, fontSize) => text.length * fontSize * 0.5;
const LATIN = /[A-Za-z]/;
const MAP = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 630"><rect width="640" height="630"/></svg>';

describe('Arabic share cards: their words', () => {
  it('give a chapter its Arabic title, its dates in Arabic and an Arabic alt text', async () => {
    for (const chapter of arabic.chapters) {
      const card = (await editionCard('ar', 'chapter', chapter.slug))!;
      expect(card.title).toBe(chapter.title);
      expect(card.kicker).toBe(formatDateRange(chapter.dates.start, chapter.dates.end, 'ar'));
      expect(card.alt.startsWith(`${chapter.title}: خريطة`)).toBe(true);
      for (const text of [card.title, card.kicker, card.alt]) expect(text, chapter.slug).not.toMatch(LATIN);
      expect(card.map.lang).toBe('ar');
      expect(card.map.scene.places.every((place) => hasArabic(place.name))).toBe(true);
    }
  });

  it('give the story the edition’s title and an Arabic kicker', async () => {
    const card = (await editionCard('ar', 'story'))!;
    expect(card.title).toBe(STRINGS.ar.storyTitle);
    expect(card.kicker).toBe('قصة على الخريطة · 2017');
    expect(card.alt).toMatch(/^محادثات أستانا: .*: خريطة تُظهر أستانا، /);
    expect(card.alt).not.toMatch(LATIN);
    expect(card.map.lang).toBe('ar');
  });

  it('name a place and its country in Arabic, from the gazetteer and the maintained country names', async () => {
    const card = (await editionCard('ar', 'place', 'aleppo'))!;
    expect(card.title).toBe('حلب، سوريا');
    expect(card.kicker).toBe('مكان في القصة · مدينة');
    expect(card.alt).toBe('خريطة حلب، سوريا');
    expect(card.map.lang).toBe('ar');
    const countries = await arabicCountryIndex(await getCountryIndex());
    for (const place of gazetteer.places) {
      const own = (await editionCard('ar', 'place', place.id))!;
      expect(own.title).toBe(`${place.name}، ${countries.get(place.countryCode)!.name}`);
      expect(own.title + own.kicker + own.alt).not.toMatch(LATIN);
    }
  });

  it('leave the English cards as the English routes drew them', async () => {
    const english = await loadStory({ lang: 'en' });
    const chapter = english.chapters[0]!;
    expect(await editionCard('en', 'chapter', chapter.slug)).toEqual(chapterCard(chapter, english.gazetteer));
    expect(await editionCard('en', 'place', 'aleppo')).toEqual(placeCard(english.gazetteer.byId.get('aleppo')!));
    expect(await editionCard('en', 'story')).toEqual(storyCard(english.chapters, english.gazetteer, STRINGS.en.storyTitle));
    expect(await editionCard('ar', 'chapter', 'no-such-chapter')).toBeUndefined();
    expect(await editionCard('ar', 'place', 'no-such-place')).toBeUndefined();
  });
});

describe('Arabic share cards: right to left', () => {
  const text = layoutCardText({ kicker: '23–24 كانون الثاني 2017', title: 'في أستانا، جولة أولى من المحادثات' }, monospace, 'ar');
  const svg = shareCardSvg(MAP, text);
  const texts = [...svg.matchAll(/<text ([^>]*)>([^<]*)<\/text>/g)].map(([, attributes, content]) => ({ attributes: attributes!, content: content! }));

  it('keeps the kicker as written (no upper case) and measures each line for its anchor', () => {
    expect(text.kicker).toBe('23–24 كانون الثاني 2017');
    expect(text.rtl?.footer).toBe(STRINGS.ar.siteName);
    expect(text.rtl?.widths.lines).toHaveLength(text.lines.length);
  });

  it('mirrors the card: the map on the left, the rule beside it, the text panel on the right', () => {
    expect(svg).toContain(`<svg x="0" y="0" width="${CARD_MAP_WIDTH}" height="${CARD_HEIGHT}">`);
    expect(svg).toContain(`<rect x="${CARD_MAP_WIDTH}" width="6"`);
    expect(texts.map((t) => t.content.replace(/[\u202B\u202C]/g, ''))).toEqual([text.kicker, ...text.lines, STRINGS.ar.siteName]);
    for (const { attributes, content } of texts) {
      // resvg ignores `direction`: each line is anchored at its middle, its right edge at the panel's right margin.
      expect(attributes).toContain('text-anchor="middle" direction="rtl"');
      expect(attributes).toContain('font-family="Noto Sans Arabic"');
      expect(content.startsWith('\u202B') && content.endsWith('\u202C')).toBe(true);
      const x = Number(/^x="([\d.]+)"/.exec(attributes)![1]);
      const size = Number(/font-size="(\d+)"/.exec(attributes)![1]);
      const right = x + monospace(content, size, 'text') / 2;
      expect(Math.abs(right - (CARD_WIDTH - 52))).toBeLessThan(0.1);
      expect(x - monospace(content, size, 'text') / 2).toBeGreaterThan(CARD_MAP_WIDTH + 6);
    }
  });

  it('measures Arabic in Noto Sans Arabic, the font it is drawn in', () => {
    const measure = cardMeasure(root, 'ar');
    const title = measure('محادثات أستانا', 52, 'title');
    expect(title).toBeGreaterThan(250);
    expect(title).toBeLessThan(600);
    expect(measure('محادثات أستانا', 52, 'text')).toBeLessThan(title);
  });
});

describe('Arabic share cards: their maps', () => {
  it('draw every letter of their maps from the font: no glyph missing, on any card', async () => {
    const shape = await loadShaper();
    const missing: string[] = [];
    for (const { where, card } of cards) {
      const { composition } = await layoutOf(card.map);
      const texts = [
        ...composition.labels.map((label) => label.text),
        ...composition.callouts.map((callout) => callout.text),
        ...composition.markers.filter((m) => m.shown && m.name).map((m) => gazetteer.byId.get(m.id)!.name),
      ];
      expect(texts.length).toBeGreaterThan(3);
      for (const text of texts) {
        if (!hasArabic(text)) missing.push(`${where}: "${text}" is not Arabic`);
        for (const weight of Object.values(MAP_WEIGHTS)) if (shape(text, weight).glyphs.includes(0)) missing.push(`${where}: "${text}" has a .notdef`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('render as PNGs of 1200 × 630', async () => {
    const png = await renderShareCard(cards[0]!.card);
    expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    const view = new DataView(png.buffer, png.byteOffset);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([1200, 630]);
  });

  it('find a .notdef where the font has no glyph', async () => {
    const shape = await loadShaper();
    expect(shape('سوريا \u{10FFFD}', MAP_WEIGHTS.text).glyphs).toContain(0);
  });
});
