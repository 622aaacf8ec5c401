import { getStory } from '../../../../_lib/content.server';
import { READER_MAP, renderStaticMap, staticMapForStep } from '../../../../_lib/static-map.server';

/** One small static map per step, as an SVG file: the reader view loads them lazily. */
export const dynamic = 'force-static';
export const dynamicParams = false;

export async function generateStaticParams() {
  const { chapters } = await getStory();
  return chapters.flatMap((chapter) => chapter.steps.map((step) => ({ file: `${step.id}.svg` })));
}

export async function GET(_request: Request, { params }: RouteContext<'/read/maps/[file]'>) {
  const { file } = await params;
  const { chapters, gazetteer } = await getStory();
  const step = chapters.flatMap((c) => c.steps).find((s) => `${s.id}.svg` === file);
  if (!step) return new Response('Not found', { status: 404 });
  const svg = await renderStaticMap(staticMapForStep(step, gazetteer, READER_MAP));
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
}
