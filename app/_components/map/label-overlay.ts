import type { LngLat, Map as MapLibreMap } from 'maplibre-gl';
import { annotationsMarkup, routesGroup } from '@/app/_lib/map/step-layers/markup';
import { annotationObstacles, drawRoutes, placeAnnotations, type DrawnRoute, type StepLayers } from '@/app/_lib/map/step-layers/placement';
import { labelsGroup } from '@/app/_lib/map/labels/markup';
import { ALL_MARKER_NAMES_ZOOM, attributionZone, markerObstacles, type MarkerPlace } from '@/app/_lib/map/labels/obstacles';
import { placeLabels } from '@/app/_lib/map/labels/place-labels';
import type { Rect } from '@/app/_lib/geometry/plane';
import { LABELS_URL } from '@/app/_lib/map/basemap/files';
import type { LabelData } from '@/app/_lib/map/labels/types';
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

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Draws the map's labels, and the step's connections and callouts, as SVG over the canvas and
 * under the markers, placed by the same functions as the static map's.
 *
 * Placement runs when the camera is still, not on every frame of a flight: placing some 180
 * label candidates and repainting their text each frame doubled the scroll's frame times. While
 * the camera pans at a constant zoom the drawn layers follow it by a translation, which is exact
 * in Web Mercator; any other move (a flight, a zoom) hides them until `moveend` places them again.
 * The overlays' boxes are measured only when the camera settles or the map resizes, so a flight
 * forces no layout. A step's connections draw in once its camera has arrived (at once with
 * reduced motion), in their own SVG so that only their paths repaint while they do.
 */
export function attachLabelOverlay(map: MapLibreMap, state: () => LabelState): { refresh: () => void; remove: () => void } {
  const svgNs = 'http://www.w3.org/2000/svg';
  const routesSvg = document.createElementNS(svgNs, 'svg');
  routesSvg.setAttribute('class', 'map-overlay map-routes-overlay');
  routesSvg.setAttribute('aria-hidden', 'true');
  const svg = document.createElementNS(svgNs, 'svg');
  svg.setAttribute('class', 'map-overlay map-labels-overlay');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('data-map-labels-overlay', '');
  const layers = [routesSvg, svg];
  const container = map.getContainer();
  // Over the canvas, under the markers (added to the same container after it); connections under labels.
  map.getCanvas().after(routesSvg, svg);

  let data: LabelData | null = null;
  let frame = 0;
  let box = { width: container.clientWidth, height: container.clientHeight };
  let overlays: Rect[] = [];
  let removed = false;
  let routes: DrawnRoute[] = [];
  // The step whose connections are drawn, and when they started drawing in (null: waiting for the camera).
  let drawnStep: string | null = null;
  let drawStart: number | null = null;
  const progress = () => (drawStart === null ? 0 : Math.min(1, (performance.now() - drawStart) / ROUTE_DRAW_MS));
  // The camera the layers were placed for, and where a fixed point then lay: a pan at that zoom shifts them.
  let placedFor: { zoom: number; bearing: number; pitch: number; anchor: LngLat; at: [number, number] } | null = null;
  let hidden = false;

  // The story's box holds the locator and legend beside MapLibre's container.
  const root = container.closest<HTMLElement>('[data-story-map]');
  const measure = () => {
    box = { width: container.clientWidth, height: container.clientHeight };
    overlays = overlayRects(root ?? container);
  };

  const shift = (dx: number, dy: number) => {
    const transform = dx || dy ? `translate(${dx}px, ${dy}px)` : '';
    for (const layer of layers) layer.style.transform = transform;
  };
  const hide = () => {
    if (hidden) return;
    hidden = true;
    shift(0, 0);
    for (const layer of layers) layer.setAttribute('data-hidden', '');
    // A draw-in cut short by a new flight starts again when that flight arrives.
    if (drawStart !== -Infinity && progress() < 1) drawStart = null;
  };
  const show = () => {
    if (!hidden) return;
    hidden = false;
    for (const layer of layers) layer.removeAttribute('data-hidden');
  };

  const drawRoutesLayer = () => {
    if (hidden) return;
    const p = progress();
    routesSvg.innerHTML = routes.length ? routesGroup(routes, p) : '';
    if (p < 1 && drawStart !== null) schedule(drawRoutesLayer);
  };

  const draw = () => {
    if (removed) return;
    const { places, activeIds, focus, layers: stepLayers, step } = state();
    if (step !== drawnStep) {
      drawnStep = step;
      drawStart = reducedMotion() ? -Infinity : null;
    }
    // Placed again where the camera stops.
    if (map.isMoving()) return hide();
    // No flight to wait for (the camera stays, or it jumped before this frame): draw in now.
    if (drawStart === null) drawStart = performance.now();
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
    svg.innerHTML = labelsGroup(placed, '', annotationsMarkup(callouts));
    const anchor = map.getCenter();
    placedFor = { zoom, bearing: map.getBearing(), pitch: map.getPitch(), anchor, at: project([anchor.lng, anchor.lat]) };
    shift(0, 0);
    show();
    drawRoutesLayer();
  };

  // One frame callback at a time: a full draw supersedes a routes-only one.
  let pending: (() => void) | null = null;
  const run = () => {
    frame = 0;
    const next = pending;
    pending = null;
    next?.();
  };
  const schedule = (what: () => void = draw) => {
    if (pending !== draw) pending = what;
    if (!frame) frame = requestAnimationFrame(run);
  };
  const settle = () => {
    measure();
    schedule();
  };

  const onMove = () => {
    if (hidden) return;
    const p = placedFor;
    const still = p && state().step === drawnStep && map.getZoom() === p.zoom && map.getBearing() === p.bearing && map.getPitch() === p.pitch;
    if (!still) return hide();
    const [x, y] = p.at;
    const now = map.project(p.anchor);
    shift(now.x - x, now.y - y);
  };
  map.on('move', onMove);
  map.on('moveend', settle);
  map.on('resize', settle);
  // The attribution opens and closes on click: measure again when it does.
  container.addEventListener('click', settle);
  // Marker names show or hide after the camera settles (React renders `data-labels`): redraw then.
  const names = new MutationObserver(() => schedule());
  if (root) names.observe(root, { attributes: true, attributeFilter: ['data-labels'] });

  fetch(LABELS_URL)
    .then((response) => (response.ok ? (response.json() as Promise<LabelData>) : Promise.reject(new Error(`labels: HTTP ${response.status}`))))
    .then((loaded) => {
      data = loaded;
      settle();
    })
    // Without labels the map still works: markers and the basemap are enough.
    .catch((error: Error) => console.warn('[map]', error.message));

  return {
    refresh: settle,
    remove() {
      removed = true;
      cancelAnimationFrame(frame);
      map.off('move', onMove);
      map.off('moveend', settle);
      map.off('resize', settle);
      container.removeEventListener('click', settle);
      names.disconnect();
      for (const layer of layers) layer.remove();
    },
  };
}
