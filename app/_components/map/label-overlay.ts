import type { Map as MapLibreMap } from 'maplibre-gl';
import { labelsUrl } from '@/app/_lib/map/basemap/files';
import { composeMap, type MapScene, type WidthOf } from '@/app/_lib/map/compose/compose';
import { overlayRects, type MapOverlays } from '@/app/_lib/map/compose/overlays';
import { labelsGroup } from '@/app/_lib/map/labels/markup';
import type { LabelData } from '@/app/_lib/map/labels/types';
import { annotationsMarkup, routesGroup } from '@/app/_lib/map/step-layers/markup';
import { areasGroup } from '@/app/_lib/map/step-layers/area-markup';
import type { DrawnRoute } from '@/app/_lib/map/step-layers/placement';
import { prefersReducedMotion } from '../story/reduced-motion';
import { drawIn } from './draw-in';
import { frameScheduler } from './frame-scheduler';
import { applyMarkerLayout } from './markers';
import { overlayLayers } from './overlay-layers';
import { panFollow } from './pan-follow';

/** What the layout must know of the story besides the camera: the step's scene, the overlays for a box, the measured widths. */
export interface LabelState {
  scene: MapScene;
  /** The step; a new one draws its connections in. */
  step: string;
  overlays: (width: number, height: number, zoom: number) => MapOverlays;
  widthOf: WidthOf;
}

/** How long a connection takes to draw in once the camera has arrived. */
export const ROUTE_DRAW_MS = 900;

/**
 * Lays out the live map where its camera stops (map/compose/compose.ts, the layout every
 * static map is drawn from) and draws it: the labels and callouts, and under them the step's
 * connections and hatched areas, as SVG over the canvas and under the markers; the markers' names and which are
 * shown, as data attributes on their buttons.
 *
 * Layout runs when the camera is still, not on every frame of a flight: placing some 180
 * label candidates and repainting their text on each frame would double the scroll's frame
 * times. While the camera pans at a constant zoom the drawn layers follow it by a translation,
 * which is exact in Web Mercator; any other move (a flight, a zoom) hides them until `moveend`
 * lays them out again. A step's connections draw in once its camera has arrived (at once with
 * reduced motion), in their own SVG so that only their paths repaint while they do.
 */
export function attachLabelOverlay(map: MapLibreMap, state: () => LabelState, lang: 'en' | 'ar' = 'en'): { refresh: () => void; remove: () => void } {
  const layers = overlayLayers(map);
  const container = map.getContainer();
  const routesIn = drawIn(ROUTE_DRAW_MS);
  const pan = panFollow(map);
  let data: LabelData | null = null;
  let box = { width: container.clientWidth, height: container.clientHeight };
  let removed = false;
  let routes: DrawnRoute[] = [];
  const measure = () => {
    box = { width: container.clientWidth, height: container.clientHeight };
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
    const { scene, step, overlays, widthOf } = state();
    routesIn.follow(step, prefersReducedMotion);
    // Laid out again where the camera stops.
    if (map.isMoving()) return hide();
    // No flight to wait for (the camera stays, or it jumped before this frame): draw in now.
    routesIn.begin();
    const zoom = map.getZoom();
    const project = ([lng, lat]: [number, number]): [number, number] => {
      const point = map.project([lng, lat]);
      return [point.x, point.y];
    };
    const overlayBoxes = overlayRects(overlays(box.width, box.height, zoom));
    // Areas reach half a box past each edge: a pan, which moves the drawn layers until moveend, shows no cut edge.
    const extent = { x: -box.width / 2, y: -box.height / 2, width: 2 * box.width, height: 2 * box.height };
    const view = { project, zoom, width: box.width, height: box.height, centerLng: map.getCenter().lng, overlays: overlayBoxes, extent };
    const composition = composeMap(scene, view, { candidates: data?.labels ?? [], widthOf });
    routes = composition.routes;
    layers.areas.innerHTML = areasGroup(composition.areas);
    layers.labels.innerHTML = labelsGroup(composition.labels, '', annotationsMarkup(composition.callouts));
    applyMarkerLayout(container, composition.markers);
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

  fetchLabelData(lang).then((loaded) => {
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
      layers.remove();
    },
  };
}

/** The built label data, in the edition's language; null, with a warning, when it cannot be had: the map works without labels. */
function fetchLabelData(lang: 'en' | 'ar'): Promise<LabelData | null> {
  return fetch(labelsUrl(lang))
    .then((response) => (response.ok ? (response.json() as Promise<LabelData>) : Promise.reject(new Error(`labels: HTTP ${response.status}`))))
    .catch((error: Error) => {
      console.warn('[map]', error.message);
      return null;
    });
}
