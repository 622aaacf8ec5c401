import Link from 'next/link';
import type { Chapter } from '@/app/_lib/content/loader.server';
import { formatDateRange } from '@/app/_lib/content/dates';
import { editionPath, type Lang } from '@/app/_lib/edition/edition';
import { stringsFor } from '@/app/_lib/edition/strings';
import { MdxContent } from '../mdx/mdx-content';
import { mdxComponentsFor } from '../mdx/mdx-components';

/** The source line every chapter carries; it says so when the text names no outlet. */
export function SourceLine({ source, lang = 'en' }: { source: Chapter['source']; lang?: Lang }) {
  const t = stringsFor(lang);
  return (
    <p className="chapter-source">
      <span className="label">{t.source}</span> {source.outlet ?? t.outletNotNamed}. {source.note}
      {t.quotesTranslated && ` ${t.quotesTranslated}`}
    </p>
  );
}

interface ChapterArticleProps {
  chapter: Chapter;
  lang?: Lang;
  headingLevel?: 1 | 2;
  linkTitle?: boolean;
}

/** A chapter's header, source line and steps, fully server-rendered. */
export function ChapterArticle({ chapter, lang = 'en', headingLevel = 2, linkTitle = false }: ChapterArticleProps) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <article className="chapter" id={`chapter-${chapter.slug}`} data-chapter={chapter.slug} aria-labelledby={`title-${chapter.slug}`}>
      <header className="chapter-header">
        <p className="chapter-date">
          <time dateTime={chapter.dates.start}>{formatDateRange(chapter.dates.start, chapter.dates.end, lang)}</time>
        </p>
        <Heading id={`title-${chapter.slug}`} className="chapter-title">
          {linkTitle ? <Link href={editionPath(lang, `/chapters/${chapter.slug}`)}>{chapter.title}</Link> : chapter.title}
        </Heading>
        <p className="chapter-dek">{chapter.dek}</p>
        <SourceLine source={chapter.source} lang={lang} />
      </header>
      <MdxContent code={chapter.code} components={mdxComponentsFor(lang)} />
    </article>
  );
}
