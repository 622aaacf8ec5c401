/*
 * The map's one font, wherever the map draws text: country, sea and city labels, marker
 * names, callouts, the key and the locator's name, on the live map and in every static
 * rendering. Noto Sans from npm, served from our origin (public/fonts), never a reader's
 * system font: what a name covers is computed once, in this font, and must hold on every device.
 *
 * Until the font has loaded (and in an SVG image, which cannot load one) the text draws in a
 * fallback face: a local Arial-metric font (Arial, Helvetica, Liberation Sans, Arimo) scaled
 * and with its vertical metrics overridden to match Noto Sans, as next/font does. The layout
 * keeps room for the wider of the two for every string (text/metrics.server.ts).
 */

/** The family both the web font and a reader's own copy of Noto Sans answer to. */
export const MAP_FONT_FAMILY = 'Noto Sans';
/** The fallback face's family: local fonts only, nothing downloaded. */
export const MAP_FALLBACK_FAMILY = 'Map Text Fallback';

/** The weights the map draws: labels, callouts and the key at 500, marker names at 600. */
export const MAP_WEIGHTS = { text: 500, name: 600 } as const;
export type MapWeight = (typeof MAP_WEIGHTS)[keyof typeof MAP_WEIGHTS];

/** The files served from public/fonts, one per weight (Latin subset). */
export const MAP_FONT_FILES: Record<MapWeight, string> = {
  500: '/fonts/noto-sans-latin-500.woff2',
  600: '/fonts/noto-sans-latin-600.woff2',
};

/**
 * The Arabic edition's map font: Noto Sans Arabic (fontsource's Arabic subset, woff2), served
 * from public/fonts like Noto Sans and loaded with the live map only. Its faces cover Arabic
 * alone (`unicode-range`), so Latin in an Arabic name still draws in Noto Sans.
 */
export const ARABIC_FONT_FILES: Record<MapWeight, string> = {
  500: '/fonts/noto-sans-arabic-500.woff2',
  600: '/fonts/noto-sans-arabic-600.woff2',
};
/** The ranges fontsource's Arabic subset covers. */
export const ARABIC_UNICODE_RANGE = [
  'U+0600-06FF, U+0750-077F, U+0870-088E, U+0890-0891, U+0897-08E1, U+08E3-08FF',
  'U+200C-200E, U+2010-2011, U+204F, U+2E41, U+FB50-FDFF, U+FE70-FE74, U+FE76-FEFC',
].join(', ');

/** Local fonts with Arial's metrics, which the fallback face takes the first of. */
export const FALLBACK_LOCALS: Record<MapWeight, readonly string[]> = {
  500: ['Arial', 'ArialMT', 'Helvetica', 'Liberation Sans', 'LiberationSans', 'Arimo'],
  600: ['Arial Bold', 'Arial-BoldMT', 'Helvetica Bold', 'Helvetica-Bold', 'Liberation Sans Bold', 'LiberationSans-Bold', 'Arimo Bold', 'Arimo-Bold'],
};

/** How the fallback face is scaled and where its lines sit, as fractions (CSS percentages / 100). */
export interface FallbackMetrics {
  weight: MapWeight;
  sizeAdjust: number;
  ascent: number;
  descent: number;
  lineGap: number;
}

/** The CSS `font-family` of map text. */
export const MAP_FONT_STACK = `'${MAP_FONT_FAMILY}', '${MAP_FALLBACK_FAMILY}', sans-serif`;
/** The Arabic edition's: Noto Sans Arabic first (its family name is map/text/script.ts's ARABIC_FONT_FAMILY). */
export const ARABIC_MAP_FONT_STACK = `'Noto Sans Arabic', ${MAP_FONT_STACK}`;

const percent = (value: number) => `${(value * 100).toFixed(2)}%`;

/**
 * The @font-face rules of the fallback face (always), and of the web font when `webFont` is
 * set (pages, after the live map asked for it; never an SVG image, which cannot fetch it).
 */
export function mapFontFaces(fallbacks: readonly FallbackMetrics[], { webFont = false }: { webFont?: boolean } = {}): string {
  const faces = fallbacks.map(
    (m) =>
      `@font-face{font-family:'${MAP_FALLBACK_FAMILY}';font-weight:${m.weight};` +
      `src:${FALLBACK_LOCALS[m.weight].map((name) => `local('${name}')`).join(',')};` +
      `size-adjust:${percent(m.sizeAdjust)};ascent-override:${percent(m.ascent)};` +
      `descent-override:${percent(m.descent)};line-gap-override:${percent(m.lineGap)}}`,
  );
  if (webFont) {
    for (const weight of Object.values(MAP_WEIGHTS)) {
      faces.push(`@font-face{font-family:'${MAP_FONT_FAMILY}';font-weight:${weight};font-display:swap;src:url('${MAP_FONT_FILES[weight]}') format('woff2')}`);
    }
  }
  return faces.join('');
}
