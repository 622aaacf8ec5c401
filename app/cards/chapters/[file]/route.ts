import { cardFileParams, cardFileResponse } from '../../../_lib/publishing/share-card/edition-cards.server';

/** One share card per chapter (`<slug>.png`), drawn at build time. */
export const dynamic = 'force-static';
export const dynamicParams = false;

export const generateStaticParams = () => cardFileParams('en', 'chapter');

export async function GET(_request: Request, { params }: RouteContext<'/cards/chapters/[file]'>) {
  return cardFileResponse('en', 'chapter', (await params).file);
}
