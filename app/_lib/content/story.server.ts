import { cache } from 'react';
import { loadStory, type CompileCache, type Language, type Story } from './loader.server';
import { chapterPage, chapterSlugs, placeIds, placePage, storyPage } from './story-pages';

/*
 * The site's story, and the questions its pages ask of it. Each answer is cached for the
 * request (React `cache()`), so a page and its metadata load the story once between them.
 */

const production = new Map<Language, Promise<Story>>();
// Development only, keyed on each file's text. Editing the compiler's code (schema, MDX
// plugin) reloads this module and so empties the cache; editing a chapter replaces its entry.
const compileCache: CompileCache = new Map();

/**
 * Loaded once per server process in production. In development it is read on every request,
 * so edits show, but only chapters whose files changed are compiled again.
 */
export const getStory = cache((lang: Language = 'en'): Promise<Story> => {
  if (process.env.NODE_ENV === 'development') return loadStory({ lang, includeDrafts: true, draftProblems: 'skip', compileCache });
  let story = production.get(lang);
  if (!story) production.set(lang, (story = loadStory({ lang })));
  return story;
});

export const getStoryPage = cache(async (lang: Language = 'en') => storyPage(await getStory(lang)));
export const getChapterSlugs = cache(async (lang: Language = 'en') => chapterSlugs(await getStory(lang)));
/** A chapter with its previous and next chapters and the timeline; undefined for an unknown slug. */
export const getChapterPage = cache(async (slug: string, lang: Language = 'en') => chapterPage(await getStory(lang), slug));
export const getChapter = cache(async (slug: string | undefined) => (slug === undefined ? undefined : (await getChapterPage(slug))?.chapter));
export const getPlaceIds = cache(async () => placeIds(await getStory()));
export const getPlacePage = cache(async (id: string, lang: Language = 'en') => placePage(await getStory(lang), id));
