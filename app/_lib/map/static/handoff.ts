import type { LngLat } from '../../geometry/bounds';
import { mercator, unmercator, worldSize } from '../../geometry/mercator';
import { cameraProjection, type CameraView } from '../camera';

/*
 * The hand-over from a first view to the live map: where the drawing's camera stands, as the
 * page carries it (`data-camera`), and the live camera that shows the same ground at the scale
 * the page shows the drawing at, so the swap moves nothing.
 */

/** A camera with no padding: the point of the world at the middle of the box, and the zoom. */
export interface DrawnCamera {
  center: LngLat;
  zoom: number;
}

/** `data-camera`: "lng,lat,zoom". */
export function formatDrawnCamera({ center: [lng, lat], zoom }: DrawnCamera): string {
  return `${lng.toFixed(5)},${lat.toFixed(5)},${zoom.toFixed(4)}`;
}

export function parseDrawnCamera(value: string | null | undefined): DrawnCamera | null {
  const parts = (value ?? '').split(',').map(Number);
  if (parts.length !== 3 || parts.some((n) => !Number.isFinite(n))) return null;
  const [lng, lat, zoom] = parts as [number, number, number];
  return { center: [lng, lat], zoom };
}

/**
 * A padded camera as MapLibre shows it with no padding: the point at the middle of the
 * `width` × `height` box (the padded centre sits at the middle of the padded area).
 * @example cameraAtMiddle({ center: [40, 35], zoom: 5, padding: { top: 0, right: 0, bottom: 0, left: 100 } }, 800, 600).center[0] // west of 40
 */
export function cameraAtMiddle(view: CameraView, width: number, height: number): DrawnCamera {
  const at = cameraProjection(view, width, height)(view.center);
  const size = worldSize(view.zoom);
  const [x, y] = mercator(view.center);
  return { center: unmercator([x + (width / 2 - at[0]) / size, y + (height / 2 - at[1]) / size]), zoom: view.zoom };
}

/**
 * The live camera for a first view drawn for a box `drawnWidth` wide and shown `shownWidth`
 * wide, centred in the map's box: the same middle, zoomed by the scale.
 * @example liveCamera({ center: [40, 35], zoom: 4 }, 768, 384).zoom // 3
 */
export function liveCamera(drawn: DrawnCamera, drawnWidth: number, shownWidth: number): DrawnCamera {
  return { center: drawn.center, zoom: drawn.zoom + Math.log2(shownWidth / drawnWidth) };
}
