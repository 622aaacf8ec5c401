import { escapeHtml } from '../markup/escape-html';
import type { Story } from '../content/story-types';
import { editionPath, LANGS, type Lang } from '../edition/edition';

/*
 * sitemap.xml as the sitemap protocol (sitemaps.org, 0.9) has it, built from the story alone:
 * every date comes from the chapters, never from the clock, so two builds write the same file.
 */

export const SITEMAP_NAMESPACE = 'http://www.sitemaps.org/schemas/sitemap/0.9';
/** The protocol's limits for one file. */
export const MAX_URLS = 50_000;
export const MAX_LOC_LENGTH = 2048;

export interface SitemapEntry {
  /** Absolute URL. */
  loc: string;
  /** W3C date (YYYY-MM-DD). */
  lastmod: string;
}

const latest = (dates: readonly string[]) => dates.reduce((a, b) => (b > a ? b : a));
const lastDay = (chapter: Story['chapters'][number]) => chapter.dates.end ?? chapter.dates.start;

/**
 * The story, the reader view, every chapter and every place. A page's `lastmod` is the last
 * day of the latest chapter it shows: the story's news dates are what its pages report.
 */
export function sitemapEntries({ chapters, gazetteer }: Story, origin: string, lang: Lang = 'en'): SitemapEntry[] {
  if (chapters.length === 0) return [];
  const url = (path: string) => new URL(editionPath(lang, path), origin).href;
  const storyDate = latest(chapters.map(lastDay));
  return [
    { loc: url('/'), lastmod: storyDate },
    { loc: url('/read'), lastmod: storyDate },
    ...chapters.map((chapter) => ({ loc: url(`/chapters/${chapter.slug}`), lastmod: lastDay(chapter) })),
    ...gazetteer.places.map((place) => {
      const dates = chapters.filter((chapter) => chapter.places.includes(place.id)).map(lastDay);
      return { loc: url(`/places/${place.id}`), lastmod: dates.length ? latest(dates) : storyDate };
    }),
  ];
}

/** Every edition's pages, English first: each edition lists the pages it has (an Arabic draft chapter has none). */
export function editionSitemapEntries(editions: Readonly<Record<Lang, Story>>, origin: string): SitemapEntry[] {
  return LANGS.flatMap((lang) => sitemapEntries(editions[lang], origin, lang));
}

/** The XML document; throws past the protocol's limits rather than write a file crawlers reject. */
export function sitemapXml(entries: readonly SitemapEntry[]): string {
  if (entries.length > MAX_URLS) throw new Error(`a sitemap holds at most ${MAX_URLS} URLs, not ${entries.length}`);
  for (const { loc } of entries) {
    if (loc.length > MAX_LOC_LENGTH) throw new Error(`sitemap URL longer than ${MAX_LOC_LENGTH} characters: ${loc.slice(0, 80)}…`);
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<urlset xmlns="${SITEMAP_NAMESPACE}">`,
    ...entries.map(({ loc, lastmod }) => `<url><loc>${escapeHtml(loc)}</loc><lastmod>${escapeHtml(lastmod)}</lastmod></url>`),
    '</urlset>',
    '',
  ].join('\n');
}
