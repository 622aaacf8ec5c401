import { geoPath, type GeoStream } from 'd3-geo';
import type { LngLat } from '../../geometry/bounds';
import type { BasemapCollection, BasemapFeature } from '../basemap/types';
import type { LabelCandidate } from '../labels/types';
import { pixelSnap, type StaticMapFrame } from './projection';
import type { StaticMapSpec } from './spec';
import { forD3 } from './winding';

/*
 * What a static map's layer is and what it reads. Each layer (layers.ts, locator-layer.ts,
 * connections-layer.ts) implements StaticMapLayer; STATIC_MAP_LAYERS lists them in order.
 */

/** What every layer reads: the spec, the basemap and the frame they are drawn in. */
export interface StaticMapContext {
  spec: StaticMapSpec;
  basemap: BasemapCollection;
  /** Label candidates from the built label data; none draws no labels. */
  labels: readonly LabelCandidate[];
  frame: StaticMapFrame;
  /** SVG path data of a feature, snapped to the spec's grid; empty when none of it is in view. */
  path: (feature: BasemapFeature) => string;
  /** Where a point falls in the box, or null when it falls outside it. */
  pointInBox: (coordinates: LngLat) => [number, number] | null;
}

/** One layer of a static map: SVG markup, drawn over the layers before it. */
export interface StaticMapLayer {
  id: string;
  render: (context: StaticMapContext) => string;
}

export function contextFor(spec: StaticMapSpec, basemap: BasemapCollection, frame: StaticMapFrame, labels: readonly LabelCandidate[] = []): StaticMapContext {
  const { projection } = frame;
  const path = geoPath({ stream: (sink: GeoStream) => projection.stream(pixelSnap(sink, spec.grid)) }).digits(0);
  return {
    spec,
    basemap,
    labels,
    frame,
    path: (feature) => path(forD3(feature)) ?? '',
    pointInBox(coordinates) {
      const point = projection(coordinates);
      if (!point) return null;
      const [x, y] = point;
      // A contained map shows what lies beyond its viewBox too (see StaticMapFrame.contain).
      const [[left, top], [right, bottom]] = frame.contain ? frame.extent : [[0, 0], [spec.width, spec.height]];
      return x >= left && x <= right && y >= top && y <= bottom ? point : null;
    },
  };
}
