import type { Metadata } from 'next';
import Link from 'next/link';
import { formatDateRange } from '@/app/_lib/content/dates';
import { editionPath, type Lang } from '@/app/_lib/edition/edition';
import { stringsFor } from '@/app/_lib/edition/strings';
import { getMapEdition } from '@/app/_lib/map/edition/map-edition.server';
import { cardPaths, pageMetadata } from '@/app/_lib/publishing/page-metadata';
import { editionCard } from '@/app/_lib/publishing/share-card/edition-cards.server';
import { getStory } from '@/app/_lib/content/story.server';
import { readerComponents } from '../mdx/reader-components';
import { MdxContent } from '../mdx/mdx-content';
import { SourceLine } from '../story/chapter-article';

/** The reader view in one edition: `/read` and `/ar/read`. */
export async function readerMetadata(lang: Lang): Promise<Metadata> {
  const t = stringsFor(lang);
  const drawn = (await editionCard(lang, 'story'))!;
  return pageMetadata({
    path: '/read',
    lang,
    title: t.readerTitle,
    description: t.readerDescription,
    // The story's card: the reader view is the same story.
    card: { path: cardPaths.story, alt: drawn.alt },
  });
}

/** The story unrolled: no scrolling choreography, no JavaScript needed, a clean print. */
export async function ReaderPageView({ lang }: { lang: Lang }) {
  const t = stringsFor(lang);
  const { chapters } = await getStory(lang);
  const components = readerComponents(await getMapEdition(lang));
  const when = (chapter: (typeof chapters)[number]) => formatDateRange(chapter.dates.start, chapter.dates.end, lang);
  return (
    <article className="reader">
      <header className="reader-intro">
        <h1>{t.siteName}</h1>
        <p className="story-dek">{t.readerDek}</p>
        <p className="reader-switch no-print">
          <Link href={editionPath(lang, '/')}>{t.backToMapStory}</Link> · <a href="#sources">{t.sources}</a>
        </p>
      </header>
      {chapters.map((chapter) => (
        <section key={chapter.slug} className="reader-chapter" aria-labelledby={`reader-${chapter.slug}`} data-chapter={chapter.slug}>
          <p className="chapter-date">
            <time dateTime={chapter.dates.start}>{when(chapter)}</time>
          </p>
          <h2 id={`reader-${chapter.slug}`}>{chapter.title}</h2>
          <p className="chapter-dek">{chapter.dek}</p>
          <SourceLine source={chapter.source} lang={lang} />
          <MdxContent code={chapter.code} components={components} />
        </section>
      ))}
      <section id="sources" className="reader-sources">
        <h2>{t.sources}</h2>
        <ol>
          {chapters.map((chapter) => (
            <li key={chapter.slug}>
              {chapter.title} ({when(chapter)}): {chapter.source.outlet ?? t.outletNotNamed}. {chapter.source.note}
            </li>
          ))}
        </ol>
        <p>{t.credits}</p>
      </section>
    </article>
  );
}
