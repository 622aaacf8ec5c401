import { ARABIC_FONT_FILES, ARABIC_UNICODE_RANGE, MAP_FONT_FAMILY, MAP_FONT_FILES, MAP_WEIGHTS } from '@/app/_lib/map/text/font';
import { ARABIC_FONT_FAMILY } from '@/app/_lib/map/text/script';

let added = false;
let addedArabic = false;

/**
 * Adds the map font's faces (map/text/font.ts) to the page, once: called when the live map
 * starts, so the font is fetched with it, never before the reader interacts. Until it has
 * loaded, and if it fails, map text draws in the fallback face the page already has.
 * The Arabic edition (`lang: 'ar'`) adds Noto Sans Arabic's faces too, at the same moment.
 */
export function loadMapFont(lang: 'en' | 'ar' = 'en'): void {
  if (typeof FontFace === 'undefined') return;
  if (!added) {
    added = true;
    for (const weight of Object.values(MAP_WEIGHTS)) addFace(MAP_FONT_FAMILY, MAP_FONT_FILES[weight], weight);
  }
  if (lang === 'ar' && !addedArabic) {
    addedArabic = true;
    for (const weight of Object.values(MAP_WEIGHTS)) addFace(ARABIC_FONT_FAMILY, ARABIC_FONT_FILES[weight], weight, ARABIC_UNICODE_RANGE);
  }
}

function addFace(family: string, url: string, weight: number, unicodeRange?: string): void {
  const face = new FontFace(family, `url('${url}') format('woff2')`, { weight: String(weight), display: 'swap', ...(unicodeRange ? { unicodeRange } : {}) });
  document.fonts.add(face);
  face.load().catch(() => console.warn(`[map] the map font ${family} (${weight}) could not be loaded; map text keeps its fallback`));
}
