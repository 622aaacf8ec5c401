import type { Map as MapLibreMap } from 'maplibre-gl';

/*
 * The live map's SVG overlays, over the canvas and under the markers: the step's hatched
 * areas, over them its connections, and above those the labels and callouts. They are moved,
 * hidden and shown together.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

export function overlayLayers(map: MapLibreMap) {
  const areas = document.createElementNS(SVG_NS, 'svg');
  areas.setAttribute('class', 'map-overlay map-areas-overlay');
  areas.setAttribute('aria-hidden', 'true');
  const routes = document.createElementNS(SVG_NS, 'svg');
  routes.setAttribute('class', 'map-overlay map-routes-overlay');
  routes.setAttribute('aria-hidden', 'true');
  const labels = document.createElementNS(SVG_NS, 'svg');
  labels.setAttribute('class', 'map-overlay map-labels-overlay');
  labels.setAttribute('aria-hidden', 'true');
  labels.setAttribute('data-map-labels-overlay', '');
  const layers = [areas, routes, labels];
  // Over the canvas, under the markers (added to the same container after it); areas under connections under labels.
  map.getCanvas().after(areas, routes, labels);
  let hidden = false;

  /** Moves both by a translation (a pan at the zoom they were placed for); 0, 0 puts them back. */
  const shift = (dx: number, dy: number) => {
    const transform = dx || dy ? `translate(${dx}px, ${dy}px)` : '';
    for (const layer of layers) layer.style.transform = transform;
  };
  return {
    areas,
    routes,
    labels,
    shift,
    isHidden: () => hidden,
    /** Hides both, until placed again; false when they already were. */
    hide(): boolean {
      if (hidden) return false;
      hidden = true;
      shift(0, 0);
      for (const layer of layers) layer.setAttribute('data-hidden', '');
      return true;
    },
    show() {
      if (!hidden) return;
      hidden = false;
      for (const layer of layers) layer.removeAttribute('data-hidden');
    },
    remove() {
      for (const layer of layers) layer.remove();
    },
  };
}
