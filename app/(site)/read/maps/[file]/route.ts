import { getCountryIndex, READER_MAP, renderStaticMap, staticMapForStep } from '../../../../_lib/map/static/static-map.server';
import { getStep, getStepIds, getStory } from '../../../../_lib/content/story.server';

/** One small static map per step, as an SVG file: the reader view loads them lazily. */
export const dynamic = 'force-static';
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getStepIds()).map((id) => ({ file: `${id}.svg` }));
}

export async function GET(_request: Request, { params }: RouteContext<'/read/maps/[file]'>) {
  const { file } = await params;
  const step = file.endsWith('.svg') ? await getStep(file.slice(0, -'.svg'.length)) : undefined;
  if (!step) return new Response('Not found', { status: 404 });
  const { gazetteer, areas } = await getStory();
  const svg = await renderStaticMap(staticMapForStep(step, { byId: gazetteer.byId, countries: await getCountryIndex(), areas: areas.byId }, READER_MAP));
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
}
