/*
 * oEmbed 1.0 (https://oembed.com) answers for chapters: parameters, sizes and the response
 * body. The routes decide the origin and the HTTP headers: app/oembed/route.dynamic.ts under
 * `next start`, app/oembed/[file]/route.export.ts writes the export's files.
 */

import { escapeHtml } from '../markup/escape-html';
import { DEFAULT_LANG, editionPath, type Lang } from '../edition/edition';

/** The embed's preferred width, and the narrowest at which a chapter still reads. */
export const DEFAULT_WIDTH = 640;
export const MIN_WIDTH = 300;

/** Height of an embedded chapter at a width: the map's 16:10 box plus header, card and controls. */
export function embedHeight(width: number): number {
  return Math.round(width * 0.625 + 300);
}

/**
 * A `maxwidth`/`maxheight` parameter: undefined when absent, a whole number of pixels
 * (fractions rounded down) when positive, `'invalid'` for anything else.
 */
export function parseBound(value: string | null): number | undefined | 'invalid' {
  if (value === null) return undefined;
  if (!/^\d{1,9}(?:\.\d+)?$/.test(value)) return 'invalid';
  // Rounded down as written: Number('487.99999999999999999') is 488, which exceeds the bound.
  const pixels = Number(value.split('.')[0]);
  return pixels >= 1 ? pixels : 'invalid';
}

/**
 * The largest embed within the bounds (oEmbed: a response must not exceed them), keeping the
 * chapter's proportions so nothing is cut off; null when even the narrowest embed does not fit.
 * @example fitEmbed(400) // { width: 400, height: 550 }
 */
export function fitEmbed(maxWidth = Infinity, maxHeight = Infinity): { width: number; height: number } | null {
  // Start just above the widest width whose height fits (embedHeight rounds), then step down.
  let width = Math.min(DEFAULT_WIDTH, maxWidth, Math.ceil((maxHeight - 299.5) / 0.625));
  while (width >= MIN_WIDTH && embedHeight(width) > maxHeight) width--;
  return width >= MIN_WIDTH ? { width, height: embedHeight(width) } : null;
}

/** The size of the export's static answers, which cannot read maxwidth or maxheight. */
export const STATIC_OEMBED_SIZE = { width: DEFAULT_WIDTH, height: embedHeight(DEFAULT_WIDTH) };

/**
 * The chapter page's oEmbed discovery link: the dynamic endpoint under `next start`, the
 * chapter's static answer in an export. Relative when no origin is configured.
 * @example oembedDiscoveryHref('first-round', 'https://s.example', true) // 'https://s.example/oembed/first-round.json'
 */
export function oembedDiscoveryHref(slug: string, origin: string | null, staticExport: boolean, lang: Lang = DEFAULT_LANG): string {
  const site = origin ?? '';
  if (staticExport) return `${site}/oembed/${lang === DEFAULT_LANG ? '' : `${lang}/`}${slug}.json`;
  return `${site}/oembed?format=json&url=${encodeURIComponent(`${site}${editionPath(lang, `/chapters/${slug}`)}`)}`;
}

/** The chapter slug a chapter or embed URL at `origin` points to, if any. */
export function chapterSlugOf(url: string, origin: string): string | undefined {
  return chapterOf(url, origin)?.slug;
}

/**
 * The chapter, and its edition, that a chapter or embed URL at `origin` points to, if any.
 * @example chapterOf('https://s.example/ar/chapters/first-round', 'https://s.example') // { slug: 'first-round', lang: 'ar' }
 */
export function chapterOf(url: string, origin: string): { slug: string; lang: Lang } | undefined {
  let target: URL;
  try {
    target = new URL(url, origin);
  } catch {
    return undefined;
  }
  if (target.origin !== origin) return undefined;
  const match = /^(?:\/(ar))?\/(?:chapters|embed)\/([a-z0-9-]+)\/?$/.exec(target.pathname);
  return match ? { slug: match[2]!, lang: match[1] === 'ar' ? 'ar' : DEFAULT_LANG } : undefined;
}

/** A `rich` oEmbed response for a chapter. `cacheAge` only when the answer is the same for everyone. */
export function oembedResponse(options: { origin: string; slug: string; title: string; width: number; height: number; cacheAge?: number; lang?: Lang }) {
  const { origin, slug, title, width, height, cacheAge, lang = DEFAULT_LANG } = options;
  return {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: 'The Astana talks',
    provider_url: `${origin}${editionPath(lang, '/')}`,
    ...(cacheAge ? { cache_age: cacheAge } : {}),
    width,
    height,
    html:
      `<iframe src="${origin}${editionPath(lang, `/embed/${slug}`)}" title="${escapeHtml(title)}" width="${width}" height="${height}" ` +
      'style="border:0;max-width:100%" loading="lazy"></iframe>',
  };
}
