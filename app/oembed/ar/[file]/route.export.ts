import { oembedFile, oembedFiles } from '../../../_lib/publishing/oembed-files.server';

/** The Arabic chapters' oEmbed answers in an export (`/oembed/ar/<slug>.json`), as app/oembed/[file]'s. */
export const dynamic = 'force-static';
export const dynamicParams = false;

export const generateStaticParams = () => oembedFiles('ar');

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  return oembedFile('ar', (await params).file);
}
