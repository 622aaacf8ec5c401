import type { Story } from '@/app/_lib/content/story-types';
import type { CountryIndex } from '@/app/_lib/map/basemap/country-index';
import type { WidthOf } from '@/app/_lib/map/compose/compose';
import {
  EMBED_VIEWS,
  inEdition,
  PLACE_MAP,
  PLACE_MAP_PHONE,
  READER_MAP,
  staticMapForPlace,
  staticMapForStep,
  STORY_VIEWS,
  type StaticMapSpec,
} from '@/app/_lib/map/static/spec';
import { measureText } from '@/app/_lib/map/text/metrics.server';
import { chapterCard, placeCard, storyCard } from '@/app/_lib/publishing/share-card/cards';
import { storyView } from '@/app/_lib/reading/story-view';

/**
 * Every static rendering of the story, as the site draws them: each step in each box its page
 * gives the map (with its key, as the page states it), each reader-view thumbnail, each share
 * card and each place page's map. The tests that hold all maps to a rule walk this one list;
 * `lang: 'ar'` marks each spec Arabic (the story given carries the Arabic names and text).
 */
export function staticRenderings(
  story: Pick<Story, 'chapters' | 'gazetteer' | 'areas'>,
  countries: CountryIndex,
  { lang = 'en', widthOf = measureText }: { lang?: 'en' | 'ar'; widthOf?: WidthOf } = {},
): Array<{ where: string; spec: StaticMapSpec }> {
  return renderingsOf(story, countries, widthOf).map(({ where, spec }) => ({ where, spec: inEdition(spec, lang) }));
}

function renderingsOf(story: Pick<Story, 'chapters' | 'gazetteer' | 'areas'>, countries: CountryIndex, widthOf: WidthOf): Array<{ where: string; spec: StaticMapSpec }> {
  const out: Array<{ where: string; spec: StaticMapSpec }> = [];
  for (const chapter of story.chapters) {
    const view = storyView([chapter], story.gazetteer, countries, widthOf, story.areas.byId);
    const areas = story.areas.byId;
    for (const step of view.steps) {
      for (const size of [...STORY_VIEWS, ...EMBED_VIEWS]) {
        const spec = { ...staticMapForStep(step, { byId: story.gazetteer.byId, storyPlaces: view.places, countries, areas }, size), keyLines: step.key };
        out.push({ where: `${step.id} (${size.name})`, spec });
      }
      out.push({ where: `${step.id} (reader)`, spec: staticMapForStep(step, { byId: story.gazetteer.byId, countries, areas }, READER_MAP) });
    }
    out.push({ where: `card of ${chapter.slug}`, spec: chapterCard(chapter, story.gazetteer).map });
  }
  out.push({ where: 'card of the story', spec: storyCard(story.chapters, story.gazetteer, 'The story').map });
  for (const place of story.gazetteer.places) {
    out.push({ where: `card of ${place.id}`, spec: placeCard(place).map });
    out.push({ where: `map of ${place.id}`, spec: staticMapForPlace(place, PLACE_MAP, countries) });
    out.push({ where: `phone map of ${place.id}`, spec: staticMapForPlace(place, PLACE_MAP_PHONE, countries) });
  }
  return out;
}
