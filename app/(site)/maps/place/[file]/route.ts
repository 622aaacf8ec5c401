import { getPlaceIds, getPlacePage } from '../../../../_lib/content/story.server';
import { getCountryIndex, PLACE_MAP, renderStaticMap, staticMapForPlace } from '../../../../_lib/map/static/static-map.server';

/** Each place page's map, as an SVG file (`<id>.svg`): cached on its own, not carried in the page. */
export const dynamic = 'force-static';
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getPlaceIds()).map((id) => ({ file: `${id}.svg` }));
}

export async function GET(_request: Request, { params }: RouteContext<'/maps/place/[file]'>) {
  const { file } = await params;
  const page = file.endsWith('.svg') ? await getPlacePage(file.slice(0, -'.svg'.length)) : undefined;
  if (!page) return new Response('Not found', { status: 404 });
  const svg = await renderStaticMap(staticMapForPlace(page.place, PLACE_MAP, await getCountryIndex()));
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
}
