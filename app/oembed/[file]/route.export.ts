import { STATIC_OEMBED_SIZE, oembedResponse } from '../../_lib/publishing/oembed';
import { siteOrigin } from '../../_lib/publishing/site-url.mjs';
import { getChapter, getChapterSlugs } from '../../_lib/content/story.server';

/**
 * The export's oEmbed answers, one file per chapter (`/oembed/<slug>.json`), which the chapters'
 * discovery links name. A static file cannot read maxwidth or maxheight: it answers the
 * default size, and the iframe narrows to its container (max-width: 100%).
 * Built only by `npm run export` (next.config.mjs's pageExtensions), which requires SITE_URL.
 */
export const dynamic = 'force-static';
export const dynamicParams = false;

const CACHE_SECONDS = 86400;

export async function generateStaticParams() {
  return (await getChapterSlugs()).map((slug) => ({ file: `${slug}.json` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const origin = siteOrigin();
  if (!origin) throw new Error('The static oEmbed answers need SITE_URL, the public origin they name');
  const { file } = await params;
  const chapter = file.endsWith('.json') ? await getChapter(file.slice(0, -'.json'.length)) : undefined;
  if (!chapter) return new Response('Not found', { status: 404 });
  return Response.json(oembedResponse({ origin, slug: chapter.slug, title: chapter.title, ...STATIC_OEMBED_SIZE, cacheAge: CACHE_SECONDS }));
}
