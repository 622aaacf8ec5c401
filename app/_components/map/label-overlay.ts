import type { Map as MapLibreMap } from 'maplibre-gl';
import { annotationsMarkup, routesGroup } from '@/app/_lib/map/step-layers/markup';
import { annotationObstacles, drawRoutes, placeAnnotations, type DrawnRoute, type StepLayers } from '@/app/_lib/map/step-layers/placement';
import { labelsGroup } from '@/app/_lib/map/labels/markup';
import { ALL_MARKER_NAMES_ZOOM, attributionZone, markerObstacles, type MarkerPlace } from '@/app/_lib/map/labels/obstacles';
import { placeLabels } from '@/app/_lib/map/labels/place-labels';
import type { Rect } from '@/app/_lib/geometry/plane';
import { LABELS_URL } from '@/app/_lib/map/basemap/files';
import type { LabelData } from '@/app/_lib/map/labels/types';
import { prefersReducedMotion } from '../story/reduced-motion';
import { drawIn } from './draw-in';
import { frameScheduler } from './frame-scheduler';
import { overlayLayers } from './overlay-layers';
import { panFollow } from './pan-follow';
import { overlayRects } from './static-labels';

/** What the labels must know of the story besides the camera. */
export interface LabelState {
  places: readonly MarkerPlace[];
  activeIds: readonly string[];
  /** Countries to name first. */
  focus: readonly string[];
  /** The active step's connections and callouts; a new `step` draws its connections in. */
  layers: StepLayers;
  step: string;
}

/** How long a connection takes to draw in once the camera has arrived. */
export const ROUTE_DRAW_MS = 900;

/**
 * Draws the map's labels, and the step's connections and callouts, as SVG over the canvas and
 * under the markers, placed by the same functions as the static map's.
 *
 * Placement runs when the camera is still, not on every frame of a flight: placing some 180
 * label candidates and repainting their text on each frame would double the scroll's frame times. While
 * the camera pans at a constant zoom the drawn layers follow it by a translation, which is exact
 * in Web Mercator; any other move (a flight, a zoom) hides them until `moveend` places them again.
 * The overlays' boxes are measured only when the camera settles or the map resizes, so a flight
 * forces no layout. A step's connections draw in once its camera has arrived (at once with
 * reduced motion), in their own SVG so that only their paths repaint while they do.
 */
export function attachLabelOverlay(map: MapLibreMap, state: () => LabelState): { refresh: () => void; remove: () => void } {
  const layers = overlayLayers(map);
  const container = map.getContainer();
  const routesIn = drawIn(ROUTE_DRAW_MS);
  const pan = panFollow(map);
  let data: LabelData | null = null;
  let box = { width: container.clientWidth, height: container.clientHeight };
  let overlays: Rect[] = [];
  let removed = false;
  let routes: DrawnRoute[] = [];

  // The story's box holds the locator and legend beside MapLibre's container.
  const root = container.closest<HTMLElement>('[data-story-map]');
  const measure = () => {
    box = { width: container.clientWidth, height: container.clientHeight };
    overlays = overlayRects(root ?? container);
  };

  const hide = () => {
    if (layers.hide()) routesIn.interrupt();
  };

  const drawRoutesLayer = () => {
    if (layers.isHidden()) return;
    const p = routesIn.progress();
    layers.routes.innerHTML = routes.length ? routesGroup(routes, p) : '';
    if (p < 1 && routesIn.started()) scheduler.schedule(drawRoutesLayer);
  };

  const draw = () => {
    if (removed) return;
    const { places, activeIds, focus, layers: stepLayers, step } = state();
    routesIn.follow(step, prefersReducedMotion);
    // Placed again where the camera stops.
    if (map.isMoving()) return hide();
    // No flight to wait for (the camera stays, or it jumped before this frame): draw in now.
    routesIn.begin();
    const zoom = map.getZoom();
    const project = ([lng, lat]: [number, number]): [number, number] => {
      const point = map.project([lng, lat]);
      return [point.x, point.y];
    };
    routes = drawRoutes(stepLayers.routes, project, map.getCenter().lng);
    // Which marker names show is the story map's `data-labels`, set when the camera settles: in a
    // flight from a close-up every name stays up until the end, so keep clear of them all until then.
    const names = root?.dataset.labels;
    const namesZoom = names === 'all' ? Math.max(zoom, ALL_MARKER_NAMES_ZOOM) : names === 'active' ? Math.min(zoom, ALL_MARKER_NAMES_ZOOM - 0.01) : zoom;
    const obstacles = [...markerObstacles(places, activeIds, namesZoom, project, box.width), attributionZone(box.width, box.height), ...overlays];
    const callouts = placeAnnotations(stepLayers.annotations, project, box.width, box.height, obstacles);
    obstacles.push(...annotationObstacles(callouts));
    const placed = data ? placeLabels({ candidates: data.labels, project, zoom, width: box.width, height: box.height, obstacles, focus }) : [];
    layers.labels.innerHTML = labelsGroup(placed, '', annotationsMarkup(callouts));
    pan.placed(project);
    layers.shift(0, 0);
    layers.show();
    drawRoutesLayer();
  };

  const scheduler = frameScheduler(draw);
  const settle = () => {
    measure();
    scheduler.schedule();
  };

  const onMove = () => {
    if (layers.isHidden()) return;
    const offset = state().step === routesIn.step() ? pan.offset() : null;
    if (!offset) return hide();
    layers.shift(offset[0], offset[1]);
  };
  map.on('move', onMove);
  map.on('moveend', settle);
  map.on('resize', settle);
  // The attribution opens and closes on click: measure again when it does.
  container.addEventListener('click', settle);
  // Marker names show or hide after the camera settles (React renders `data-labels`): redraw then.
  const names = new MutationObserver(() => scheduler.schedule());
  if (root) names.observe(root, { attributes: true, attributeFilter: ['data-labels'] });

  fetchLabelData().then((loaded) => {
    if (!loaded) return;
    data = loaded;
    settle();
  });

  return {
    refresh: settle,
    remove() {
      removed = true;
      scheduler.cancel();
      map.off('move', onMove);
      map.off('moveend', settle);
      map.off('resize', settle);
      container.removeEventListener('click', settle);
      names.disconnect();
      layers.remove();
    },
  };
}

/** The built label data; null, with a warning, when it cannot be had: the map works without labels. */
function fetchLabelData(): Promise<LabelData | null> {
  return fetch(LABELS_URL)
    .then((response) => (response.ok ? (response.json() as Promise<LabelData>) : Promise.reject(new Error(`labels: HTTP ${response.status}`))))
    .catch((error: Error) => {
      console.warn('[map]', error.message);
      return null;
    });
}
