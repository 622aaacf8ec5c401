import type { Metadata } from 'next';
import type { Lang } from '@/app/_lib/edition/edition';
import { stringsFor } from '@/app/_lib/edition/strings';
import { cardPaths, pageMetadata } from '@/app/_lib/publishing/page-metadata';
import { editionCard } from '@/app/_lib/publishing/share-card/edition-cards.server';
import { getStoryPage } from '@/app/_lib/content/story.server';
import { ChapterArticle } from '../story/chapter-article';
import { StoryLayout } from '../story/story-layout';

/** The whole story in one edition: `/` and `/ar`. */
export async function storyMetadata(lang: Lang): Promise<Metadata> {
  const t = stringsFor(lang);
  const card = { path: cardPaths.story, alt: (await editionCard(lang, 'story'))!.alt };
  // The whole title, not the layout's template around it.
  return { ...pageMetadata({ path: '/', lang, title: t.storyTitle, description: t.storyDescription, card }), title: { absolute: t.storyTitle } };
}

export async function StoryPageView({ lang }: { lang: Lang }) {
  const t = stringsFor(lang);
  const { chapters, timeline } = await getStoryPage(lang);
  return (
    <StoryLayout lang={lang} allChapters={timeline} page={{ kind: 'story' }}>
      <header className="story-intro">
        <h1>{t.siteName}</h1>
        <p className="story-dek">{t.introDek}</p>
        <p className="story-hint">
          {t.introHint}
          <span className="key-hint">{t.keyHint}</span>
        </p>
        <nav aria-label={t.chapters}>
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
        <ChapterArticle key={chapter.slug} chapter={chapter} lang={lang} linkTitle />
      ))}
      <div className="story-end" aria-hidden="true" />
    </StoryLayout>
  );
}
