import { formatDateRange } from '../../content/dates';
import type { Gazetteer } from '../../content/gazetteer';
import type { Place } from '../../content/schema';
import type { Lang } from '../../edition/edition';
import { stringsFor } from '../../edition/strings';
import { CARD_MAP, inEdition, staticMapForPlace, staticMapForStep, type StaticMapSpec } from '../../map/static/spec';
import type { Chapter } from '../../content/story-types';
import { MAP_WORDS } from '../../map/map-words';

/*
 * A card's words come from the edition's dictionary (edition/strings.ts), its names from what the
 * caller passes: in Arabic, the Arabic chapters and the gazetteer in Arabic (content/edition-names),
 * so an Arabic card never draws an English name. edition-cards.server.ts gathers them per edition.
 */

/** What a page's share card shows, before any drawing: its map and its words. */
export interface CardContent {
  map: StaticMapSpec;
  kicker: string;
  title: string;
  /** The image's alt text (og:image:alt). */
  alt: string;
}

/**
 * Several places at once, fitted as a step with all of them would be: the `opening` places named
 * first, the others named where they fit and otherwise drawn as dots, so no name covers another.
 */
function mapOf(placeIds: readonly string[], opening: readonly string[], countries: readonly string[], gazetteer: Gazetteer, lang: Lang): StaticMapSpec {
  const places = [...new Set(placeIds)];
  const spec = staticMapForStep({ places, countries: [...new Set(countries)], camera: {} }, { byId: gazetteer.byId }, CARD_MAP);
  return inEdition({ ...spec, scene: { ...spec.scene, activeIds: opening.filter((id) => places.includes(id)), nameOthers: true } }, lang);
}

const namesOf = (ids: readonly string[], gazetteer: Gazetteer) => [...new Set(ids)].map((id) => gazetteer.byId.get(id)?.name ?? id);

/** The story's card: every place of every chapter. `gazetteer` names the places in the edition's language. */
export function storyCard(chapters: readonly Chapter[], gazetteer: Gazetteer, title: string, lang: Lang = 'en'): CardContent {
  const t = stringsFor(lang);
  const places = chapters.flatMap((chapter) => chapter.places);
  return {
    map: mapOf(places, chapters[0]?.steps[0]?.places ?? [], [], gazetteer, lang),
    kicker: t.cardStoryKicker(chapters[0]?.dates.start.slice(0, 4)),
    title,
    alt: t.cardMapAlt(title, namesOf(places, gazetteer)),
  };
}

/** A chapter's card: its places, the countries its steps highlight, its dates and title. */
export function chapterCard(chapter: Chapter, gazetteer: Gazetteer, lang: Lang = 'en'): CardContent {
  const t = stringsFor(lang);
  return {
    map: mapOf(chapter.places, chapter.steps[0]?.places ?? [], chapter.steps.flatMap((step) => step.countries), gazetteer, lang),
    kicker: formatDateRange(chapter.dates.start, chapter.dates.end, lang),
    title: chapter.title,
    alt: t.cardMapAlt(chapter.title, namesOf(chapter.places, gazetteer)),
  };
}

/**
 * A place's card: its map as on its page, with its name and country. `place` carries its name in
 * the edition's language; `country` is its country's name there (English: the gazetteer's).
 */
export function placeCard(place: Place, lang: Lang = 'en'): CardContent {
  const t = stringsFor(lang);
  const title = MAP_WORDS[lang].inCountry(place.name, place.country);
  return {
    map: inEdition(staticMapForPlace(place, CARD_MAP), lang),
    kicker: t.cardPlaceKicker(t.placeKind[place.kind]),
    title,
    alt: t.cardPlaceAlt(title),
  };
}
