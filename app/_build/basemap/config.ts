import type { Bbox } from '../../_lib/map/basemap/types';

/** Western Europe to Central Asia, the Gulf to Moscow. Every place in geo/places.json must lie inside. */
export const BASEMAP_BBOX: Bbox = Object.freeze([-12, 12, 90, 62] as const);

/**
 * Byte budget for the minified output, basemap and label data together (gzip measured with
 * zlib level 9): both load with the live map.
 */
export const BASEMAP_BUDGET = Object.freeze({ rawBytes: 600_000, gzipBytes: 200_000 });

/** Where the build writes the basemap, relative to the repository root. */
export const BASEMAP_OUTPUT = 'public/basemap/basemap.json';
/** Where the build writes the label data. */
export const LABELS_OUTPUT = 'public/basemap/labels.json';

export type Resolution = '50m' | '110m';

export interface BasemapOptions {
  /** world-atlas resolution: 50m, or 110m when 50m does not fit the budget. */
  resolution: Resolution;
  /** Douglas-Peucker tolerance in degrees, applied to the TopoJSON arcs. */
  tolerance: number;
  /** Decimal places kept in output coordinates (3 = ~100 m). */
  precision: number;
  bbox: Bbox;
}

/** Tuned so that 50m data fits BASEMAP_BUDGET. */
export const BASEMAP_DEFAULTS: Readonly<BasemapOptions> = Object.freeze({
  resolution: '50m',
  tolerance: 0.007,
  precision: 3,
  bbox: BASEMAP_BBOX,
});
