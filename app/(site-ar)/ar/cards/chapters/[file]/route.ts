import { cardFileParams, cardFileResponse } from '../../../../../_lib/publishing/share-card/edition-cards.server';

/** One Arabic share card per chapter of the Arabic edition (`<slug>.png`), drawn at build time. */
export const dynamic = 'force-static';
export const dynamicParams = false;

export const generateStaticParams = () => cardFileParams('ar', 'chapter');

export async function GET(_request: Request, { params }: RouteContext<'/ar/cards/chapters/[file]'>) {
  return cardFileResponse('ar', 'chapter', (await params).file);
}
