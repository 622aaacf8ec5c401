import { getBasemap, getOverviewBasemap, OVERVIEW_MAX_ZOOM } from '../basemap/reader.server';
import { getLabels } from '../labels/label-data.server';
import { frameFor, zoomOfFrame } from './projection';
import { STATIC_MAP_LAYERS } from './layers';
import { staticMapSvg } from './render';
import type { StaticMapSpec } from './spec';

export { getCountryIndex } from '../basemap/reader.server';

export { CARD_MAP, EMBED_MAP, PLACE_MAP, READER_MAP, STORY_MAP, staticMapForPlace, staticMapForStep, type StaticMapSpec } from './spec';

/**
 * The SVG of a static map drawn from the built basemap. One renderer serves the inline
 * first-view maps (StaticMap), place pages and the reader view's images, so all draw alike.
 */
export async function renderStaticMap(spec: StaticMapSpec): Promise<string> {
  const overview = zoomOfFrame(frameFor(spec)) < OVERVIEW_MAX_ZOOM;
  const [basemap, labels] = await Promise.all([overview ? getOverviewBasemap() : getBasemap(), getLabels()]);
  return staticMapSvg(spec, basemap, STATIC_MAP_LAYERS, labels.labels);
}
