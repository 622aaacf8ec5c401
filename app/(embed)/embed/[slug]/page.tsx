import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EmbedApp } from '../../../_components/embed/embed-app';
import { StaticView } from '../../../_components/map/static-view';
import { MdxContent } from '../../../_components/mdx/mdx-content';
import { absoluteUrl } from '../../../_lib/publishing/page-metadata';
import { getCountryIndex } from '../../../_lib/map/static/static-map.server';
import { measureText } from '../../../_lib/map/text/metrics.server';
import { firstViews } from '../../../_lib/publishing/first-view.server';
import { storyView } from '../../../_lib/reading/story-view';
import { getChapterPage, getChapterSlugs, getStory } from '../../../_lib/content/story.server';

export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getChapterSlugs()).map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: PageProps<'/embed/[slug]'>): Promise<Metadata> {
  const chapter = (await getChapterPage((await params).slug))?.chapter;
  // No card and no index (the layout): the chapter's page is the one to share and find.
  return chapter ? { title: chapter.title, description: chapter.dek, alternates: { canonical: absoluteUrl(`/chapters/${chapter.slug}`) } } : {};
}

export default async function EmbedPage({ params }: PageProps<'/embed/[slug]'>) {
  const page = await getChapterPage((await params).slug);
  if (!page) notFound();
  const { chapter, gazetteer } = page;
  const countries = await getCountryIndex();
  const view = storyView([chapter], gazetteer, countries, measureText, (await getStory()).areas.byId);
  const views = await firstViews({ kind: 'embed', slug: chapter.slug });
  return (
    <main>
      <EmbedApp
        view={view}
        title={chapter.title}
        chapterUrl={`/chapters/${chapter.slug}`}
        steps={<MdxContent code={chapter.code} />}
        staticMap={views && <StaticView views={views} linkPlaces={false} />}
      />
    </main>
  );
}
