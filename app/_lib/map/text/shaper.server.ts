/*
 * Widths of Arabic map text, from shaped text: HarfBuzz (harfbuzzjs, WebAssembly) shapes each
 * string in Noto Sans Arabic's TrueType file, joined forms (init/medi/fina) and the lam-alef
 * ligature (rlig) applied, and the advances are summed. opentype.js, which measures the Latin
 * text, cannot: it throws on this font's chained-context lookups, and per-letter advances of
 * isolated forms run about a fifth too wide. Server and build only; the browser gets widths as data.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { roundTo } from '../../geometry/plane';
import type { MapWeight } from './font';
import { measureText } from './metrics.server';
import { hasArabic } from './script';

/** The TrueType files measured (and drawn by resvg, which cannot read WOFF2), by weight. */
export const ARABIC_TTF_SOURCES: Record<MapWeight, string> = {
  500: '@expo-google-fonts/noto-sans-arabic/500Medium/NotoSansArabic_500Medium.ttf',
  600: '@expo-google-fonts/noto-sans-arabic/600SemiBold/NotoSansArabic_600SemiBold.ttf',
};

/** The WOFF2 files served to browsers for each weight (Arabic subset, from fontsource), copied to public/fonts by the build. */
export const SERVED_ARABIC_FONT_SOURCES: Record<MapWeight, string> = {
  500: '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-500-normal.woff2',
  600: '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-600-normal.woff2',
};

/** One shaped run: its glyphs' advances and ink, in em. */
export interface ShapedRun {
  /** Sum of the advances, in em. */
  advance: number;
  /** The ink's horizontal extent from the run's start, in em (left to right on the page). */
  ink: { left: number; right: number };
  glyphs: number[];
}

export type Shape = (text: string, weight: MapWeight) => ShapedRun;

type HarfBuzz = typeof import('harfbuzzjs');

let shaper: Promise<Shape> | undefined;

/** The shaper, once per process: harfbuzzjs loads its WebAssembly asynchronously. */
export function loadShaper(root = process.cwd()): Promise<Shape> {
  shaper ??= import('harfbuzzjs').then((hb: HarfBuzz) => {
    const fonts = Object.fromEntries(
      Object.entries(ARABIC_TTF_SOURCES).map(([weight, file]) => {
        const face = new hb.Face(new hb.Blob(readFileSync(path.join(root, 'node_modules', file))));
        return [weight, { font: new hb.Font(face), upem: face.upem }];
      }),
    ) as Record<string, { font: InstanceType<HarfBuzz['Font']>; upem: number }>;
    return (text, weight) => {
      const { font, upem } = fonts[weight]!;
      const buffer = new hb.Buffer();
      buffer.addText(text);
      buffer.guessSegmentProperties();
      hb.shape(font, buffer);
      const infos = buffer.getGlyphInfos();
      const positions = buffer.getGlyphPositions();
      let x = 0;
      let left = Infinity;
      let right = -Infinity;
      positions.forEach((position, i) => {
        const extents = font.glyphExtents(infos[i]!.codepoint);
        if (extents && extents.width > 0) {
          left = Math.min(left, x + position.xOffset + extents.xBearing);
          right = Math.max(right, x + position.xOffset + extents.xBearing + extents.width);
        }
        x += position.xAdvance;
      });
      return { advance: x / upem, ink: { left: left / upem, right: right / upem }, glyphs: infos.map((info) => info.codepoint) };
    };
  });
  return shaper;
}

/**
 * The measure of an edition's map text, in em at a weight: a string with Arabic letters is
 * shaped in Noto Sans Arabic (its Latin, "(UN)", shaped in the same run, as the browser draws it),
 * any other measured as the English maps measure it (metrics.server.ts), so English is unchanged.
 */
export async function editionMeasure(lang: 'en' | 'ar', root = process.cwd()): Promise<(text: string, weight: MapWeight) => number> {
  if (lang === 'en') return measureText;
  const shape = await loadShaper(root);
  return (text, weight) => (hasArabic(text) ? roundTo(shape(text, weight).advance, 3) : measureText(text, weight));
}

