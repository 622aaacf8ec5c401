import { editionPath, type Lang } from '../edition/edition';
import { getChapterPage } from '../content/story.server';

/**
 * A chapter's step texts as plain text, for scroll-driven embeds laid out by public/embed.js:
 * `/embed/<slug>/steps.json`, and the Arabic edition's `/ar/embed/<slug>/steps.json`.
 */
export async function stepsResponse(lang: Lang, slug: string): Promise<Response> {
  const chapter = (await getChapterPage(slug, lang))?.chapter;
  if (!chapter) return new Response('Not found', { status: 404 });
  return Response.json({
    slug: chapter.slug,
    title: chapter.title,
    url: editionPath(lang, `/chapters/${chapter.slug}`),
    source: chapter.source,
    steps: chapter.steps.map((step) => ({ id: step.id, places: step.places, paragraphs: step.text.split(/\n{2,}/) })),
  });
}
