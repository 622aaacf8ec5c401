import Link from 'next/link';
import type { Chapter } from '@/app/_lib/content/loader.server';
import { formatDateRange } from '@/app/_lib/content/dates';
import { MdxContent } from '../mdx/mdx-content';

/** The source line every chapter carries; it says so when the text names no outlet. */
export function SourceLine({ source }: { source: Chapter['source'] }) {
  return (
    <p className="chapter-source">
      <span className="label">Source:</span> {source.outlet ?? 'outlet not named'}. {source.note}
    </p>
  );
}

/** A chapter's header, source line and steps, fully server-rendered. */
export function ChapterArticle({ chapter, headingLevel = 2, linkTitle = false }: { chapter: Chapter; headingLevel?: 1 | 2; linkTitle?: boolean }) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <article className="chapter" id={`chapter-${chapter.slug}`} data-chapter={chapter.slug} aria-labelledby={`title-${chapter.slug}`}>
      <header className="chapter-header">
        <p className="chapter-date">
          <time dateTime={chapter.dates.start}>{formatDateRange(chapter.dates.start, chapter.dates.end)}</time>
        </p>
        <Heading id={`title-${chapter.slug}`} className="chapter-title">
          {linkTitle ? <Link href={`/chapters/${chapter.slug}`}>{chapter.title}</Link> : chapter.title}
        </Heading>
        <p className="chapter-dek">{chapter.dek}</p>
        <SourceLine source={chapter.source} />
      </header>
      <MdxContent code={chapter.code} />
    </article>
  );
}
