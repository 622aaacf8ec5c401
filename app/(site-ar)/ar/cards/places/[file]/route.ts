import { cardFileParams, cardFileResponse } from '../../../../../_lib/publishing/share-card/edition-cards.server';

/** One Arabic share card per place (`<id>.png`), drawn at build time. */
export const dynamic = 'force-static';
export const dynamicParams = false;

export const generateStaticParams = () => cardFileParams('ar', 'place');

export async function GET(_request: Request, { params }: RouteContext<'/ar/cards/places/[file]'>) {
  return cardFileResponse('ar', 'place', (await params).file);
}
