import type { Lang } from '../edition/edition';
import type { StoryView } from '../reading/story-view';
import { firstViews, pageView, type FirstView, type FirstViewPage } from './first-view.server';

/*
 * A page's map in its edition: the view the live map is driven by and the first views drawn
 * before it, both composed from the edition's map data (map/edition/map-edition.server.ts): Arabic pages
 * draw Arabic maps, whose steps, places and connections npm run check holds to the English.
 */

export interface PageMap {
  view: StoryView;
  /** The drawings shown before MapLibre starts, or null for a page without a map. */
  views: FirstView[] | null;
}

/** The map of a page showing `slugs` (every chapter for the story page). */
export async function pageMap(lang: Lang, page: FirstViewPage): Promise<PageMap> {
  // One view for both: the first views start from its first step.
  const view = await pageView(page, lang);
  return { view, views: await firstViews(page, lang, view) };
}
