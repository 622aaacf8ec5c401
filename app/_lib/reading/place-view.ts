import type { CountryIndex } from '../map/basemap/country-index';
import { widthKey, type WidthOf } from '../map/compose/compose';
import { cameraAtMiddle, type DrawnCamera } from '../map/static/handoff';
import { layoutStaticMap } from '../map/static/layout';
import { PLACE_MAP, PLACE_MAP_PHONE, staticMapForPlace, type StaticMapSize } from '../map/static/spec';
import type { StepLocator } from '../map/locator';
import { MAP_WEIGHTS } from '../map/text/font';
import type { CameraTarget } from '../content/step-camera';
import type { Place } from '../content/schema';
import type { PlacePage } from '../content/story-pages';
import { excerpt, type ViewStep } from './story-view';
import type { Lang } from '../edition/edition';

/*
 * The slice of a place page the browser needs to explore its map live: what the static place
 * map shows (its camera, the place, its country, the locator) and what the place's popup says.
 * Served as a file of its own (/maps/place/<id>.json) and fetched only when the reader presses
 * "Explore the map": the page carries none of it.
 */

/** A step that mentions the place, as the popup lists it. */
export type PlaceMention = Pick<ViewStep, 'id' | 'chapter'> & { excerpt: string };

export interface PlaceMapView {
  /** The place, without its Arabic edition's fields (as in StoryView). */
  place: Place;
  /** The static map's camera target: the live map's way back to it when it has no settled camera. */
  target: CameraTarget;
  /** Where the static map stands (the middle of its box) and the width it was drawn for: the live map opens there. */
  camera: DrawnCamera;
  drawnWidth: number;
  /** The same for the phone's image (PLACE_MAP_PHONE), which the page shows on screens 640 px wide or narrower. */
  phone: { camera: DrawnCamera; drawnWidth: number };
  /** The locator inset, as the static map draws it in a close-up. */
  locator: StepLocator | null;
  mentions: PlaceMention[];
  /** Chapter titles by slug, for the popup's list. */
  chapterTitles: Record<string, string>;
  /** The place name's width in em of the map font (StoryView.widths): the live layout measures nothing. */
  widths: Record<string, number>;
}

/**
 * The live map's view of a place page: the camera is the static place map's (PLACE_MAP,
 * staticMapForPlace), fitted by the same layout.
 * @example placeMapView(await getPlacePage('aleppo'), await getCountryIndex(), measureText).camera.zoom // 6
 */
export function placeMapView({ place, mentions }: PlacePage, countries: CountryIndex, widthOf: WidthOf, lang: Lang = 'en'): PlaceMapView {
  const spec = staticMapForPlace(place, PLACE_MAP, countries, lang);
  // The camera does not depend on the labels: lay out without them.
  const drawn = (size: StaticMapSize, sized = staticMapForPlace(place, size, countries)) => {
    const { camera } = layoutStaticMap(sized, { candidates: [], widthOf });
    return { camera: cameraAtMiddle(camera, size.width, size.height), drawnWidth: size.width };
  };
  const { ar: _ar, ...english } = place;
  return {
    place: english,
    target: spec.target,
    ...drawn(PLACE_MAP, spec),
    phone: drawn(PLACE_MAP_PHONE),
    locator: spec.locator,
    mentions: mentions.map(({ chapter, step }) => ({ id: step.id, chapter: chapter.slug, excerpt: excerpt(step.text) })),
    chapterTitles: Object.fromEntries(mentions.map(({ chapter }) => [chapter.slug, chapter.title])),
    widths: { [widthKey(place.name, MAP_WEIGHTS.name)]: widthOf(place.name, MAP_WEIGHTS.name) },
  };
}
