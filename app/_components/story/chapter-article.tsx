import Link from 'next/link';
import type { Chapter } from '@/app/_lib/content.server';
import { formatDateRange } from '@/app/_lib/format';
import { MdxContent } from '../mdx/mdx-content';

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
        <p className="chapter-source">
          <span className="label">Source:</span> {chapter.source.outlet ?? 'outlet not named'}. {chapter.source.note}
        </p>
      </header>
      <MdxContent code={chapter.code} />
    </article>
  );
}
