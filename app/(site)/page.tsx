import type { Metadata } from 'next';
import { ChapterArticle } from '../_components/story/chapter-article';
import { StoryLayout } from '../_components/story/story-layout';
import { cardPaths, pageMetadata, STORY_DESCRIPTION, STORY_TITLE } from '../_lib/publishing/page-metadata';
import { storyCard } from '../_lib/publishing/share-card/cards';
import { getStoryPage } from '../_lib/content/story.server';

export async function generateMetadata(): Promise<Metadata> {
  const { chapters, gazetteer } = await getStoryPage();
  const card = { path: cardPaths.story, alt: storyCard(chapters, gazetteer, STORY_TITLE).alt };
  // The whole title, not the layout's template around it.
  return { ...pageMetadata({ path: '/', title: STORY_TITLE, description: STORY_DESCRIPTION, card }), title: { absolute: STORY_TITLE } };
}

export default async function StoryPage() {
  const { chapters, gazetteer, timeline } = await getStoryPage();
  return (
    <StoryLayout chapters={chapters} allChapters={timeline} gazetteer={gazetteer} page={{ kind: 'story' }}>
      <header className="story-intro">
        <h1>The Astana talks</h1>
        <p className="story-dek">
          In 2017 Russia, Turkey and Iran brought Syria’s government and armed opposition to Kazakhstan’s capital. Five
          reports from that year follow the process from its first round to the plan for a congress in Sochi.
        </p>
        <p className="story-hint">
          Scroll to read; the map follows.
          <span className="key-hint"> Use the arrow keys or J and K to move between steps.</span>
        </p>
        <nav aria-label="Chapters">
          <ol className="chapter-list">
            {chapters.map((chapter) => (
              <li key={chapter.slug}>
                <a href={`#chapter-${chapter.slug}`}>{chapter.title}</a>
              </li>
            ))}
          </ol>
        </nav>
      </header>
      {chapters.map((chapter) => (
        <ChapterArticle key={chapter.slug} chapter={chapter} linkTitle />
      ))}
      <div className="story-end" aria-hidden="true" />
    </StoryLayout>
  );
}
