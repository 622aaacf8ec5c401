import { cache } from 'react';
import type { Area } from '../../content/areas';
import { gazetteerInLanguage } from '../../content/edition-names';
import type { Gazetteer } from '../../content/gazetteer';
import { ContentError, type Problem } from '../../content/problems';
import { getStory } from '../../content/story.server';
import type { Chapter } from '../../content/story-types';
import type { Lang } from '../../edition/edition';
import type { CountryIndex } from '../basemap/country-index';
import { getCountryIndex } from '../basemap/reader.server';
import type { WidthOf } from '../compose/compose';
import { arabicCountryIndex } from '../labels/arabic-names.server';
import { MAP_WORDS, type MapWords } from '../map-words';
import { measureText } from '../text/metrics.server';
import { editionMeasure } from '../text/shaper.server';

/*
 * Everything an edition's maps are drawn from, in its language: its chapters (their legends,
 * connection labels and callouts), the places by their names and countries in that language,
 * the basemap's countries, the hatched areas' names, the map's own words and the measure of
 * its font. Every map of a page (the live map's view, first views, thumbnails, place maps)
 * is composed from one of these, so an edition's maps cannot mix languages. A name missing in
 * the edition's language is a problem with its file, never the English name in its place.
 */
export interface MapEdition {
  lang: Lang;
  chapters: Chapter[];
  gazetteer: Gazetteer;
  countries: CountryIndex;
  areas: ReadonlyMap<string, Area>;
  words: MapWords;
  widthOf: WidthOf;
}

export const getMapEdition = cache(async (lang: Lang): Promise<MapEdition> => {
  const story = await getStory(lang);
  const base = await getCountryIndex();
  const { chapters, gazetteer } = story;
  if (lang === 'en') return { lang, chapters, gazetteer, countries: base, areas: story.areas.byId, words: MAP_WORDS.en, widthOf: measureText };
  const countries = await arabicCountryIndex(base);
  const named = gazetteerInLanguage(story.gazetteer, lang);
  const problems: Problem[] = [...named.problems];
  // The name from the edition's fields (gazetteerInLanguage), the context from them too, the country from the basemap's names.
  const places = named.gazetteer.places.map((place) => ({
    ...place,
    context: place.ar?.context ?? place.context,
    country: countries.get(place.countryCode)?.name ?? '',
  }));
  const areas = story.areas.areas.map((area) => {
    const name = area.properties.ar?.name;
    if (!name) problems.push({ file: 'geo/areas.json', message: `area "${area.id}" has no Arabic name (properties.ar.name), and the Arabic maps hatch it` });
    return { ...area, properties: { ...area.properties, name: name ?? '' } };
  });
  if (problems.length) throw new ContentError(problems);
  return {
    lang,
    chapters: story.chapters,
    gazetteer: { places, byId: new Map(places.map((place) => [place.id, place])) },
    countries,
    areas: new Map(areas.map((area) => [area.id, area])),
    words: MAP_WORDS[lang],
    widthOf: await editionMeasure(lang),
  };
});
