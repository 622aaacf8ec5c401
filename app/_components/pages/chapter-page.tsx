import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { editionPath, type Lang } from '@/app/_lib/edition/edition';
import { stringsFor } from '@/app/_lib/edition/strings';
import { oembedDiscoveryHref } from '@/app/_lib/publishing/oembed';
import { cardPaths, pageMetadata } from '@/app/_lib/publishing/page-metadata';
import { editionCard } from '@/app/_lib/publishing/share-card/edition-cards.server';
import { siteOrigin } from '@/app/_lib/publishing/site-url.mjs';
import { getChapterPage, getChapterSlugs } from '@/app/_lib/content/story.server';
import { EmbedButton } from '../embed/embed-button';
import { ChapterArticle } from '../story/chapter-article';
import { StoryLayout } from '../story/story-layout';

/** One chapter in one edition: `/chapters/<slug>` and `/ar/chapters/<slug>`. */
export async function chapterParams(lang: Lang) {
  return (await getChapterSlugs(lang)).map((slug) => ({ slug }));
}

export async function chapterMetadata(lang: Lang, slug: string): Promise<Metadata> {
  const page = await getChapterPage(slug, lang);
  const drawn = await editionCard(lang, 'chapter', slug);
  if (!page || !drawn) return {};
  const { chapter } = page;
  const card = { path: cardPaths.chapter(chapter.slug), alt: drawn.alt };
  return pageMetadata({ path: `/chapters/${chapter.slug}`, lang, title: chapter.title, description: chapter.dek, type: 'article', card });
}

export async function ChapterPageView({ lang, slug }: { lang: Lang; slug: string }) {
  const page = await getChapterPage(slug, lang);
  if (!page) notFound();
  const t = stringsFor(lang);
  const { chapter, previous, next, timeline } = page;
  const path = (rest: string) => editionPath(lang, rest);
  // The arrows point the way the text reads: backwards is to the right in Arabic.
  const [back, forward] = lang === 'ar' ? ['→', '←'] : ['←', '→'];
  return (
    <StoryLayout lang={lang} allChapters={timeline} page={{ kind: 'chapter', slug: chapter.slug }}>
      {/* oEmbed discovery; React places <link> in the head. STATIC_EXPORT is inlined by next.config.mjs. */}
      <link
        rel="alternate"
        type="application/json+oembed"
        href={oembedDiscoveryHref(chapter.slug, siteOrigin(), process.env.STATIC_EXPORT === '1', lang)}
        title={chapter.title}
      />
      <ChapterArticle chapter={chapter} lang={lang} headingLevel={1} />
      <div className="chapter-tools">
        <EmbedButton slug={chapter.slug} title={chapter.title} />
      </div>
      <nav className="chapter-nav" aria-label={t.otherChapters}>
        {previous ? (
          <Link href={path(`/chapters/${previous.slug}`)} rel="prev">
            {back} {previous.title}
          </Link>
        ) : (
          <span />
        )}
        <Link href={path('/')}>{t.wholeStory}</Link>
        {next ? (
          <Link href={path(`/chapters/${next.slug}`)} rel="next">
            {next.title} {forward}
          </Link>
        ) : (
          <span />
        )}
      </nav>
      <div className="story-end" aria-hidden="true" />
    </StoryLayout>
  );
}
