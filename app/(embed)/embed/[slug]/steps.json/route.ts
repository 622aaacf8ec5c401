import { getStory } from '../../../../_lib/content.server';

/** The chapter's step texts as plain text, for scroll-driven embeds laid out by public/embed.js. */
export const dynamic = 'force-static';
export const dynamicParams = false;

export async function generateStaticParams() {
  const { chapters } = await getStory();
  return chapters.map((chapter) => ({ slug: chapter.slug }));
}

export async function GET(_request: Request, { params }: RouteContext<'/embed/[slug]/steps.json'>) {
  const { slug } = await params;
  const { chapters } = await getStory();
  const chapter = chapters.find((c) => c.slug === slug);
  if (!chapter) return new Response('Not found', { status: 404 });
  return Response.json({
    slug: chapter.slug,
    title: chapter.title,
    url: `/chapters/${chapter.slug}`,
    source: chapter.source,
    steps: chapter.steps.map((step) => ({ id: step.id, places: step.places, paragraphs: step.text.split(/\n{2,}/) })),
  });
}
