import { BASEMAP_BBOX } from '../../_lib/map/basemap/files';
import { EMPTY_POLICY, type DisputedPolicy } from '../../_lib/map/basemap/disputed-policy';
import type { Bbox } from '../../_lib/map/basemap/types';

/**
 * Byte budget for the minified output, basemap and label data together (gzip measured with
 * zlib level 9): both load with the live map.
 */
export const BASEMAP_BUDGET = Object.freeze({ rawBytes: 600_000, gzipBytes: 200_000 });

export type Resolution = '50m' | '110m';

export interface BasemapOptions {
  /** world-atlas resolution: 50m, or 110m when 50m does not fit the budget. */
  resolution: Resolution;
  /** Douglas-Peucker tolerance in degrees, applied to the TopoJSON arcs. */
  tolerance: number;
  /** Decimal places kept in output coordinates (3 = ~100 m). */
  precision: number;
  bbox: Bbox;
  /** Douglas-Peucker tolerance and decimals for the 1:110m world around the bbox: coarser, as it is only seen zoomed out. */
  world: { tolerance: number; precision: number } | null;
  /** How disputed territory is drawn (geo/disputed.json); none applied when empty. */
  policy: DisputedPolicy;
}

/** Tuned so that 50m data fits BASEMAP_BUDGET. */
export const BASEMAP_DEFAULTS: Readonly<BasemapOptions> = Object.freeze({
  resolution: '50m',
  tolerance: 0.007,
  precision: 3,
  bbox: BASEMAP_BBOX,
  world: { tolerance: 0.4, precision: 2 },
  policy: EMPTY_POLICY,
});
