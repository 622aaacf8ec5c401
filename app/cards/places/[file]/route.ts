import { cardFileParams, cardFileResponse } from '../../../_lib/publishing/share-card/edition-cards.server';

/** One share card per place (`<id>.png`), drawn at build time. */
export const dynamic = 'force-static';
export const dynamicParams = false;

export const generateStaticParams = () => cardFileParams('en', 'place');

export async function GET(_request: Request, { params }: RouteContext<'/cards/places/[file]'>) {
  return cardFileResponse('en', 'place', (await params).file);
}
