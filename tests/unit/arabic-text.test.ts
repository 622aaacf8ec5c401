import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { labelsMarkup } from '@/app/_lib/map/labels/markup';
import type { PlacedLabel } from '@/app/_lib/map/labels/place-labels';
import { MAP_WEIGHTS } from '@/app/_lib/map/text/font';
import { anchorOf, hasArabic, isRtl } from '@/app/_lib/map/text/script';
import { ARABIC_TTF_SOURCES, editionMeasure, loadShaper } from '@/app/_lib/map/text/shaper.server';

/*
 * Arabic map text: widths from shaped text (joined forms), held to what resvg, which draws the
 * share cards (rustybuzz, HarfBuzz's port), draws; and a mixed-direction string drawn in order.
 */

const fontFiles = Object.values(ARABIC_TTF_SOURCES).map((file) => path.join(process.cwd(), 'node_modules', file));
const resvg = (svg: string) => new Resvg(svg, { font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Noto Sans Arabic' } });
const SIZE = 100;

/** The ink's width of `text` as resvg draws it in Noto Sans Arabic at SIZE px. */
function inkWidth(text: string, weight: number): number {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="4000" height="300"><text x="100" y="150" font-size="${SIZE}" font-family="Noto Sans Arabic" font-weight="${weight}">${text}</text></svg>`;
  return resvg(svg).getBBox()!.width;
}

const NAMES = ['سوريا', 'دمشق', 'كازاخستان', 'الغوطة الشرقية', 'البحر المتوسط', 'الإمارات العربية المتحدة', 'لبنان', 'غازي عنتاب'];

describe('Arabic widths', () => {
  it("match resvg's drawing within 2 %, name by name, at both weights", async () => {
    const shape = await loadShaper();
    const off = NAMES.flatMap((name) =>
      Object.values(MAP_WEIGHTS).flatMap((weight) => {
        const { ink } = shape(name, weight);
        const ours = (ink.right - ink.left) * SIZE;
        const theirs = inkWidth(name, weight);
        return Math.abs(ours / theirs - 1) > 0.02 ? [`${name} at ${weight}: ${ours.toFixed(1)} vs ${theirs.toFixed(1)}`] : [];
      }),
    );
    expect(off).toEqual([]);
  });

  it('come from joined forms, not the isolated letters', async () => {
    const shape = await loadShaper();
    for (const name of ['سوريا', 'دمشق', 'كازاخستان']) {
      const joined = shape(name, MAP_WEIGHTS.text);
      const isolated = [...name].reduce((sum, letter) => sum + shape(letter, MAP_WEIGHTS.text).advance, 0);
      // Joined forms are narrower and are other glyphs than the isolated ones.
      expect(joined.advance).toBeLessThan(isolated * 0.95);
      expect(joined.glyphs).not.toEqual([...name].reverse().map((letter) => shape(letter, MAP_WEIGHTS.text).glyphs[0]));
    }
  });

  it("measure English as before, and Arabic only in the Arabic edition's measure", async () => {
    const en = await editionMeasure('en');
    const ar = await editionMeasure('ar');
    expect(ar('SYRIA', MAP_WEIGHTS.text)).toBe(en('SYRIA', MAP_WEIGHTS.text));
    expect(ar('سوريا', MAP_WEIGHTS.text)).toBeGreaterThan(1);
    expect(() => en('سوريا', MAP_WEIGHTS.text)).toThrow(/no glyph/);
  });
});

describe('drawing right to left', () => {
  const label = (text: string, x: number, textAnchor: PlacedLabel['textAnchor'], box: PlacedLabel['box']): PlacedLabel => ({
    id: 'capital-test', kind: 'capital', text, x, y: 50, textAnchor, size: 20, letterSpacing: 0, box,
  });

  it('knows a string by its first strong letter', () => {
    expect(isRtl('الأمم المتحدة (UN)')).toBe(true);
    // A Latin letter first makes it left to right, as Unicode's rule has it.
    expect(isRtl('(UN) الأمم المتحدة')).toBe(false);
    expect(hasArabic('SYRIA')).toBe(false);
  });

  it('keeps left-to-right markup as it was, and anchors Arabic at the middle of the box it was given', () => {
    expect(anchorOf('Beirut', 10, 'start', { x: 5, width: 40 }, 'S')).toEqual({ x: '10', attributes: 'text-anchor="start"' });
    const start = anchorOf('بيروت', 10, 'start', { x: 5, width: 40 }, 'S');
    expect(start.x).toBe('27.5');
    expect(start.attributes).toContain('text-anchor="middle" direction="rtl"');
    expect(anchorOf('بيروت', 45, 'end', { x: 5, width: 40 }, 'S').x).toBe('25');
  });

  it('draws a Latin acronym inside Arabic in reading order: "(UN)" at the left end, the Arabic to its right', () => {
    const text = 'الأمم المتحدة (UN)';
    const box = { x: 20, y: 30, width: 400, height: 40 };
    const markup = labelsMarkup([label(text, 20, 'start', box)]);
    expect(markup).toContain('direction="rtl"');
    expect(markup).toContain(`\u202B${text}\u202C`);
    // Draw it twice: whole, and with the Arabic letters hidden, so only "(UN)" leaves ink.
    const latinOnly = markup.replace(text, 'الأمم المتحدة <tspan fill="red" stroke="none">(UN)</tspan>').replace(/fill="#4a4a4a"/, 'fill="none"');
    const inkColumns = (svg: string, red: boolean) => {
      const image = resvg(`<svg xmlns="http://www.w3.org/2000/svg" width="440" height="100">${svg}</svg>`).render();
      // resvg-js copies the pixels on each read of `pixels`: read them once.
      const pixels = image.pixels;
      const columns: number[] = [];
      for (let i = 0; i < pixels.length; i += 4) {
        const [r, g, b, a] = [pixels[i]!, pixels[i + 1]!, pixels[i + 2]!, pixels[i + 3]!];
        if (a > 128 && (!red || (r > 200 && g < 80 && b < 80))) columns.push((i / 4) % image.width);
      }
      return { min: Math.min(...columns), max: Math.max(...columns) };
    };
    const whole = inkColumns(markup, false);
    const latin = inkColumns(latinOnly, true);
    // The whole string sits in its box; "(UN)" is its leftmost part, as an Arabic reader reads it last.
    expect(whole.min).toBeGreaterThanOrEqual(box.x - 1);
    expect(whole.max).toBeLessThanOrEqual(box.x + box.width + 1);
    expect(latin.min - whole.min).toBeLessThan(4);
    expect(latin.max).toBeLessThan((whole.min + whole.max) / 2);
  });
});
