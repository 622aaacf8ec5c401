import { getBasemap } from './basemap.server';

export { getCountryIndex } from './basemap.server';
import { staticMapSvg } from './static-map/render';
import type { StaticMapSpec } from './static-map/spec';

export { EMBED_MAP, PLACE_MAP, READER_MAP, STORY_MAP, staticMapForPlace, staticMapForStep, type StaticMapSpec } from './static-map/spec';

/**
 * The SVG of a static map drawn from the built basemap. One renderer serves the inline
 * first-view maps (StaticMap), place pages and the reader view's images, so all draw alike.
 */
export async function renderStaticMap(spec: StaticMapSpec): Promise<string> {
  return staticMapSvg(spec, await getBasemap());
}
