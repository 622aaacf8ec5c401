import { cardFileResponse } from '../../_lib/publishing/share-card/edition-cards.server';

/** The story's share card, drawn once at build time. */
export const dynamic = 'force-static';

export function GET() {
  return cardFileResponse('en', 'story');
}
