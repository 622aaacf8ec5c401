import type { Map as MapLibreMap } from 'maplibre-gl';
import { labelsGroup } from '@/app/_lib/labels/markup';
import { ALL_MARKER_NAMES_ZOOM, attributionZone, markerObstacles, type MarkerPlace } from '@/app/_lib/labels/obstacles';
import { placeLabels, type Rect } from '@/app/_lib/labels/place-labels';
import type { LabelData } from '@/app/_lib/labels/types';
import { overlayRects } from './static-labels';

export const LABELS_URL = '/basemap/labels.json';

/** What the labels must know of the story besides the camera. */
export interface LabelState {
  places: readonly MarkerPlace[];
  activeIds: readonly string[];
  /** Countries to name first. */
  focus: readonly string[];
}

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
  // Over the canvas, under the markers (added to the same container after it).
  map.getCanvas().after(svg);

  let data: LabelData | null = null;
  let frame = 0;
  let box = { width: container.clientWidth, height: container.clientHeight };
  let overlays: Rect[] = [];
  let removed = false;

  // The story's box holds the locator and legend beside MapLibre's container.
  const root = container.closest<HTMLElement>('[data-story-map]');
  const measure = () => {
    box = { width: container.clientWidth, height: container.clientHeight };
    overlays = overlayRects(root ?? container);
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
    // Which marker names show is the story map's `data-labels`, set when the camera settles: in a
    // flight from a close-up every name stays up until the end, so keep clear of them all until then.
    const names = root?.dataset.labels;
    const namesZoom = names === 'all' ? Math.max(zoom, ALL_MARKER_NAMES_ZOOM) : names === 'active' ? Math.min(zoom, ALL_MARKER_NAMES_ZOOM - 0.01) : zoom;
    const obstacles = [...markerObstacles(places, activeIds, namesZoom, project), attributionZone(box.width, box.height), ...overlays];
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
  // Marker names show or hide after the camera settles (React renders `data-labels`): redraw then.
  const names = new MutationObserver(schedule);
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
      map.off('move', schedule);
      map.off('moveend', settle);
      map.off('resize', settle);
      container.removeEventListener('click', settle);
      names.disconnect();
      svg.remove();
    },
  };
}
