import { formatDateRange } from '../../content/dates';
import type { Gazetteer } from '../../content/gazetteer';
import type { Place } from '../../content/schema';
import { CARD_MAP, staticMapForPlace, staticMapForStep, type StaticMapSpec } from '../../map/static/spec';
import type { Chapter } from '../../content/story-types';

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
function mapOf(placeIds: readonly string[], opening: readonly string[], countries: readonly string[], gazetteer: Gazetteer): StaticMapSpec {
  const places = [...new Set(placeIds)];
  const spec = staticMapForStep({ places, countries: [...new Set(countries)], camera: {} }, { byId: gazetteer.byId }, CARD_MAP);
  return { ...spec, scene: { ...spec.scene, activeIds: opening.filter((id) => places.includes(id)), nameOthers: true } };
}

const namesOf = (ids: readonly string[], gazetteer: Gazetteer) => [...new Set(ids)].map((id) => gazetteer.byId.get(id)?.name ?? id);

/** The story's card: every place of every chapter. */
export function storyCard(chapters: readonly Chapter[], gazetteer: Gazetteer, title: string): CardContent {
  const places = chapters.flatMap((chapter) => chapter.places);
  const first = chapters[0]?.dates.start.slice(0, 4);
  return {
    map: mapOf(places, chapters[0]?.steps[0]?.places ?? [], [], gazetteer),
    kicker: first ? `A map story · ${first}` : 'A map story',
    title,
    alt: `${title}: a map of ${namesOf(places, gazetteer).join(', ')}`,
  };
}

/** A chapter's card: its places, the countries its steps highlight, its dates and title. */
export function chapterCard(chapter: Chapter, gazetteer: Gazetteer): CardContent {
  return {
    map: mapOf(chapter.places, chapter.steps[0]?.places ?? [], chapter.steps.flatMap((step) => step.countries), gazetteer),
    kicker: formatDateRange(chapter.dates.start, chapter.dates.end),
    title: chapter.title,
    alt: `${chapter.title}: a map of ${namesOf(chapter.places, gazetteer).join(', ')}`,
  };
}

/** A place's card: its map as on its page, with its name and country. */
export function placeCard(place: Place): CardContent {
  const title = `${place.name}, ${place.country}`;
  return {
    map: staticMapForPlace(place, CARD_MAP),
    kicker: `A place in the story · ${place.kind}`,
    title,
    alt: `A map of ${title}`,
  };
}
