import path from 'node:path';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { escapeHtml } from '../../markup/escape-html';
import { renderStaticMap } from '../../map/static/static-map.server';
import { ARABIC_TTF_SOURCES } from '../../map/text/shaper.server';
import type { Lang } from '../../edition/edition';
import type { CardContent } from './cards';
import { CARD_FONTS, cardFonts, layoutCardText, shareCardSvg, type Measure } from './layout';

/*
 * Share cards rasterised at build time with resvg, in fonts shipped in npm packages: never a
 * system font, which a build machine may not have (loadSystemFonts: false). The packages ship
 * TrueType files, which resvg reads (fontsource's woff/woff2 it does not).
 */
const FONT_FILES = [
  '@expo-google-fonts/source-serif-4/700Bold/SourceSerif4_700Bold.ttf',
  '@expo-google-fonts/inter/600SemiBold/Inter_600SemiBold.ttf',
  '@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf',
];

/**
 * An Arabic card's map draws its names in Noto Sans Arabic's TrueType files (map/text/shaper.server.ts),
 * and its title in the same family's bold (layout.ts, ARABIC_CARD_FONTS).
 */
const ARABIC_FONT_FILES = [...Object.values(ARABIC_TTF_SOURCES), '@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf'];

function options(root: string, lang: Lang = 'en'): ResvgRenderOptions {
  return {
    font: {
      fontFiles: [...FONT_FILES, ...(lang === 'ar' ? ARABIC_FONT_FILES : [])].map((file) => path.join(root, 'node_modules', file)),
      loadSystemFonts: false,
      // Any family a layer names that is not shipped falls back to a shipped one.
      defaultFontFamily: CARD_FONTS.text,
      sansSerifFamily: CARD_FONTS.text,
      serifFamily: CARD_FONTS.title,
    },
  };
}

const WEIGHTS = { title: 700, text: 600 } as const;

/** Measures a line with resvg itself, in the card's fonts for the edition, so wrapping matches the drawing. */
export function cardMeasure(root = process.cwd(), lang: Lang = 'en'): Measure {
  return measurer(options(root, lang), lang);
}

function measurer(opts: ResvgRenderOptions, lang: Lang): Measure {
  const fonts = cardFonts(lang);
  return (text, fontSize, font) => {
    const attributes = `font-family="${fonts[font]}" font-weight="${WEIGHTS[font]}" font-size="${fontSize}"`;
    const line = `<text x="0" y="${fontSize}" ${attributes}>${escapeHtml(text)}</text>`;
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="4000" height="${fontSize * 2}">${line}</svg>`;
    const box = new Resvg(svg, opts).getBBox();
    return box ? box.x + box.width : 0;
  };
}

/** The PNG of a page's share card, 1200 × 630, in its map's edition (an Arabic map: an Arabic card). */
export async function renderShareCard(card: CardContent, root = process.cwd()): Promise<Uint8Array<ArrayBuffer>> {
  const lang = card.map.lang ?? 'en';
  const opts = options(root, lang);
  const svg = shareCardSvg(await renderStaticMap(card.map), layoutCardText(card, measurer(opts, lang), lang));
  return Uint8Array.from(new Resvg(svg, opts).render().asPng());
}

/** A PNG response for a card route; the routes are static, so this runs at build time. */
export async function shareCardResponse(card: CardContent): Promise<Response> {
  return new Response(await renderShareCard(card), { headers: { 'Content-Type': 'image/png' } });
}
