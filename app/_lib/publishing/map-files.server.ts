import { stepIds, stepOf } from '../content/story-pages';
import { getPlaceIds, getPlacePage } from '../content/story.server';
import type { Lang } from '../edition/edition';
import { getMapEdition } from '../map/edition/map-edition.server';
import { PLACE_MAP, PLACE_MAP_PHONE, READER_MAP, renderStaticMap, staticMapForPlace, staticMapForStep } from '../map/static/static-map.server';
import { placeMapView } from '../reading/place-view';
import { firstViewFiles, firstViewSvg } from './first-view.server';

/*
 * The map files an edition serves, the same names under each edition's path (/maps/…, /ar/maps/…):
 * each route file is a thin door to one of these, so both editions' routes answer alike.
 */

const svg = (body: string) => new Response(body, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
const notFound = () => new Response('Not found', { status: 404 });

/** First views: `<page>-<box>.svg` (publishing/first-view.server.ts). */
export const firstViewParams = async (lang: Lang) => (await firstViewFiles(lang)).map((file) => ({ file }));

export async function firstViewResponse(lang: Lang, file: string): Promise<Response> {
  const body = await firstViewSvg(file, lang);
  return body ? svg(body) : notFound();
}

/** The reader view's thumbnails: one small map per step, `<step-id>.svg`. */
export async function readerMapParams(lang: Lang) {
  return stepIds(await getMapEdition(lang)).map((id) => ({ file: `${id}.svg` }));
}

export async function readerMapResponse(lang: Lang, file: string): Promise<Response> {
  const map = await getMapEdition(lang);
  const step = file.endsWith('.svg') ? stepOf(map, file.slice(0, -'.svg'.length)) : undefined;
  if (!step) return notFound();
  return svg(await renderStaticMap(staticMapForStep(step, { byId: map.gazetteer.byId, countries: map.countries, areas: map.areas, lang }, READER_MAP)));
}

/**
 * A place page's map: `<id>.svg`, `<id>-phone.svg` for screens 640 px wide or narrower (where the
 * other's names would shrink past reading), and `<id>.json`, what the live map needs to explore it
 * (reading/place-view.ts), fetched only when the reader presses "Explore the map".
 */
export async function placeMapParams() {
  return (await getPlaceIds()).flatMap((id) => [{ file: `${id}.svg` }, { file: `${id}-phone.svg` }, { file: `${id}.json` }]);
}

export async function placeMapResponse(lang: Lang, file: string): Promise<Response> {
  const [, id, phone, type] = /^(.+?)(-phone)?\.(svg|json)$/.exec(file) ?? [];
  const page = id ? await getPlacePage(id, lang) : undefined;
  if (!page || (phone && type === 'json')) return notFound();
  const map = await getMapEdition(lang);
  const place = map.gazetteer.byId.get(page.place.id)!;
  if (type === 'json') return Response.json(placeMapView({ ...page, place }, map.countries, map.widthOf, lang));
  return svg(await renderStaticMap(staticMapForPlace(place, phone ? PLACE_MAP_PHONE : PLACE_MAP, map.countries, lang)));
}
