import type { Lang } from '../edition/edition';
import { getChapterPage, getChapterSlugs } from '../content/story.server';
import { oembedResponse, STATIC_OEMBED_SIZE } from './oembed';
import { siteOrigin } from './site-url.mjs';

/*
 * The export's oEmbed answers, one file per chapter and edition: `/oembed/<slug>.json` and
 * `/oembed/ar/<slug>.json`, which the chapters' discovery links name (oembedDiscoveryHref).
 */

const CACHE_SECONDS = 86400;

export async function oembedFiles(lang: Lang) {
  return (await getChapterSlugs(lang)).map((slug) => ({ file: `${slug}.json` }));
}

export async function oembedFile(lang: Lang, file: string): Promise<Response> {
  const origin = siteOrigin();
  if (!origin) throw new Error('The static oEmbed answers need SITE_URL, the public origin they name');
  const chapter = file.endsWith('.json') ? (await getChapterPage(file.slice(0, -'.json'.length), lang))?.chapter : undefined;
  if (!chapter) return new Response('Not found', { status: 404 });
  return Response.json(oembedResponse({ origin, slug: chapter.slug, title: chapter.title, ...STATIC_OEMBED_SIZE, cacheAge: CACHE_SECONDS, lang }));
}
