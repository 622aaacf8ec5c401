import { getChapter, getChapterSlugs } from '../../../../_lib/content/story.server';

/** The chapter's step texts as plain text, for scroll-driven embeds laid out by public/embed.js. */
export const dynamic = 'force-static';
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getChapterSlugs()).map((slug) => ({ slug }));
}

export async function GET(_request: Request, { params }: RouteContext<'/embed/[slug]/steps.json'>) {
  const chapter = await getChapter((await params).slug);
  if (!chapter) return new Response('Not found', { status: 404 });
  return Response.json({
    slug: chapter.slug,
    title: chapter.title,
    url: `/chapters/${chapter.slug}`,
    source: chapter.source,
    steps: chapter.steps.map((step) => ({ id: step.id, places: step.places, paragraphs: step.text.split(/\n{2,}/) })),
  });
}
