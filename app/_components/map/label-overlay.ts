import type { Map as MapLibreMap } from 'maplibre-gl';
import { labelsGroup } from '@/app/_lib/labels/markup';
import { attributionZone, markerObstacles, type MarkerPlace } from '@/app/_lib/labels/obstacles';
import { placeLabels, type Rect } from '@/app/_lib/labels/place-labels';
import type { LabelData } from '@/app/_lib/labels/types';

export const LABELS_URL = '/basemap/labels.json';

/** What the labels must know of the story besides the camera. */
export interface LabelState {
  places: readonly MarkerPlace[];
  activeIds: readonly string[];
  /** Countries to name first. */
  focus: readonly string[];
}

/** Overlays inside the map that labels keep clear of (README, "The map and its public attributes"). */
const OVERLAYS = '.maplibregl-ctrl-attrib, [data-map-locator], [data-map-legend]';

/**
 * Draws the map's labels as an SVG over the canvas and under the markers, placed by the same
 * function as the static map's. It redraws on the map's own `move` events, at most once a
 * frame and without React; the overlays' boxes are measured only when the camera settles or
 * the map resizes, so a flight forces no layout.
 */
export function attachLabelOverlay(map: MapLibreMap, state: () => LabelState): { refresh: () => void; remove: () => void } {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('class', 'map-labels-overlay');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('data-map-labels-overlay', '');
  const container = map.getContainer();
  map.getCanvasContainer().prepend(svg);

  let data: LabelData | null = null;
  let frame = 0;
  let box = { width: container.clientWidth, height: container.clientHeight };
  let overlays: Rect[] = [];
  let removed = false;

  const measure = () => {
    box = { width: container.clientWidth, height: container.clientHeight };
    const origin = container.getBoundingClientRect();
    overlays = [...container.querySelectorAll(OVERLAYS)]
      .map((element) => element.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0)
      .map((r) => ({ x: r.left - origin.left, y: r.top - origin.top, width: r.width, height: r.height }));
  };

  const draw = () => {
    frame = 0;
    if (!data || removed) return;
    const { places, activeIds, focus } = state();
    const zoom = map.getZoom();
    const project = ([lng, lat]: [number, number]): [number, number] => {
      const point = map.project([lng, lat]);
      return [point.x, point.y];
    };
    const obstacles = [...markerObstacles(places, activeIds, zoom, project), attributionZone(box.width, box.height), ...overlays];
    const placed = placeLabels({ candidates: data.labels, project, zoom, width: box.width, height: box.height, obstacles, focus });
    svg.innerHTML = labelsGroup(placed);
  };

  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(draw);
  };
  const settle = () => {
    measure();
    schedule();
  };

  map.on('move', schedule);
  map.on('moveend', settle);
  map.on('resize', settle);
  // The attribution opens and closes on click: measure again when it does.
  container.addEventListener('click', settle);

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
      map.off('move', schedule);
      map.off('moveend', settle);
      map.off('resize', settle);
      container.removeEventListener('click', settle);
      svg.remove();
    },
  };
}
