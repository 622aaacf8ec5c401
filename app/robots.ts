import type { MetadataRoute } from 'next';
import { absoluteUrl } from './_lib/publishing/page-metadata';

/** Static at build time. Embeds stay crawlable: they say `noindex` themselves, which a crawler must fetch to read. */
export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: '*', allow: '/' }, sitemap: absoluteUrl('/sitemap.xml') };
}
