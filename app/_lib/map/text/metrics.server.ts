/*
 * What map text measures, read from the font files themselves (opentype.js reads WOFF):
 * Noto Sans, which the map draws in, and Arimo, which has Arial's metrics and stands for the
 * local fonts of the fallback face. Server and build only: the browser gets widths as data.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as opentypeModule from 'opentype.js';
import type { Font } from 'opentype.js';
import { roundTo } from '../../geometry/plane';
import { MAP_WEIGHTS, type FallbackMetrics, type MapWeight } from './font';

/** The files measured, by weight: the shipped font, and the Arial-metric stand-in of the fallback. */
const SOURCES: Record<MapWeight, { font: string; fallback: string }> = {
  500: { font: '@fontsource/noto-sans/files/noto-sans-latin-500-normal.woff', fallback: '@fontsource/arimo/files/arimo-latin-400-normal.woff' },
  600: { font: '@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff', fallback: '@fontsource/arimo/files/arimo-latin-700-normal.woff' },
};

/** The WOFF2 file served for each weight, in node_modules (copied to public/fonts by the build). */
export const SERVED_FONT_SOURCES: Record<MapWeight, string> = {
  500: '@fontsource/noto-sans/files/noto-sans-latin-500-normal.woff2',
  600: '@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2',
};

/**
 * Text the fallback is scaled for: what the map draws most, names of places and seas in
 * mixed case, and countries in capitals, as their labels are. A wide sample keeps any one
 * letter from deciding the scale; tests/unit/map-font.test.ts holds it to the map's other words.
 */
export const SAMPLE_TEXT =
  'Astana Geneva Moscow Ankara Tehran Damascus Aleppo Idlib Daraa Eastern Ghouta Sochi Amman Bonn The Hague Manbij Raqqa al-Bab Gaziantep ' +
  'Black Sea Caspian Sea Mediterranean Sea Persian Gulf Red Sea Arabian Sea ' +
  'RUSSIA TURKEY SYRIA IRAN IRAQ JORDAN LEBANON ISRAEL KAZAKHSTAN SAUDI ARABIA EGYPT GEORGIA UZBEKISTAN';

// opentype.js is CommonJS to Node (a default export) and ESM to the bundler (named exports).
const opentype = ((opentypeModule as unknown as { default?: typeof opentypeModule }).default ?? opentypeModule) as typeof opentypeModule;

/** A font file of an npm package, read from node_modules where the build and the server run. */
function load(specifier: string): Font {
  const buffer = readFileSync(path.join(/*turbopackIgnore: true*/ process.cwd(), 'node_modules', specifier));
  return opentype.parse(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength));
}

interface Pair {
  font: Font;
  fallback: Font;
  metrics: FallbackMetrics;
}

let pairs: Record<MapWeight, Pair> | null = null;

/**
 * The fallback's size-adjust makes the sample as wide as in Noto Sans; its ascent, descent and
 * line gap are Noto Sans's, undoing that scale (next/font's formula), so lines sit where Noto's would.
 */
function pairOf(weight: MapWeight): Pair {
  const font = load(SOURCES[weight].font);
  const fallback = load(SOURCES[weight].fallback);
  const sizeAdjust = font.getAdvanceWidth(SAMPLE_TEXT, 1000) / fallback.getAdvanceWidth(SAMPLE_TEXT, 1000);
  const { ascender, descender, lineGap } = font.tables.hhea as unknown as { ascender: number; descender: number; lineGap: number };
  const scale = font.unitsPerEm * sizeAdjust;
  const metrics: FallbackMetrics = {
    weight,
    sizeAdjust: roundTo(sizeAdjust, 4),
    ascent: roundTo(ascender / scale, 4),
    descent: roundTo(Math.abs(descender) / scale, 4),
    lineGap: roundTo(lineGap / scale, 4),
  };
  return { font, fallback, metrics };
}

function loaded(): Record<MapWeight, Pair> {
  pairs ??= { 500: pairOf(MAP_WEIGHTS.text), 600: pairOf(MAP_WEIGHTS.name) };
  return pairs;
}

/** The fallback face's metrics, one entry per weight, for mapFontFaces(). */
export function fallbackMetrics(): FallbackMetrics[] {
  return Object.values(loaded()).map((pair) => pair.metrics);
}

/** Width of `text` in em of the shipped font at `weight`, kerned. Throws on a character it has no glyph for. */
export function fontWidth(text: string, weight: MapWeight): number {
  const { font } = loaded()[weight];
  for (const char of text) if (char !== ' ' && font.charToGlyphIndex(char) === 0) throw new Error(`the map font has no glyph for "${char}" in "${text}"`);
  return font.getAdvanceWidth(text, 1, { kerning: true });
}

/** Width of `text` in em of the fallback face at `weight`: the local font, scaled by size-adjust. */
export function fallbackWidth(text: string, weight: MapWeight): number {
  const { fallback, metrics } = loaded()[weight];
  return fallback.getAdvanceWidth(text, 1, { kerning: true }) * metrics.sizeAdjust;
}

/**
 * The room `text` takes, in em at `weight`: the wider of the font and its fallback, so what the
 * layout keeps for a name holds whichever of the two draws it.
 */
export function measureText(text: string, weight: MapWeight): number {
  return roundTo(Math.max(fontWidth(text, weight), fallbackWidth(text, weight)), 3);
}
