import { chapterCard } from '../../../_lib/publishing/share-card/cards';
import { shareCardResponse } from '../../../_lib/publishing/share-card/render.server';
import { getChapterPage, getChapterSlugs } from '../../../_lib/content/story.server';

/** One share card per chapter (`<slug>.png`), drawn at build time. */
export const dynamic = 'force-static';
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getChapterSlugs()).map((slug) => ({ file: `${slug}.png` }));
}

export async function GET(_request: Request, { params }: RouteContext<'/cards/chapters/[file]'>) {
  const { file } = await params;
  const page = file.endsWith('.png') ? await getChapterPage(file.slice(0, -'.png'.length)) : undefined;
  if (!page) return new Response('Not found', { status: 404 });
  return shareCardResponse(chapterCard(page.chapter, page.gazetteer));
}
