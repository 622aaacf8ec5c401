import { staticMapSvg } from '../../../../_components/map/static-map';
import { cameraForStep } from '../../../../_lib/camera';
import { getStory } from '../../../../_lib/content.server';

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
  const camera = cameraForStep(step, gazetteer.byId);
  const svg = await staticMapSvg({
    camera: camera.kind === 'point' ? { ...camera, zoom: Math.min(camera.zoom, 6) } : camera,
    width: 360,
    height: 220,
    places: step.places.map((id) => gazetteer.byId.get(id)!),
    activeIds: step.places,
    highlight: step.countries,
    title: `Map: ${step.places.map((id) => gazetteer.byId.get(id)?.name ?? id).join(', ')}`,
    grid: 2,
  });
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
}
