import { cameraForStep, type CameraStep, type CameraTarget } from '../../content/step-camera';
import type { CountryIndex } from '../basemap/country-index';
import type { Annotation, Route } from '../../content/story-types';
import { sceneAreas } from '../step-layers/areas';
import { stepScene, type MapScene } from '../compose/compose';
import { mapKey, routeKeyLines, type KeyLine } from '../key';
import { locatorForStep, type StepLocator } from '../locator';
import { resolveLayers } from '../step-layers/placement';
import type { LegendEntry, Place } from '../../content/schema';
import type { Area } from '../../content/areas';
import type { Lang } from '../../edition/edition';
import { MAP_WORDS } from '../map-words';

/**
 * Everything a static map shows, decided before any drawing: the one description that the
 * story's first view, the embed, the reader view's images, place pages and share cards all
 * render, through the one layout (layout.ts) and the one drawing (svg.ts).
 */
export interface StaticMapSpec {
  target: CameraTarget;
  size: StaticMapSize;
  scene: MapScene;
  /** ISO alpha-3 codes of the countries to tint. */
  highlight: readonly string[];
  /** The map key's lines: laid over a first view (the page draws the key, the layout keeps it clear). */
  keyLines: readonly KeyLine[];
  locator: StepLocator | null;
  /** The map's accessible name. */
  title: string;
  /**
   * The edition whose names it draws: Arabic maps take their labels' names from
   * map/labels/arabic-names.server.ts and measure shaped text; the scene's places carry
   * the names to draw. English when omitted.
   */
  lang?: 'en' | 'ar';
}

/**
 * How big a static map is and what it is for.
 * `view`: a first view, which the live map replaces: drawn in the box the live map will have at
 * a reader's size (the design box), with room beyond it (`bleed`) for boxes of another shape; the
 * page lays its markers and key over it, MapLibre's attribution is kept clear.
 * `image`: a picture of its own (thumbnail, place map, card): markers and the locator drawn in.
 */
export interface StaticMapSize {
  /** Names the file and the CSS that picks it. */
  name: string;
  width: number;
  height: number;
  use: 'view' | 'image';
  /** Snap points to this many pixels: coarser for small maps, fewer bytes. */
  grid: number;
  /** Caps the zoom of a one-place camera: small maps need more surroundings to read. */
  maxPointZoom?: number;
  /** Shares of the width and height drawn beyond the box on each side (views only). */
  bleed?: { x: number; y: number };
}

/** The story's first view on a laptop (1280 × 800: the map beside the text, 768 × 756) and on a phone (390 × 844: 390 × 354 at the top). */
export const STORY_VIEWS: readonly StaticMapSize[] = [
  { name: 'laptop', width: 768, height: 756, use: 'view', grid: 1, bleed: { x: 0.25, y: 0.2 } },
  { name: 'phone', width: 390, height: 354, use: 'view', grid: 1, bleed: { x: 0.3, y: 0.15 } },
];
/** An embed's first view: 16:10, or 4:3 in a frame 480 px wide or narrower (embed.css). */
export const EMBED_VIEWS: readonly StaticMapSize[] = [
  { name: 'wide', width: 640, height: 400, use: 'view', grid: 1, bleed: { x: 0.05, y: 0.05 } },
  { name: 'small', width: 360, height: 270, use: 'view', grid: 1, bleed: { x: 0.05, y: 0.05 } },
];
/** The reader view's small image beside each step. */
export const READER_MAP: StaticMapSize = { name: 'reader', width: 360, height: 220, use: 'image', grid: 2, maxPointZoom: 6 };
/** A place page's map; on screens 640 px wide or narrower (MEDIA_QUERIES.phoneMap), its phone image, whose names stay legible. */
export const PLACE_MAP: StaticMapSize = { name: 'place', width: 640, height: 360, use: 'image', grid: 1, maxPointZoom: 6 };
export const PLACE_MAP_PHONE: StaticMapSize = { name: 'place-phone', width: 360, height: 270, use: 'image', grid: 1, maxPointZoom: 6 };
/**
 * A share card's map, beside the card's title (publishing/share-card/layout.ts, CARD_MAP_WIDTH).
 * A place's card has no locator: it zooms out until neighbours and a sea say where the place is
 * (at 5, Moscow's and Astana's cards were all tint).
 */
export const CARD_MAP: StaticMapSize = { name: 'card', width: 640, height: 630, use: 'image', grid: 1, maxPointZoom: 4 };

