import type { Lang } from '../edition/edition';
import { getStory } from '../content/story.server';
import { getCountryIndex } from '../map/basemap/reader.server';
import { measureText } from '../map/text/metrics.server';
import { excerpt, storyView, type StoryView } from '../reading/story-view';
import { toViewChapter } from '../content/story-pages';
import { firstViews, type FirstView, type FirstViewPage } from './first-view.server';

/*
 * The one seam where a page's map rendering is chosen by edition: the view the live map is
 * driven by and the first views drawn before it. The map's own words (place names, key,
 * callouts) are composed in English until app/_lib/map/compose takes a language: every
 * edition draws the English chapters' maps (same step ids, places and connections, held so
 * by npm run check), and only what the page's text says (the chapters' titles, each step's
 * first words in popups) comes from the reader's edition.
 */

export interface PageMap {
  view: StoryView;
  /** The drawings shown before MapLibre starts, or null for a page without a map. */
  views: FirstView[] | null;
}

/** The map of a page showing `slugs` (every chapter for the story page). */
export async function pageMap(lang: Lang, page: FirstViewPage): Promise<PageMap> {
  const english = await getStory('en');
  const wanted = (slug: string) => page.kind === 'story' || slug === page.slug;
  const view = storyView(english.chapters.filter((c) => wanted(c.slug)), english.gazetteer, await getCountryIndex(), measureText, english.areas.byId);
  return { view: lang === 'en' ? view : await inEdition(view, lang, wanted), views: await firstViews(page) };
}

/** The view with its reader-facing text (chapter titles, step excerpts) from an edition. */
async function inEdition(view: StoryView, lang: Lang, wanted: (slug: string) => boolean): Promise<StoryView> {
  const chapters = (await getStory(lang)).chapters.filter((c) => wanted(c.slug));
  const texts = new Map(chapters.flatMap((c) => c.steps.map((step) => [step.id, step.text] as const)));
  return {
    ...view,
    chapters: chapters.map(toViewChapter),
    steps: view.steps.map((step) => ({ ...step, excerpt: excerpt(texts.get(step.id) ?? '') })),
  };
}
