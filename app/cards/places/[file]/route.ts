import { placeCard } from '../../../_lib/publishing/share-card/cards';
import { shareCardResponse } from '../../../_lib/publishing/share-card/render.server';
import { getPlaceIds, getPlacePage } from '../../../_lib/content/story.server';

/** One share card per place (`<id>.png`), drawn at build time. */
export const dynamic = 'force-static';
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getPlaceIds()).map((id) => ({ file: `${id}.png` }));
}

export async function GET(_request: Request, { params }: RouteContext<'/cards/places/[file]'>) {
  const { file } = await params;
  const page = file.endsWith('.png') ? await getPlacePage(file.slice(0, -'.png'.length)) : undefined;
  if (!page) return new Response('Not found', { status: 404 });
  return shareCardResponse(placeCard(page.place));
}
