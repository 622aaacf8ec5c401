import { PlacePageView, placeMetadata, placeParams } from '../../../_components/pages/place-page';

export const dynamicParams = false;
export const generateStaticParams = placeParams;

export async function generateMetadata({ params }: PageProps<'/places/[id]'>) {
  return placeMetadata('en', (await params).id);
}

export default async function PlacePage({ params }: PageProps<'/places/[id]'>) {
  return <PlacePageView lang="en" id={(await params).id} />;
}
