import { ChapterPageView, chapterMetadata, chapterParams } from '../../../../_components/pages/chapter-page';

export const dynamicParams = false;
export const generateStaticParams = () => chapterParams('ar');

export async function generateMetadata({ params }: PageProps<'/ar/chapters/[slug]'>) {
  return chapterMetadata('ar', (await params).slug);
}

export default async function ArabicChapterPage({ params }: PageProps<'/ar/chapters/[slug]'>) {
  return <ChapterPageView lang="ar" slug={(await params).slug} />;
}
