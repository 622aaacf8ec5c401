import { getPlaceIds, getPlacePage } from '../../../../_lib/content/story.server';
import { getCountryIndex, PLACE_MAP, PLACE_MAP_PHONE, renderStaticMap, staticMapForPlace } from '../../../../_lib/map/static/static-map.server';
import { measureText } from '../../../../_lib/map/text/metrics.server';
import { placeMapView } from '../../../../_lib/reading/place-view';

/**
 * Each place page's map, as SVG files (`<id>.svg`, and `<id>-phone.svg` for screens 640 px wide
 * or narrower, where the other's names would shrink past reading): cached on their own, not carried in the page.
 * Beside it `<id>.json`, what the live map needs to explore it (reading/place-view.ts), fetched
 * only when the reader presses "Explore the map".
 */
export const dynamic = 'force-static';
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getPlaceIds()).flatMap((id) => [{ file: `${id}.svg` }, { file: `${id}-phone.svg` }, { file: `${id}.json` }]);
}

export async function GET(_request: Request, { params }: RouteContext<'/maps/place/[file]'>) {
  const { file } = await params;
  const [, id, phone, type] = /^(.+?)(-phone)?\.(svg|json)$/.exec(file) ?? [];
  const page = id ? await getPlacePage(id) : undefined;
  if (!page || (phone && type === 'json')) return new Response('Not found', { status: 404 });
  if (type === 'json') return Response.json(placeMapView(page, await getCountryIndex(), measureText));
  const svg = await renderStaticMap(staticMapForPlace(page.place, phone ? PLACE_MAP_PHONE : PLACE_MAP, await getCountryIndex()));
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
}
