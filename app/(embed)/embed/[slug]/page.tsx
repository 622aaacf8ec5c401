import { EmbedPageView, embedMetadata, embedParams } from '../../../_components/pages/embed-page';

export const dynamicParams = false;
export const generateStaticParams = () => embedParams('en');

export async function generateMetadata({ params }: PageProps<'/embed/[slug]'>) {
  return embedMetadata('en', (await params).slug);
}

export default async function EmbedPage({ params }: PageProps<'/embed/[slug]'>) {
  return <EmbedPageView lang="en" slug={(await params).slug} />;
}
