import type { Rect } from '../../geometry/plane';
import { placeLabels, type PlacedLabel } from '../labels/place-labels';
import type { LabelCandidate } from '../labels/types';
import { annotationObstacles, drawRoutes, placeAnnotations, type DrawnRoute, type PlacedAnnotation, type StepLayers } from '../step-layers/placement';
import { MAP_WEIGHTS, type MapWeight } from '../text/font';
import { drawAreas, type DrawnArea, type SceneArea } from '../step-layers/areas';
import { placeActiveMarkers, placeContextMarkers, placeFramedMarkers, type MarkerInput, type PlacedMarker, type Project } from './markers';

/*
 * The one layout of a map: given what a step (or a place, or the whole story) shows and the
 * box and camera it is shown in, where every mark and every word goes, in one pass: the step's
 * hatched areas (under everything: nothing keeps clear of them), its markers and their names,
 * then its callouts, then the country, sea and city labels, then the story's other places,
 * each clear of everything before it and of the box's overlays (the key, the locator, the
 * attribution). Pure: the static SVGs, thumbnails, share cards and the live
 * map's overlay all draw its result, so one camera in one box looks the same in each.
 */

/** A text's width in em of the map font at a weight (measured on the server, map/text/metrics.server.ts). */
export type WidthOf = (text: string, weight: MapWeight) => number;

export interface ScenePlace {
  id: string;
  name: string;
  coordinates: readonly number[];
}

/** What a map shows, whatever its box. */
export interface MapScene {
  /** Every place the map may draw: the step's own (`activeIds`) and the story's others. */
  places: readonly ScenePlace[];
  activeIds: readonly string[];
  /** ISO alpha-3 codes of the countries to name first. */
  focus: readonly string[];
  layers: StepLayers;
  /** Outlines the step hatches (geo/areas.json), drawn under everything else. */
  areas?: readonly SceneArea[];
  /**
   * Other places named where they fit, before the labels: those the step's camera frames its
   * places with (an opening view's Damascus and the guarantors' capitals), which the reader needs
   * named to see what the view spans.
   */
  namedIds?: readonly string[];
  /**
   * Name the other places where they fit, before the labels: a share card's map, which shows a
   * chapter's places at once. Otherwise they are small dots after the labels, named in a close-up.
   */
  nameOthers?: boolean;
}

/** What a step's map shows: the one scene the static maps and the live map both compose. */
export function stepScene(
  places: readonly (ScenePlace & { countryCode: string })[],
  step: { places: readonly string[]; countries: readonly string[]; camera: { frame?: readonly string[] } },
  layers: StepLayers,
  areas: readonly SceneArea[] = [],
): MapScene {
  const framed = step.camera.frame ?? [];
  return {
    places: places.map(({ id, name, coordinates }) => ({ id, name, coordinates })),
    activeIds: step.places,
    namedIds: framed,
    // The framed places' countries are named first too: the view spans them.
    focus: focusOf(places, [...step.places, ...framed], step.countries),
    layers,
    areas,
  };
}

/** Where and how big it is shown: the camera as a projection, and the box. */
export interface MapView {
  project: Project;
  /** The camera's zoom at MapLibre's scale. */
  zoom: number;
  width: number;
  height: number;
  /** The camera's centre longitude: which copy of the world a connection is drawn in. */
  centerLng: number;
  /** Boxes over the map that nothing may cover: the key, the locator, the attribution, the live map's controls. */
  overlays: readonly Rect[];
  /** How far the drawing reaches, in the box's pixels (a first view's bleed, room for a pan): areas are clipped to it. The box when omitted. */
  extent?: Rect;
}

export interface Composition {
  /** Every place of the scene, the step's first; `shown` false for those left undrawn. */
  markers: PlacedMarker[];
  routes: DrawnRoute[];
  /** The step's areas on screen, clipped to the view's extent. */
  areas: DrawnArea[];
  callouts: PlacedAnnotation[];
  labels: PlacedLabel[];
  /** The step's places whose names found no free spot: drawn anyway, over something. */
  conflicts: string[];
}

export interface ComposeOptions {
  candidates: readonly LabelCandidate[];
  widthOf: WidthOf;
}

/**
 * The layout of `scene` in `view`.
 * @example composeMap(scene, { project, zoom: 4, width: 768, height: 756, centerLng: 50, overlays: [] }, { candidates, widthOf })
 */
export function composeMap(scene: MapScene, view: MapView, { candidates, widthOf }: ComposeOptions): Composition {
  const box = { width: view.width, height: view.height };
  const input = (place: ScenePlace): MarkerInput => ({ ...place, nameEm: widthOf(place.name, MAP_WEIGHTS.name) });
  const active = new Set(scene.activeIds);
  // The step's places in the order the step names them.
  const own = scene.activeIds.flatMap((id) => scene.places.filter((place) => place.id === id)).map(input);
  const namedIds = new Set(scene.nameOthers ? [] : (scene.namedIds ?? []));
  const named = scene.places.filter((place) => namedIds.has(place.id) && !active.has(place.id)).map(input);
  const others = scene.places.filter((place) => !active.has(place.id) && !namedIds.has(place.id)).map(input);

  const taken: Rect[] = [...view.overlays];
  const { markers, conflicts } = placeActiveMarkers(own, view.project, box, taken);
  const callouts = placeAnnotations(scene.layers.annotations, view.project, view.width, view.height, taken, (text) => widthOf(text, MAP_WEIGHTS.text));
  taken.push(...annotationObstacles(callouts));
  const context = placeFramedMarkers(named, view.project, box, taken);
  if (scene.nameOthers) context.push(...placeContextMarkers(others, view.project, box, Infinity, taken));
  const labels = candidates.length
    ? placeLabels({ candidates, project: view.project, zoom: view.zoom, width: view.width, height: view.height, obstacles: taken, focus: scene.focus })
    : [];
  taken.push(...labels.map((label) => label.box));
  if (!scene.nameOthers) context.push(...placeContextMarkers(others, view.project, box, view.zoom, taken));
  const routes = drawRoutes(scene.layers.routes, view.project, view.centerLng);
  const areas = drawAreas(scene.areas ?? [], view.project, view.extent ?? { x: 0, y: 0, width: view.width, height: view.height });
  return { markers: [...markers, ...context], routes, areas, callouts, labels, conflicts };
}

/**
 * Widths from a table of `weight|text` keys, for the browser: the server measures every string
 * a page's maps draw (compose/widths.server.ts) and sends the table with the page's data.
 */
export function widthsFromTable(table: Readonly<Record<string, number>>): WidthOf {
  return (text, weight) => {
    const em = table[`${weight}|${text}`];
    if (em === undefined) throw new Error(`no measured width for "${text}" at ${weight}`);
    return em;
  };
}

/** The countries a map is about, to name first: its active places' and its tinted ones. */
export function focusOf(places: readonly { id: string; countryCode: string }[], activeIds: readonly string[], highlight: readonly string[]): string[] {
  const active = places.filter((place) => activeIds.includes(place.id)).map((place) => place.countryCode);
  return [...new Set([...active, ...highlight])];
}

/** The key a width is filed under in such a table. */
export const widthKey = (text: string, weight: MapWeight) => `${weight}|${text}`;
