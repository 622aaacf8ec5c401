import { cache } from 'react';
import type { Area } from '../../content/areas';
import { gazetteerInLanguage, translated } from '../../content/edition-names';
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

const production = new Map<Lang, Promise<MapEdition>>();

/**
 * An edition's map data: composed once per server process in production (a build asks for it
 * from hundreds of routes), on every request in development, as the story is (content/story.server.ts).
 */
export const getMapEdition = cache((lang: Lang): Promise<MapEdition> => {
  if (process.env.NODE_ENV === 'development') return composeMapEdition(lang);
  let edition = production.get(lang);
  if (!edition) production.set(lang, (edition = composeMapEdition(lang)));
  return edition;
});

async function composeMapEdition(lang: Lang): Promise<MapEdition> {
  const story = await getStory(lang);
  const base = await getCountryIndex();
  const { chapters, gazetteer } = story;
  if (lang === 'en') return { lang, chapters, gazetteer, countries: base, areas: story.areas.byId, words: MAP_WORDS.en, widthOf: measureText };
  const countries = await arabicCountryIndex(base);
  const named = gazetteerInLanguage(story.gazetteer, lang);
  const problems: Problem[] = [...named.problems];
  // The name and context from the edition's fields (gazetteerInLanguage; the schema wants both), the country from the basemap's names.
  const places = named.gazetteer.places.map((place) => {
    const country = countries.get(place.countryCode)?.name;
    if (!country) problems.push({ file: 'geo/places.json', message: `place "${place.id}": country ${place.countryCode} has no Arabic name in the basemap` });
    return { ...place, context: translated(place, lang)?.context ?? '', country: country ?? '' };
  });
  const areas = story.areas.areas.map((area) => {
    const name = area.properties.ar?.name;
    const message = `area "${area.id}" has no Arabic name (properties.ar.name): the Arabic maps name every area they may hatch`;
    if (!name) problems.push({ file: 'geo/areas.json', message });
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
}
