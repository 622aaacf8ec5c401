import { readerMapParams, readerMapResponse } from '@/app/_lib/publishing/map-files.server';

/** One small static map per step, as an SVG file: the reader view loads them lazily: the Arabic edition's. */
export const dynamic = 'force-static';
export const dynamicParams = false;

export async function generateStaticParams() {
  return readerMapParams('ar');
}

export async function GET(_request: Request, { params }: RouteContext<'/ar/read/maps/[file]'>) {
  return readerMapResponse('ar', (await params).file);
}
