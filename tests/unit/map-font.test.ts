import { existsSync, readFileSync } from 'node:fs';
import * as opentypeModule from 'opentype.js';
import { describe, expect, it } from 'vitest';
import { loadStory } from '@/app/_lib/content/loader.server';
import { getLabels } from '@/app/_lib/map/labels/label-data.server';
import { MAP_FONT_FILES, MAP_WEIGHTS, mapFontFaces, type MapWeight } from '@/app/_lib/map/text/font';
import { fallbackMetrics, fallbackWidth, fontWidth, measureText, SAMPLE_TEXT } from '@/app/_lib/map/text/metrics.server';

/*
 * The map's fallback face (map/text/font.ts) stands in for Noto Sans until it loads, and in SVG
 * images for good: its widths and line box must match the shipped font's within 2 %, on the
 * map's own text, not only on the sample the scale was computed from (issue 29).
 */

const opentype = ((opentypeModule as unknown as { default?: typeof opentypeModule }).default ?? opentypeModule) as typeof opentypeModule;

const story = await loadStory({ includeDrafts: false });
const { labels } = await getLabels();

/** Everything the map writes: country, sea and city labels, and every place's name. */
const mapText = [...labels.map((l) => l.text), ...story.gazetteer.places.map((p) => p.name)];
const sampleWords = new Set(SAMPLE_TEXT.split(' '));
/** The map's words that are not in the sample: a held-out check of the scale. */
const heldOut = mapText.filter((text) => !text.split(' ').every((word) => sampleWords.has(word)));

const total = (texts: string[], width: (text: string, weight: MapWeight) => number, weight: MapWeight) =>
  texts.reduce((sum, text) => sum + width(text, weight), 0);

describe('the fallback face of the map font', () => {
  it('has map text to check, most of it outside the sample', () => {
    expect(mapText.length).toBeGreaterThan(100);
    expect(heldOut.length).toBeGreaterThan(mapText.length / 2);
  });

  for (const weight of Object.values(MAP_WEIGHTS)) {
    it(`sets the map's text as wide as Noto Sans ${weight} does, within 2 %`, () => {
      for (const texts of [mapText, heldOut]) {
        const ratio = total(texts, fallbackWidth, weight) / total(texts, fontWidth, weight);
        expect(Math.abs(ratio - 1)).toBeLessThan(0.02);
      }
    });
  }

  it("sits its lines where Noto Sans's sit: ascent, descent and line gap are the shipped font's", () => {
    for (const metrics of fallbackMetrics()) {
      const noto = opentype.parse(new Uint8Array(readFileSync(`node_modules/@fontsource/noto-sans/files/noto-sans-latin-${metrics.weight}-normal.woff`)).buffer);
      const hhea = noto.tables.hhea as unknown as { ascender: number; descender: number; lineGap: number };
      // The overrides are fractions of the fallback's scaled em: times size-adjust, Noto's em.
      expect(metrics.ascent * metrics.sizeAdjust).toBeCloseTo(hhea.ascender / noto.unitsPerEm, 3);
      expect(metrics.descent * metrics.sizeAdjust).toBeCloseTo(-hhea.descender / noto.unitsPerEm, 3);
      expect(metrics.lineGap * metrics.sizeAdjust).toBeCloseTo(hhea.lineGap / noto.unitsPerEm, 3);
    }
  });

  // Debian's Liberation Sans (what fonts-liberation, which Chromium depends on, gives the face here).
  const liberation = '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf';
  it.skipIf(!existsSync(liberation))('holds for the local font this machine gives it (Liberation Sans), within 2 %', () => {
    const local = opentype.parse(new Uint8Array(readFileSync(liberation)).buffer);
    const [metrics] = fallbackMetrics().filter((m) => m.weight === MAP_WEIGHTS.text);
    const widthIn = (text: string) => local.getAdvanceWidth(text, 1, { kerning: true }) * metrics!.sizeAdjust;
    const ratio = heldOut.reduce((sum, text) => sum + widthIn(text), 0) / total(heldOut, fontWidth, MAP_WEIGHTS.text);
    expect(Math.abs(ratio - 1)).toBeLessThan(0.02);
  });

  it('keeps room for the wider of the two for every string', () => {
    for (const text of mapText) {
      for (const weight of Object.values(MAP_WEIGHTS)) {
        expect(measureText(text, weight)).toBeGreaterThanOrEqual(Math.max(fontWidth(text, weight), fallbackWidth(text, weight)) - 0.001);
      }
    }
  });

  it('is declared for every weight, from local fonts only; the web font from our origin', () => {
    const faces = mapFontFaces(fallbackMetrics());
    expect(faces.match(/@font-face/g)).toHaveLength(2);
    expect(faces).not.toMatch(/url\(/);
    const withFont = mapFontFaces(fallbackMetrics(), { webFont: true });
    for (const file of Object.values(MAP_FONT_FILES)) expect(withFont).toContain(`url('${file}')`);
    expect(withFont).not.toMatch(/url\('(?:https?:)?\/\//);
  });
});
