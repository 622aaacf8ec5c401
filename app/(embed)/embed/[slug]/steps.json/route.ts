import { getChapterSlugs } from '../../../../_lib/content/story.server';
import { stepsResponse } from '../../../../_lib/publishing/embed-steps.server';

/** The chapter's step texts as plain text, for scroll-driven embeds laid out by public/embed.js. */
export const dynamic = 'force-static';
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getChapterSlugs()).map((slug) => ({ slug }));
}

export async function GET(_request: Request, { params }: RouteContext<'/embed/[slug]/steps.json'>) {
  return stepsResponse('en', (await params).slug);
}