export interface MapStep extends CameraStep {
  countries: readonly string[];
  routes?: readonly Route[];
  annotations?: readonly Annotation[];
  legend?: readonly LegendEntry[];
  /** Ids of the outlines it hatches (geo/areas.json). */
  areas?: readonly string[];
}

export interface MapStory {
  byId: ReadonlyMap<string, Place>;
  /** Every place of the page's story, drawn around the step's own; only the step's places when omitted. */
  storyPlaces?: readonly Place[];
  /** The basemap's countries, which name the key's countries and frame the locator; neither without them. */
  countries?: CountryIndex;
  /** The outlines steps may hatch (geo/areas.json); a step's areas are not drawn without them. */
  areas?: ReadonlyMap<string, Area>;
  /** The edition the map speaks (its key's words, its title, its labels); the names above are in it. English when omitted. */
  lang?: Lang;
}

/** Where the box sits in a static map's drawing: its offset and the drawing's size. */
export function drawingOf(spec: Pick<StaticMapSpec, 'size'>): { offsetX: number; offsetY: number; width: number; height: number } {
  const { width, height, bleed } = spec.size;
  const offsetX = Math.round(width * (bleed?.x ?? 0));
  const offsetY = Math.round(height * (bleed?.y ?? 0));
  return { offsetX, offsetY, width: width + 2 * offsetX, height: height + 2 * offsetY };
}

function capped(target: CameraTarget, size: StaticMapSize): CameraTarget {
  return target.kind === 'point' && size.maxPointZoom !== undefined ? { ...target, zoom: Math.min(target.zoom, size.maxPointZoom) } : target;
}

const scenePlace = ({ id, name, coordinates }: Place) => ({ id, name, coordinates });

/**
 * The static map of a step: its camera, its places active, its countries tinted.
 * @example layoutStaticMap(staticMapForStep(step, { byId: gazetteer.byId }, READER_MAP), data)
 */
export function staticMapForStep(step: MapStep, story: MapStory, size: StaticMapSize): StaticMapSpec {
  const stepPlaces = step.places.map((id) => {
    const place = story.byId.get(id);
    if (!place) throw new Error(`unknown place "${id}"`);
    return place;
  });
  // Without the story's places (a thumbnail), the step's own and those its camera frames them with.
  const framed = (step.camera.frame ?? []).flatMap((id) => story.byId.get(id) ?? []);
  const places = story.storyPlaces ?? [...stepPlaces, ...framed];
  const nameOf = (id: string) => story.byId.get(id)?.name ?? id;
  const lang = story.lang ?? 'en';
  const words = MAP_WORDS[lang];
  const keyLines = [...(story.countries ? mapKey(step.legend ?? [], story.countries, words) : []), ...routeKeyLines(step.routes ?? [], nameOf, words)];
  return {
    target: capped(cameraForStep(step, story.byId), size),
    size,
    scene: stepScene(places, step, resolveLayers(step, (id) => story.byId.get(id)?.coordinates), sceneAreas(step.areas, story.areas)),
    highlight: step.countries,
    keyLines,
    locator: story.countries ? locatorForStep(stepPlaces, story.countries, words) : null,
    title: `${words.map}${stepPlaces.map((place) => place.name).join(words.comma)}`,
    ...(lang === 'en' ? {} : { lang }),
  };
}

/**
 * A spec in an edition: Arabic draws the Arabic labels (layoutOf) and is named in Arabic, "خريطة:"
 * and its places (the scene's names, which the caller gave in Arabic). English is returned as it is.
 */
export function inEdition(spec: StaticMapSpec, lang: 'en' | 'ar'): StaticMapSpec {
  if (lang === 'en') return spec;
  const names = spec.scene.activeIds.flatMap((id) => spec.scene.places.find((place) => place.id === id)?.name ?? []);
  return { ...spec, lang, title: `${MAP_WORDS[lang].map}${names.join(MAP_WORDS[lang].comma)}` };
}

/** The static map of one place, on its own page: its country tinted. */
export function staticMapForPlace(place: Place, size: StaticMapSize, countries?: CountryIndex, lang: Lang = 'en'): StaticMapSpec {
  const spec: StaticMapSpec = {
    target: capped({ kind: 'point', center: place.coordinates, zoom: place.zoom, pitch: 0, bearing: 0 }, size),
    size,
    scene: { places: [scenePlace(place)], activeIds: [place.id], focus: [place.countryCode], layers: { routes: [], annotations: [] } },
    highlight: [place.countryCode],
    keyLines: [],
    locator: countries ? locatorForStep([place], countries, MAP_WORDS[lang]) : null,
    title: `Map of ${place.name}, ${place.country}`,
  };
  return inEdition(spec, lang);
}
