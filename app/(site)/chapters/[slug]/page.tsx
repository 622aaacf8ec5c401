import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { EmbedButton } from '../../../_components/embed/embed-button';
import { ChapterArticle } from '../../../_components/story/chapter-article';
import { StoryLayout, viewChapters } from '../../../_components/story/story-layout';
import { getChapter, getStory } from '../../../_lib/content.server';
import { siteOrigin } from '../../../_lib/site-url.mjs';

export const dynamicParams = false;

export async function generateStaticParams() {
  const { chapters } = await getStory();
  return chapters.map((chapter) => ({ slug: chapter.slug }));
}

export async function generateMetadata({ params }: PageProps<'/chapters/[slug]'>): Promise<Metadata> {
  const chapter = await getChapter((await params).slug);
  return chapter ? { title: chapter.title, description: chapter.dek } : {};
}

function oembedHref(slug: string): string {
  const site = siteOrigin() ?? '';
  return `${site}/oembed?format=json&url=${encodeURIComponent(`${site}/chapters/${slug}`)}`;
}

export default async function ChapterPage({ params }: PageProps<'/chapters/[slug]'>) {
  const { slug } = await params;
  const { chapters, gazetteer } = await getStory();
  const index = chapters.findIndex((chapter) => chapter.slug === slug);
  const chapter = chapters[index];
  if (!chapter) notFound();
  const previous = chapters[index - 1];
  const next = chapters[index + 1];
  return (
    <StoryLayout chapters={[chapter]} allChapters={viewChapters(chapters)} gazetteer={gazetteer}>
      {/* oEmbed discovery; React places <link> in the head. Relative unless SITE_URL is configured. */}
      <link rel="alternate" type="application/json+oembed" href={oembedHref(chapter.slug)} title={chapter.title} />
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
