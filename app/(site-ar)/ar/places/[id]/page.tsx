import { PlacePageView, placeMetadata, placeParams } from '../../../../_components/pages/place-page';

export const dynamicParams = false;
export const generateStaticParams = placeParams;

export async function generateMetadata({ params }: PageProps<'/ar/places/[id]'>) {
  return placeMetadata('ar', (await params).id);
}

export default async function ArabicPlacePage({ params }: PageProps<'/ar/places/[id]'>) {
  return <PlacePageView lang="ar" id={(await params).id} />;
}
