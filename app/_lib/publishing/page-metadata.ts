import type { Metadata } from 'next';
import { alternatePaths, DEFAULT_LANG, EDITIONS, editionPath, type Lang } from '../edition/edition';
import { stringsFor } from '../edition/strings';
import { siteOrigin } from './site-url.mjs';
import { CARD_HEIGHT, CARD_WIDTH } from './share-card/layout';

/*
 * Canonical links, Open Graph and Twitter cards: absolute URLs, all from SITE_URL. Pure but for
 * reading SITE_URL (inlined at build time), so every page states its metadata in one call.
 */

/**
 * The origin of absolute URLs in metadata, the sitemap and robots.txt when SITE_URL is unset:
 * `npm start`'s. Such a build is for local use; a public one sets SITE_URL (docs/embedding.md).
 */
export const LOCAL_ORIGIN = 'http://localhost:3000';

export const STORY_DESCRIPTION = 'How Russia, Turkey and Iran convened Syria’s warring sides in Kazakhstan in 2017, told round by round on a map.';

export function publicOrigin(): string {
  return siteOrigin() ?? LOCAL_ORIGIN;
}

/** @example absoluteUrl('/chapters/first-round') // 'https://story.example.org/chapters/first-round' */
export function absoluteUrl(path: string, origin = publicOrigin()): string {
  return new URL(path, origin).href;
}

/**
 * Where each page's share card is served (app/cards/): static PNG files. These are the English
 * cards' paths; an edition's cards are at their twins (`/ar/cards/…`, app/(site-ar)/ar/cards/).
 */
export const cardPaths = {
  story: '/cards/story.png',
  chapter: (slug: string) => `/cards/chapters/${slug}.png`,
  place: (id: string) => `/cards/places/${id}.png`,
};

export interface PageMetadataInput {
  /** The page's English path, e.g. `/chapters/first-round`; an edition's page is at its twin (`/ar/chapters/first-round`). */
  path: string;
  /** The page's edition: its own canonical URL, and `hreflang` alternates to every edition. */
  lang?: Lang;
  title: string;
  description: string;
  /** Open Graph type: `article` for a chapter. */
  type?: 'website' | 'article';
  /**
   * The page's share card, by its English path (`cardPaths`): an edition's page shows its
   * edition's card, at the twin path (`/ar/cards/…`), and `alt` in its language. Pages without
   * one (embeds) get no image.
   */
  card?: { path: string; alt: string };
}

/**
 * A page's canonical URL, Open Graph and Twitter card. `title` is the page's own (the layout's
 * template adds the site's name to <title>; cards carry the site name separately).
 */
export function pageMetadata({ path, lang = DEFAULT_LANG, title, description, type = 'website', card }: PageMetadataInput): Metadata {
  const url = absoluteUrl(editionPath(lang, path));
  const image = card && { url: absoluteUrl(editionPath(lang, card.path)), width: CARD_WIDTH, height: CARD_HEIGHT, alt: card.alt, type: 'image/png' };
  return {
    title,
    description,
    alternates: { canonical: url, languages: editionAlternates(path) },
    openGraph: { type, url, title, description, siteName: stringsFor(lang).siteName, locale: EDITIONS[lang].ogLocale, ...(image ? { images: [image] } : {}) },
    twitter: { card: image ? 'summary_large_image' : 'summary', title, description, ...(image ? { images: [{ url: image.url, alt: image.alt }] } : {}) },
  };
}

/**
 * `hreflang` alternates of a page in every edition, absolute, English also as `x-default`.
 *
 * @example editionAlternates('/read', 'https://s.org') // { en: 'https://s.org/read', ar: 'https://s.org/ar/read', 'x-default': 'https://s.org/read' }
 */
export function editionAlternates(englishPath: string, origin = publicOrigin()): Record<string, string> {
  return Object.fromEntries(Object.entries(alternatePaths(englishPath)).map(([lang, path]) => [lang, absoluteUrl(path, origin)]));
}
