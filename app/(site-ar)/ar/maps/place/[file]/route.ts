import { placeMapParams, placeMapResponse } from '@/app/_lib/publishing/map-files.server';

/** Each place page's map, as SVG files for laptops and phones, and the JSON its live map explores (publishing/map-files.server.ts): the Arabic edition's. */
export const dynamic = 'force-static';
export const dynamicParams = false;

export async function generateStaticParams() {
  return placeMapParams();
}

export async function GET(_request: Request, { params }: RouteContext<'/ar/maps/place/[file]'>) {
  return placeMapResponse('ar', (await params).file);
}
