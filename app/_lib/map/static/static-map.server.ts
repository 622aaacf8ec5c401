import { getBasemap, getOverviewBasemap, OVERVIEW_MAX_ZOOM } from '../basemap/reader.server';
import { getArabicLabels } from '../labels/arabic-names.server';
import { getLabels } from '../labels/label-data.server';
import { fallbackMetrics, measureText } from '../text/metrics.server';
import { editionMeasure } from '../text/shaper.server';
import { layoutStaticMap, type StaticLayout } from './layout';
import type { StaticMapSpec } from './spec';
import { staticMapSvg } from './svg';

export { getCountryIndex } from '../basemap/reader.server';

export { CARD_MAP, EMBED_VIEWS, PLACE_MAP, PLACE_MAP_PHONE, READER_MAP, STORY_VIEWS, staticMapForPlace, staticMapForStep, type StaticMapSpec } from './spec';

/** The layout of a static map, with the built label data and text measured in the map font. */
export async function layoutOf(spec: StaticMapSpec): Promise<StaticLayout> {
  if (spec.lang === 'ar') return layoutStaticMap(spec, { candidates: await getArabicLabels(), widthOf: await editionMeasure('ar') });
  const { labels } = await getLabels();
  return layoutStaticMap(spec, { candidates: labels, widthOf: measureText });
}

/**
 * The SVG of a static map drawn from the built basemap. One renderer serves the first views,
 * place pages, the reader view's images and share cards, so all draw alike.
 */
export async function renderStaticMap(spec: StaticMapSpec): Promise<string> {
  const layout = await layoutOf(spec);
  // At small scale, 1:50m detail is finer than the pixels: the 1:110m overview draws it.
  const basemap = layout.camera.zoom < OVERVIEW_MAX_ZOOM ? await getOverviewBasemap() : await getBasemap();
  return staticMapSvg(spec, layout, { basemap, fallbacks: fallbackMetrics() });
}
