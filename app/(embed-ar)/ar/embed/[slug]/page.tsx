import { EmbedPageView, embedMetadata, embedParams } from '../../../../_components/pages/embed-page';

export const dynamicParams = false;
export const generateStaticParams = () => embedParams('ar');

export async function generateMetadata({ params }: PageProps<'/ar/embed/[slug]'>) {
  return embedMetadata('ar', (await params).slug);
}

export default async function ArabicEmbedPage({ params }: PageProps<'/ar/embed/[slug]'>) {
  return <EmbedPageView lang="ar" slug={(await params).slug} />;
}
