import { firstViewFiles, firstViewSvg } from '../../../../_lib/publishing/first-view.server';

/** The first views of the story, its chapters and its embeds, one SVG file per box (publishing/first-view.server.ts). */
export const dynamic = 'force-static';
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await firstViewFiles()).map((file) => ({ file }));
}

export async function GET(_request: Request, { params }: RouteContext<'/maps/view/[file]'>) {
  const svg = await firstViewSvg((await params).file);
  if (!svg) return new Response('Not found', { status: 404 });
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
}
