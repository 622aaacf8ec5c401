import { readerMapParams, readerMapResponse } from '@/app/_lib/publishing/map-files.server';

/** One small static map per step, as an SVG file: the reader view loads them lazily: the English edition's. */
export const dynamic = 'force-static';
export const dynamicParams = false;

export async function generateStaticParams() {
  return readerMapParams('en');
}

export async function GET(_request: Request, { params }: RouteContext<'/read/maps/[file]'>) {
  return readerMapResponse('en', (await params).file);
}
