import type { CountryIndex } from '../map/basemap/country-index';
import type { Gazetteer } from '../content/gazetteer';
import { mapKey, routeKeyLines, type KeyLine } from '../map/key';
import { MAP_WORDS, type MapWords } from '../map/map-words';
import { widthKey, type WidthOf } from '../map/compose/compose';
import { sceneAreas, type SceneArea } from '../map/step-layers/areas';
import type { Area } from '../content/areas';
import { stepKey, type StepKey } from '../map/compose/overlays';
import { MAP_WEIGHTS } from '../map/text/font';
import { locatorForStep, type StepLocator } from '../map/locator';
import { axisFraction, timelineAxis } from './timeline-axis';
import type { Frontmatter, Place } from '../content/schema';
import type { Annotation, CameraOverrides, Route, StepMeta } from '../content/story-types';
import { toViewChapter, type ViewChapter } from '../content/story-pages';

/*
 * The slice of the story the browser needs to drive the map: no MDX, no file
 * paths, only what markers, popups, the timeline and the camera read.
 */

export interface ViewStep {
  id: string;
  chapter: string;
  places: string[];
  countries: string[];
  /** The map key: what the step's colours and lines mean, countries and places named. */
  key: KeyLine[];
  /** The key laid out, in the style of a laptop's map and of a phone's (map/compose/overlays.ts). */
  keyBlocks: StepKey;
  /** The locator inset shown when the camera is a close-up; null when its country is not drawn. */
  locator: StepLocator | null;
  /** Connections in declared order, for the announcement and the drawing. */
  routes: Route[];
  /** Callouts, drawn on the map. */
  annotations: Annotation[];
  /** Ids of the areas it hatches, outlined in `StoryView.areas`. */
  areas: string[];
  camera: CameraOverrides;
  // No excerpt: the page shows the step's text, and a popup quotes it from there (place-popup.tsx);
  // carrying it again in the view cost the story 1.5 KB gzip, the Arabic story 2.6 KB.
}

export interface StoryView {
  chapters: ViewChapter[];
  steps: ViewStep[];
  /** Only the places the steps use, in first-mention order. */
  places: Place[];
  /** Only the outlines the steps hatch (a few KB: most pages have none). */
  areas: SceneArea[];
  /**
   * The width, in em of the map font, of every string the live map lays out (place names,
   * callouts), keyed `weight|text` (map/compose/compose.ts, widthsFromTable): measured on the
   * server, so the browser needs no font to lay the map out.
   */
  widths: Record<string, number>;
}

interface ChapterLike extends Pick<Frontmatter, 'slug' | 'title' | 'dates'> {
  steps: Array<Pick<StepMeta, 'id' | 'places' | 'countries' | 'routes' | 'camera' | 'text'> & Partial<Pick<StepMeta, 'legend' | 'annotations' | 'areas'>>>;
}

/** Cuts at a word boundary and adds an ellipsis when the text is longer than `max`. */
export function excerpt(text: string, max = 140): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:–—-]+$/, '')}…`;
}

/** An estimate for views made without the font (unit tests): 0.6 em a character. */
const estimate: WidthOf = (text) => [...text].length * 0.6;

/**
 * `countries` (from the basemap) names the key's countries and frames the locators; `widthOf`
 * measures the map's strings (map/text/metrics.server.ts on the server); `areas` (geo/areas.json)
 * outlines what steps hatch; `words` are the map's own, in the edition's language (map/map-words.ts).
 */
export function storyView(
  chapters: readonly ChapterLike[],
  gazetteer: Gazetteer,
  countries: CountryIndex = new Map(),
  widthOf: WidthOf = estimate,
  areas: ReadonlyMap<string, Area> = new Map(),
  words: MapWords = MAP_WORDS.en,
): StoryView {
  const placeOf = (id: string) => {
    const place = gazetteer.byId.get(id);
    if (!place) throw new Error(`unknown place "${id}"`);
    return place;
  };
  const steps: ViewStep[] = chapters.flatMap((chapter) =>
    chapter.steps.map((step) => {
      const key = [...mapKey(step.legend ?? [], countries, words), ...routeKeyLines(step.routes, (id) => placeOf(id).name, words)];
      return {
        id: step.id,
        chapter: chapter.slug,
        places: step.places,
        countries: step.countries,
        key,
        keyBlocks: stepKey(key, widthOf),
        locator: locatorForStep(step.places.map(placeOf), countries, words),
        routes: step.routes,
        annotations: step.annotations ?? [],
        areas: step.areas ?? [],
        camera: Object.fromEntries(Object.entries(step.camera).filter(([, v]) => v !== undefined)),
      };
    }),
  );
  // A step's frame is on its map too: the camera needs those places, and readers see their markers.
  const placeIds = [...new Set(steps.flatMap((step) => [...step.places, ...(step.camera.frame ?? [])]))];
  // The gazetteer's Arabic fields are the Arabic edition's: the English view leaves them on the server.
  // Nor do sources travel: they are cited on place pages, never in the live map.
  const places = placeIds.map(placeOf).map(({ ar: _ar, source: _source, ...place }) => place);
  const widths: Record<string, number> = {};
  const measure = (text: string, weight: (typeof MAP_WEIGHTS)[keyof typeof MAP_WEIGHTS]) => (widths[widthKey(text, weight)] ??= widthOf(text, weight));
  for (const place of places) measure(place.name, MAP_WEIGHTS.name);
  for (const step of steps) for (const annotation of step.annotations) measure(annotation.text, MAP_WEIGHTS.text);
  const hatched = sceneAreas([...new Set(steps.flatMap((step) => step.areas))], areas);
  return { chapters: chapters.map(toViewChapter), steps, places, areas: hatched, widths };
}

/** Steps that mention a place, in story order. */
export function mentionsOf(placeId: string, steps: readonly ViewStep[]): ViewStep[] {
  return steps.filter((step) => step.places.includes(placeId));
}

/** Position of a date on its own year's axis, 0 at 1 January and 1 at 31 December. */
export function yearFraction(iso: string): number {
  const year = iso.slice(0, 4);
  return axisFraction(timelineAxis([{ start: `${year}-01-01`, end: `${year}-12-31` }]), iso);
}
