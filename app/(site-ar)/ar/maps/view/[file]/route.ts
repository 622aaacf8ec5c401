import { firstViewParams, firstViewResponse } from '@/app/_lib/publishing/map-files.server';

/** The first views of the story, its chapters and its embeds, one SVG file per box (publishing/first-view.server.ts): the Arabic edition's. */
export const dynamic = 'force-static';
export const dynamicParams = false;

export async function generateStaticParams() {
  return firstViewParams('ar');
}

export async function GET(_request: Request, { params }: RouteContext<'/ar/maps/view/[file]'>) {
  return firstViewResponse('ar', (await params).file);
}
