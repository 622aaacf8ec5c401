import { routesGroup } from '../step-layers/markup';
import { drawRoutes } from '../step-layers/placement';
import type { StaticMapLayer } from './layer';

/** The step's connections as great-circle arcs, drawn whole (the live map draws them in), under the labels. */
export const connectionsLayer: StaticMapLayer = {
  id: 'routes',
  render({ spec, frame }) {
    const routes = spec.layers?.routes ?? [];
    if (routes.length === 0) return '';
    const centerLng = frame.projection.invert?.([spec.width / 2, spec.height / 2])?.[0] ?? 0;
    return routesGroup(drawRoutes(routes, (p) => frame.projection(p) ?? null, centerLng));
  },
};
