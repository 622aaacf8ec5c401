import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadStory } from '@/app/_lib/content/loader.server';
import { chapterCard, placeCard, storyCard } from '@/app/_lib/publishing/share-card/cards';
import { CARD_HEIGHT, CARD_MAP_WIDTH, CARD_WIDTH, layoutCardText, shareCardSvg, TITLE_SIZES, wrapWords, type Measure } from '@/app/_lib/publishing/share-card/layout';
import { cardMeasure, renderShareCard } from '@/app/_lib/publishing/share-card/render.server';
import { CARD_MAP } from '@/app/_lib/map/static/spec';
import { STRINGS } from '@/app/_lib/edition/strings';
import { root } from './repo';

/** Every character is half the font size wide: enough to test wrapping without a font. */
const monospace: Measure = (text, fontSize) => text.length * fontSize * 0.5;

/** A PNG's size, from its IHDR chunk. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  expect(Buffer.from(png.subarray(0, 8)).toString('hex')).toBe('89504e470d0a1a0a');
  const view = new DataView(png.buffer, png.byteOffset);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('share card text', () => {
  it('wraps on words, and ellipsises what does not fit', () => {
    expect(wrapWords('one two three four', (t) => t.length, 9, 3)).toEqual({ lines: ['one two', 'three', 'four'], complete: true });
    const cut = wrapWords('one two three four', (t) => t.length, 9, 2);
    expect(cut.complete).toBe(false);
    expect(cut.lines).toEqual(['one two', 'three…']);
    expect(wrapWords('Incomprehensibilities', (t) => t.length, 8, 2).lines[0]).toMatch(/^.{1,7}…$/);
  });

  it('takes the largest title size at which the whole title fits', () => {
    const short = layoutCardText({ kicker: '6 February 2017', title: 'Astana' }, monospace);
    expect(short.fontSize).toBe(TITLE_SIZES[0]);
    expect(short.lines).toEqual(['Astana']);
    expect(short.kicker).toBe('6 FEBRUARY 2017');
    const long = layoutCardText({ kicker: 'x', title: 'word '.repeat(80) }, monospace);
    expect(long.fontSize).toBe(TITLE_SIZES.at(-1));
    expect(long.lines.at(-1)).toMatch(/…$/);
  });

  it('escapes the title and kicker in the SVG', () => {
    const svg = shareCardSvg('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"></svg>', { kicker: 'A & B', fontSize: 58, lines: ['<script>"x"</script>'] });
    expect(svg).toContain('&lt;script&gt;&quot;x&quot;&lt;/script&gt;');
    expect(svg).toContain('A &amp; B');
    expect(svg).not.toContain('<script>');
  });

  it('has a map preset the size of the card’s map', () => {
    expect([CARD_MAP.width, CARD_MAP.height]).toEqual([CARD_MAP_WIDTH, CARD_HEIGHT]);
  });
});

describe('share cards drawn with the shipped fonts', () => {
  it('measures text in the fonts from npm, not the system’s', () => {
    const measure = cardMeasure(root);
    const title = measure('The Astana talks', 58, 'title');
    // Zero would mean the font was not found (resvg draws no text then).
    expect(title).toBeGreaterThan(300);
    expect(title).toBeLessThan(700);
    expect(measure('The Astana talks', 58, 'text')).not.toBe(title);
  });

  it('renders 1200 × 630 PNGs for the story, a chapter and a place', async () => {
    const story = await loadStory({ root });
    const chapter = story.chapters[0]!;
    const cards = [storyCard(story.chapters, story.gazetteer, 'The Astana talks'), chapterCard(chapter, story.gazetteer), placeCard(story.gazetteer.byId.get('astana')!)];
    for (const card of cards) expect(pngSize(await renderShareCard(card, root))).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
    expect(cards[1]!.alt).toContain(chapter.title);
  });
});

describe('English share cards', () => {
  /** A stand-in for the map: the card's own drawing is what is held here. */
  const MAP = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 630"><rect width="640" height="630"/></svg>';
  const digest = (svg: string) => createHash('sha256').update(svg).digest('hex').slice(0, 24);

  it('are drawn as they were before the Arabic cards: the same words, the same SVG, byte for byte', async () => {
    const story = await loadStory({ root });
    const measure = cardMeasure(root);
    const cards = [storyCard(story.chapters, story.gazetteer, STRINGS.en.storyTitle), chapterCard(story.chapters[0]!, story.gazetteer), placeCard(story.gazetteer.byId.get('aleppo')!)];
    expect(cards.map((card) => [card.kicker, card.title])).toEqual([
      ['A map story · 2017', 'The Astana talks: a map story of Syria’s 2017 peace process'],
      ['23–24 January 2017', "In Astana, a first round of talks sets out to shore up Syria's truce"],
      ['A place in the story · city', 'Aleppo, Syria'],
    ]);
    expect(cards[2]!.alt).toBe('A map of Aleppo, Syria');
    // Digests taken from the cards as drawn before the Arabic edition had cards of its own.
    expect(cards.map((card) => digest(shareCardSvg(MAP, layoutCardText(card, measure))))).toEqual([
      '567c257806103d3310c6da73',
      'de89dd533056103dc68cd939',
      'd751474bbedc2150add9d115',
    ]);
  });

  it('keep the text panel on the left and the map on the right', () => {
    const svg = shareCardSvg(MAP, layoutCardText({ kicker: '6 February 2017', title: 'Astana' }, monospace));
    expect(svg).toContain(`<svg x="${CARD_WIDTH - CARD_MAP_WIDTH}" y="0" width="${CARD_MAP_WIDTH}"`);
    expect([...svg.matchAll(/<text x="(\d+)"/g)].map((match) => match[1])).toEqual(['52', '52', '52']);
    expect(svg).not.toContain('direction');
  });
});
