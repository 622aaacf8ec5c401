import type { NextRequest } from 'next/server';
import { chapterOf, fitEmbed, oembedResponse, parseBound } from '../_lib/publishing/oembed';
import { loopbackOrigin, siteOrigin } from '../_lib/publishing/site-url.mjs';
import { getChapterPage } from '../_lib/content/story.server';

/** How long consumers and shared caches may keep an answer when SITE_URL fixes the origin. */
const CACHE_SECONDS = 86400;

function plain(status: number, message: string, headers: Record<string, string> = {}): Response {
  return new Response(`${message}\n`, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'Access-Control-Allow-Origin': '*', ...headers },
  });
}

/**
 * oEmbed (https://oembed.com) for chapters: `/oembed?url=<chapter or embed URL>&format=json`.
 * The origin in the answer is SITE_URL's; without it only loopback hosts are trusted (local
 * development), and those answers depend on the Host header, so nothing may cache them.
 */
export async function GET(request: NextRequest) {
  const configured = siteOrigin();
  // The raw Host header: NextURL would rewrite 127.0.0.1 to localhost.
  const origin = configured ?? loopbackOrigin(request.headers.get('host'), request.nextUrl.protocol);
  if (!origin) {
    return plain(400, 'SITE_URL is not configured, so oEmbed answers only on localhost; set SITE_URL to the public origin when building', { Vary: 'Host' });
  }
  const query = request.nextUrl.searchParams;
  if ((query.get('format') ?? 'json') !== 'json') return plain(501, 'Only format=json is supported');

  const maxWidth = parseBound(query.get('maxwidth'));
  const maxHeight = parseBound(query.get('maxheight'));
  if (maxWidth === 'invalid' || maxHeight === 'invalid') return plain(400, 'maxwidth and maxheight must be positive numbers of pixels');
  const size = fitEmbed(maxWidth, maxHeight);
  if (!size) return plain(501, 'A chapter needs at least 300 × 488 pixels; maxwidth or maxheight is smaller');

  const url = query.get('url');
  if (!url) return plain(400, 'Missing url');
  // An Arabic chapter's URL (`/ar/chapters/<slug>`) is answered with its Arabic embed and title.
  const target = chapterOf(url, origin);
  const chapter = target && (await getChapterPage(target.slug, target.lang))?.chapter;
  if (!target || !chapter) return plain(404, 'No chapter at that url');

  const cacheAge = configured ? CACHE_SECONDS : undefined;
  const body = oembedResponse({ origin, slug: chapter.slug, title: chapter.title, ...size, cacheAge, lang: target.lang });
  const caching: Record<string, string> = configured ? { 'Cache-Control': `public, max-age=${CACHE_SECONDS}` } : { 'Cache-Control': 'no-store', Vary: 'Host' };
  return Response.json(body, { headers: { ...caching, 'Access-Control-Allow-Origin': '*' } });
}
