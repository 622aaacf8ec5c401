import { getChapterSlugs } from '../../../../../_lib/content/story.server';
import { stepsResponse } from '../../../../../_lib/publishing/embed-steps.server';

/** The Arabic chapter's step texts, for scroll-driven embeds with `data-lang="ar"`. */
export const dynamic = 'force-static';
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getChapterSlugs('ar')).map((slug) => ({ slug }));
}

export async function GET(_request: Request, { params }: RouteContext<'/ar/embed/[slug]/steps.json'>) {
  return stepsResponse('ar', (await params).slug);
}
