import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { EmbedButton } from '../../../_components/embed/embed-button';
import { ChapterArticle } from '../../../_components/story/chapter-article';
import { StoryLayout } from '../../../_components/story/story-layout';
import { oembedDiscoveryHref } from '../../../_lib/publishing/oembed';
import { cardPaths, pageMetadata } from '../../../_lib/publishing/page-metadata';
import { chapterCard } from '../../../_lib/publishing/share-card/cards';
import { siteOrigin } from '../../../_lib/publishing/site-url.mjs';
import { getChapterPage, getChapterSlugs } from '../../../_lib/content/story.server';

export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getChapterSlugs()).map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: PageProps<'/chapters/[slug]'>): Promise<Metadata> {
  const page = await getChapterPage((await params).slug);
  if (!page) return {};
  const { chapter, gazetteer } = page;
  const card = { path: cardPaths.chapter(chapter.slug), alt: chapterCard(chapter, gazetteer).alt };
  return pageMetadata({ path: `/chapters/${chapter.slug}`, title: chapter.title, description: chapter.dek, type: 'article', card });
}

export default async function ChapterPage({ params }: PageProps<'/chapters/[slug]'>) {
  const page = await getChapterPage((await params).slug);
  if (!page) notFound();
  const { chapter, previous, next, timeline, gazetteer } = page;
  return (
    <StoryLayout chapters={[chapter]} allChapters={timeline} gazetteer={gazetteer} page={{ kind: 'chapter', slug: chapter.slug }}>
      {/* oEmbed discovery; React places <link> in the head. STATIC_EXPORT is inlined by next.config.mjs. */}
      <link
        rel="alternate"
        type="application/json+oembed"
        href={oembedDiscoveryHref(chapter.slug, siteOrigin(), process.env.STATIC_EXPORT === '1')}
        title={chapter.title}
      />
      <ChapterArticle chapter={chapter} headingLevel={1} />
      <div className="chapter-tools">
        <EmbedButton slug={chapter.slug} title={chapter.title} />
      </div>
      <nav className="chapter-nav" aria-label="Other chapters">
        {previous ? <Link href={`/chapters/${previous.slug}`} rel="prev">← {previous.title}</Link> : <span />}
        <Link href="/">The whole story</Link>
        {next ? <Link href={`/chapters/${next.slug}`} rel="next">{next.title} →</Link> : <span />}
      </nav>
      <div className="story-end" aria-hidden="true" />
    </StoryLayout>
  );
}
