import { cameraForStep, type CameraStep, type CameraTarget } from '../../content/step-camera';
import type { CountryIndex } from '../basemap/country-index';
import { locatorForStep, showsLocator, type StepLocator } from '../locator';
import { resolveLayers, type StepLayers } from '../step-layers/placement';
import type { Place } from '../../content/schema';
import type { Annotation, Route } from '../../content/story-types';

/**
 * Everything a static map draws, decided before any drawing: the one description that the
 * story's first view, the embed, the reader view's images and place pages all render.
 * Later layers (labels, inset, legend, arcs) add their data here, not in the renderer's callers.
 */
export interface StaticMapSpec {
  camera: CameraTarget;
  width: number;
  height: number;
  /** Places drawn as dots with labels; `activeIds` are emphasised. */
  places: readonly Place[];
  activeIds: readonly string[];
  /** ISO alpha-3 codes of the countries to highlight. */
  highlight: readonly string[];
  /** The map's accessible name. */
  title: string;
  /** Link each dot to its place page (useful without JavaScript). */
  linkPlaces: boolean;
  /** Snap points to this many pixels: coarser for small maps, fewer bytes. */
  grid: number;
  /**
   * `cover` scales the map to fill its box, for images. `camera` keeps a camera's zoom at one
   * SVG unit per CSS pixel, centred and cropped by the box as MapLibre shows it, so the live
   * map that replaces it shows the same area at any box size up to width × height (a larger
   * box scales it up). Boxes to fit are always drawn to cover.
   */
  fit: 'cover' | 'camera';
  /** The locator inset, drawn when the map is a close-up (and drawn whole: `cover`). */
  locator?: StepLocator | null;
  /** The step's connections and callouts, ends resolved; none when omitted. */
  layers?: StepLayers;
}

/** How big a static map is and how it sits in its page: one preset per place it appears. */
export interface StaticMapSize {
  width: number;
  height: number;
  fit: StaticMapSpec['fit'];
  grid: number;
  linkPlaces: boolean;
  /** Caps the zoom of a one-place camera: small maps need more surroundings to read. */
  maxPointZoom?: number;
  /**
   * The box a fitted view (several places) is drawn in when `fit` is `camera`: it is shown
   * whole and scaled to the reader's box, so it need not be larger than a typical map box,
   * and every unit of it is bytes in the page.
   */
  fitted?: { width: number; height: number };
}

/** The story's first view, before MapLibre: larger than the map box on all but the widest screens (see `fit`). */
export const STORY_MAP: StaticMapSize = { width: 1400, height: 1100, fit: 'camera', grid: 1, linkPlaces: true, fitted: { width: 840, height: 760 } };
/** An embed's first view: as the story's, for a smaller frame, without links out of the frame. */
export const EMBED_MAP: StaticMapSize = { width: 1200, height: 900, fit: 'camera', grid: 1, linkPlaces: false, fitted: { width: 800, height: 600 } };
/** The reader view's small image beside each step. */
export const READER_MAP: StaticMapSize = { width: 360, height: 220, fit: 'cover', grid: 2, linkPlaces: false, maxPointZoom: 6 };
/** A place page's map. */
export const PLACE_MAP: StaticMapSize = { width: 640, height: 360, fit: 'cover', grid: 1, linkPlaces: false, maxPointZoom: 6 };
/** A share card's map, beside the card's title (publishing/share-card/layout.ts, CARD_MAP_WIDTH). */
export const CARD_MAP: StaticMapSize = { width: 640, height: 630, fit: 'cover', grid: 1, linkPlaces: false, maxPointZoom: 5 };

export interface MapStep extends CameraStep {
  countries: readonly string[];
  routes?: readonly Route[];
  annotations?: readonly Annotation[];
}

export interface MapStory {
  byId: ReadonlyMap<string, Place>;
  /** Every place of the page's story, drawn around the step's own; only the step's places when omitted. */
  storyPlaces?: readonly Place[];
  /** The basemap's countries, which frame and name the locator; no locator without them. */
  countries?: CountryIndex;
}

/** A close-up drawn whole shows the locator inset, so its words join the map's name. */
function withLocator(spec: StaticMapSpec, locator: StepLocator | null): StaticMapSpec {
  const shown = locator && spec.fit === 'cover' && spec.camera.kind === 'point' && showsLocator(spec.camera.zoom);
  return { ...spec, locator, ...(shown ? { title: `${spec.title}. ${locator.label}` } : {}) };
}

function withSize(camera: CameraTarget, size: StaticMapSize): Pick<StaticMapSpec, 'camera' | 'width' | 'height' | 'fit' | 'grid' | 'linkPlaces'> {
  const capped = camera.kind === 'point' && size.maxPointZoom !== undefined ? { ...camera, zoom: Math.min(camera.zoom, size.maxPointZoom) } : camera;
  const box = camera.kind === 'bounds' && size.fit === 'camera' && size.fitted ? size.fitted : size;
  return { camera: capped, width: box.width, height: box.height, fit: size.fit, grid: size.grid, linkPlaces: size.linkPlaces };
}

/**
 * The static map of a step: its camera, its places active and its countries highlighted.
 *
 * @example
 * renderStaticMap(staticMapForStep(step, gazetteer, READER_MAP))
 */
export function staticMapForStep(step: MapStep, story: MapStory, size: StaticMapSize): StaticMapSpec {
  const stepPlaces = step.places.map((id) => {
    const place = story.byId.get(id);
    if (!place) throw new Error(`unknown place "${id}"`);
    return place;
  });
  const spec: StaticMapSpec = {
    ...withSize(cameraForStep(step, story.byId), size),
    places: story.storyPlaces ?? stepPlaces,
    activeIds: step.places,
    highlight: step.countries,
    title: `Map: ${stepPlaces.map((place) => place.name).join(', ')}`,
    layers: resolveLayers(step, (id) => story.byId.get(id)?.coordinates),
  };
  return story.countries ? withLocator(spec, locatorForStep(stepPlaces, story.countries)) : spec;
}

/** The static map of one place, on its own page: its country highlighted. */
export function staticMapForPlace(place: Place, size: StaticMapSize, countries?: CountryIndex): StaticMapSpec {
  const spec: StaticMapSpec = {
    ...withSize({ kind: 'point', center: place.coordinates, zoom: place.zoom, pitch: 0, bearing: 0 }, size),
    places: [place],
    activeIds: [place.id],
    highlight: [place.countryCode],
    title: `Map of ${place.name}, ${place.country}`,
  };
  return countries ? withLocator(spec, locatorForStep([place], countries)) : spec;
}
