import { MAP_FONT_STACK, mapFontFaces } from '@/app/_lib/map/text/font';
import { fallbackMetrics } from '@/app/_lib/map/text/metrics.server';

/**
 * The map font's fallback face and the stack map text is set in (--map-font), in the page's
 * head: local fonts only, nothing downloaded. The font itself is added when the live map
 * starts (map-font.ts), so a reader who never engages never fetches it.
 */
export function MapFontFaces() {
  return <style>{`${mapFontFaces(fallbackMetrics())}:root{--map-font:${MAP_FONT_STACK}}`}</style>;
}
