import { oembedFile, oembedFiles } from '../../_lib/publishing/oembed-files.server';

/**
 * The export's oEmbed answers, one file per chapter (`/oembed/<slug>.json`), which the chapters'
 * discovery links name. A static file cannot read maxwidth or maxheight: it answers the
 * default size, and the iframe narrows to its container (max-width: 100%).
 * Built only by `npm run export` (next.config.mjs's pageExtensions), which requires SITE_URL.
 */
export const dynamic = 'force-static';
export const dynamicParams = false;

export const generateStaticParams = () => oembedFiles('en');

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  return oembedFile('en', (await params).file);
}
