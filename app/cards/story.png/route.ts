import { storyCard } from '../../_lib/publishing/share-card/cards';
import { shareCardResponse } from '../../_lib/publishing/share-card/render.server';
import { STORY_TITLE } from '../../_lib/publishing/page-metadata';
import { getStory } from '../../_lib/content/story.server';

/** The story's share card, drawn once at build time. */
export const dynamic = 'force-static';

export async function GET() {
  const { chapters, gazetteer } = await getStory();
  return shareCardResponse(storyCard(chapters, gazetteer, STORY_TITLE));
}
