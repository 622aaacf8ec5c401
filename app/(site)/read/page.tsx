import type { Metadata } from 'next';
import Link from 'next/link';
import { readerComponents } from '../../_components/mdx/reader-components';
import { MdxContent } from '../../_components/mdx/mdx-content';
import { SourceLine } from '../../_components/story/chapter-article';
import { formatDateRange } from '../../_lib/content/dates';
import { getCountryIndex } from '../../_lib/map/basemap/reader.server';
import { cardPaths, pageMetadata, STORY_TITLE } from '../../_lib/publishing/page-metadata';
import { storyCard } from '../../_lib/publishing/share-card/cards';
import { getStory } from '../../_lib/content/story.server';

export async function generateMetadata(): Promise<Metadata> {
  const { chapters, gazetteer } = await getStory();
  return pageMetadata({
    path: '/read',
    title: 'Reader view',
    description: 'The whole story of the 2017 Astana talks as one article, with a small map for each step; made for reading and printing.',
    // The story's card: the reader view is the same story.
    card: { path: cardPaths.story, alt: storyCard(chapters, gazetteer, STORY_TITLE).alt },
  });
}

/** The story unrolled: no scrolling choreography, no JavaScript needed, a clean print. */
export default async function ReaderPage() {
  const { chapters, gazetteer, areas } = await getStory();
  const components = readerComponents(gazetteer, await getCountryIndex(), areas);
  return (
    <article className="reader">
      <header className="reader-intro">
        <h1>The Astana talks</h1>
        <p className="story-dek">
          In 2017 Russia, Turkey and Iran brought Syria’s government and armed opposition to Kazakhstan’s capital. Five
          reports from that year, retold with a map for each step.
        </p>
        <p className="reader-switch no-print">
          <Link href="/">Back to the map story</Link> · <a href="#sources">Sources</a>
        </p>
      </header>
      {chapters.map((chapter) => (
        <section key={chapter.slug} className="reader-chapter" aria-labelledby={`reader-${chapter.slug}`} data-chapter={chapter.slug}>
          <p className="chapter-date">
            <time dateTime={chapter.dates.start}>{formatDateRange(chapter.dates.start, chapter.dates.end)}</time>
          </p>
          <h2 id={`reader-${chapter.slug}`}>{chapter.title}</h2>
          <p className="chapter-dek">{chapter.dek}</p>
          <SourceLine source={chapter.source} />
          <MdxContent code={chapter.code} components={components} />
        </section>
      ))}
      <section id="sources" className="reader-sources">
        <h2>Sources</h2>
        <ol>
          {chapters.map((chapter) => (
            <li key={chapter.slug}>
              {chapter.title} ({formatDateRange(chapter.dates.start, chapter.dates.end)}): {chapter.source.outlet ?? 'outlet not named'}.{' '}
              {chapter.source.note}
            </li>
          ))}
        </ol>
        <p>Basemap: Natural Earth (public domain). Capitals: GeoNames (CC BY 4.0).</p>
      </section>
    </article>
  );
}
