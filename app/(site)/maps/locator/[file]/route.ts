import { getBasemap, getCountryIndex } from '../../../../_lib/map/basemap/reader.server';
import { locatorForStep } from '../../../../_lib/map/locator';
import { locatorImageSvg } from '../../../../_lib/map/static/locator-layer';
import { getStory } from '../../../../_lib/content/story.server';

/** The live map's locator background, one per framed country: fetched only when a close-up shows it. */
export const dynamic = 'force-static';
export const dynamicParams = false;

/** The countries that frame some step's locator: its first place's. */
async function framedCountries(): Promise<Set<string>> {
  const { chapters, gazetteer } = await getStory();
  return new Set(chapters.flatMap((chapter) => chapter.steps.map((step) => gazetteer.byId.get(step.places[0] ?? '')?.countryCode ?? '')).filter(Boolean));
}

export async function generateStaticParams() {
  return [...(await framedCountries())].map((code) => ({ file: `${code}.svg` }));
}

export async function GET(_request: Request, { params }: RouteContext<'/maps/locator/[file]'>) {
  const { file } = await params;
  const code = /^[A-Z]{3}\.svg$/.test(file) ? file.slice(0, 3) : '';
  const { gazetteer } = await getStory();
  const place = gazetteer.places.find((p) => p.countryCode === code);
  const locator = place && (await framedCountries()).has(code) ? locatorForStep([place], await getCountryIndex()) : null;
  if (!locator) return new Response('Not found', { status: 404 });
  return new Response(locatorImageSvg(locator, await getBasemap()), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
}
