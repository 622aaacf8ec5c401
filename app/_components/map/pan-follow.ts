import type { LngLat, Map as MapLibreMap } from 'maplibre-gl';

/**
 * Layers placed for one camera follow a pan at that camera's zoom, bearing and pitch by a
 * translation, which is exact in Web Mercator: the shift of a point fixed when they were
 * placed. Any other move needs them placed again.
 */
export function panFollow(map: MapLibreMap) {
  // The camera the layers were placed for, and where a fixed point then lay.
  let placedFor: { zoom: number; bearing: number; pitch: number; anchor: LngLat; at: [number, number] } | null = null;
  return {
    /** Records the camera the layers have just been placed for. */
    placed(project: (lngLat: [number, number]) => [number, number]) {
      const anchor = map.getCenter();
      placedFor = { zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch(), anchor, at: project([anchor.lng, anchor.lat]) };
    },
    /** The translation that keeps the layers in place, or null when the camera has done more than pan. */
    offset(): [number, number] | null {
      const p = placedFor;
      if (!p || map.getZoom() !== p.zoom || map.getBearing() !== p.bearing || map.getPitch() !== p.pitch) return null;
      const now = map.project(p.anchor);
      return [now.x - p.at[0], now.y - p.at[1]];
    },
  };
}
