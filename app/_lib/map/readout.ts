import type { LngLat } from '../geometry/bounds';

/*
 * The live camera as the story map's public attributes give it (docs/contract.md):
 * `data-center` and `data-zoom`, written where the camera settles.
 */

/** `"lng,lat"` with 5 decimals, the format of the map's `data-center` attribute. */
export function formatCenter([lng, lat]: LngLat): string {
  return `${lng.toFixed(5)},${lat.toFixed(5)}`;
}

/** The zoom with 2 decimals, the format of the map's `data-zoom` attribute. */
export const formatZoom = (zoom: number) => zoom.toFixed(2);
