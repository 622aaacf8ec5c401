import { describe, expect, it } from 'vitest';
import { loadStory } from '@/app/_lib/content/loader.server';
import { gazetteerInLanguage } from '@/app/_lib/content/edition-names';
import { layoutOf } from '@/app/_lib/map/static/static-map.server';
import { MAP_WEIGHTS } from '@/app/_lib/map/text/font';
import { hasArabic } from '@/app/_lib/map/text/script';
import { loadShaper } from '@/app/_lib/map/text/shaper.server';
import { chapterCard, placeCard, storyCard } from '@/app/_lib/publishing/share-card/cards';
import { renderShareCard } from '@/app/_lib/publishing/share-card/render.server';

/*
 * Share cards drawn in Arabic with resvg. OCR cannot be trusted with Arabic, so the check is
 * the font's: every letter a card's map draws has a glyph in Noto Sans Arabic (no .notdef box),
 * shaped as resvg shapes it. The PNGs were looked at too (docs/map.md).
 */

const arabic = await loadStory({ lang: 'ar', includeDrafts: false });
const { gazetteer } = gazetteerInLanguage(arabic.gazetteer, 'ar');
const arabicCard = <T extends { map: object }>(card: T): T => ({ ...card, map: { ...card.map, lang: 'ar' as const } });
const cards = [
  ...arabic.chapters.map((chapter) => ({ where: `card of ${chapter.slug}`, card: arabicCard(chapterCard(chapter, gazetteer)) })),
  { where: 'card of the story', card: arabicCard(storyCard(arabic.chapters, gazetteer, 'محادثات أستانا')) },
  ...gazetteer.places.map((place) => ({ where: `card of ${place.id}`, card: arabicCard(placeCard(place)) })),
];

describe('Arabic share cards', () => {
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
