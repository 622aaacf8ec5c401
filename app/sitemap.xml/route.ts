import { publicOrigin } from '../_lib/publishing/page-metadata';
import { editionSitemapEntries, sitemapXml } from '../_lib/publishing/sitemap';
import { getStory } from '../_lib/content/story.server';

/** Written once at build time (a static file in an export); URLs from SITE_URL; both editions. */
export const dynamic = 'force-static';

export async function GET() {
  const xml = sitemapXml(editionSitemapEntries({ en: await getStory('en'), ar: await getStory('ar') }, publicOrigin()));
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
