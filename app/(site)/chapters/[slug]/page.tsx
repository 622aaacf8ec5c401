import { ChapterPageView, chapterMetadata, chapterParams } from '../../../_components/pages/chapter-page';

export const dynamicParams = false;
export const generateStaticParams = () => chapterParams('en');

export async function generateMetadata({ params }: PageProps<'/chapters/[slug]'>) {
  return chapterMetadata('en', (await params).slug);
}

export default async function ChapterPage({ params }: PageProps<'/chapters/[slug]'>) {
  return <ChapterPageView lang="en" slug={(await params).slug} />;
}
