import type { NextRequest } from 'next/server';
import { getStory } from '../_lib/content.server';
import { escapeHtml } from '../_lib/escape-html';

const DEFAULT_WIDTH = 640;

/** Height of an embedded chapter at a width: the map's 16:10 box plus header, card and controls. */
function embedHeight(width: number): number {
  return Math.round(width * 0.625 + 300);
}

/**
 * oEmbed (https://oembed.com) for chapters: `/oembed?url=<chapter or embed URL>&format=json`.
 * Dynamic on purpose: the iframe address must use the origin the consumer asked.
 */
/** The origin the consumer used; NextURL would rewrite 127.0.0.1 to localhost. */
function requestOrigin(request: NextRequest): string {
  const host = request.headers.get('host') ?? '';
  return /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-fA-F:]+\](:\d{1,5})?$/.test(host) ? `${request.nextUrl.protocol}//${host}` : request.nextUrl.origin;
}

export async function GET(request: NextRequest) {
  const origin = requestOrigin(request);
  const query = request.nextUrl.searchParams;
  const format = query.get('format') ?? 'json';
  if (format !== 'json') return new Response('Only format=json is supported', { status: 501 });

  let target: URL;
  try {
    target = new URL(query.get('url') ?? '', origin);
  } catch {
    return new Response('Missing or invalid url', { status: 400 });
  }
  const slug = target.origin === origin ? /^\/(?:chapters|embed)\/([a-z0-9-]+)\/?$/.exec(target.pathname)?.[1] : undefined;
  const { chapters } = await getStory();
  const chapter = chapters.find((c) => c.slug === slug);
  if (!chapter) return new Response('No chapter at that url', { status: 404 });

  const maxWidth = Number(query.get('maxwidth')) || Infinity;
  const maxHeight = Number(query.get('maxheight')) || Infinity;
  const width = Math.max(300, Math.min(DEFAULT_WIDTH, maxWidth));
  const height = Math.min(embedHeight(width), maxHeight);
  const src = `${origin}/embed/${chapter.slug}`;
  return Response.json(
    {
      version: '1.0',
      type: 'rich',
      title: chapter.title,
      provider_name: 'The Astana talks',
      provider_url: `${origin}/`,
      cache_age: 86400,
      width,
      height,
      html: `<iframe src="${src}" title="${escapeHtml(chapter.title)}" width="${width}" height="${height}" style="border:0;max-width:100%" loading="lazy"></iframe>`,
    },
    { headers: { 'Access-Control-Allow-Origin': '*' } },
  );
}
