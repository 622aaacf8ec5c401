import { MAP_FONT_FAMILY, MAP_FONT_FILES, MAP_WEIGHTS } from '@/app/_lib/map/text/font';

let added = false;

/**
 * Adds the map font's faces (map/text/font.ts) to the page, once: called when the live map
 * starts, so the font is fetched with it, never before the reader interacts. Until it has
 * loaded, and if it fails, map text draws in the fallback face the page already has.
 */
export function loadMapFont(): void {
  if (added || typeof FontFace === 'undefined') return;
  added = true;
  for (const weight of Object.values(MAP_WEIGHTS)) {
    const face = new FontFace(MAP_FONT_FAMILY, `url('${MAP_FONT_FILES[weight]}') format('woff2')`, { weight: String(weight), display: 'swap' });
    document.fonts.add(face);
    face.load().catch(() => console.warn(`[map] the map font (${weight}) could not be loaded; map text keeps its fallback`));
  }
}
