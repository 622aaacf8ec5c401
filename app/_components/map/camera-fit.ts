import type { MapRef } from 'react-map-gl/maplibre';
import type { CameraTarget } from '@/app/_lib/content/step-camera';
import { EDGE_MARGIN, fitCamera, paddingFor, type CameraView } from '@/app/_lib/map/camera';
import { overlayRects, type MapOverlays } from '@/app/_lib/map/compose/overlays';
import type { DrawnCamera } from '@/app/_lib/map/static/handoff';

/*
 * Moving the live camera to a step's target in the map box: the same fit as every static map
 * (map/camera.ts, fitCamera), clear of the same overlays (computed for the box, as the layout
 * keeps clear of them) and of the text column where it covers the map (measured, when the
 * camera moves).
 */

/** The camera methods we use; both react-map-gl's MapRef and MapLibre's Map have them. */
export type CameraHost = Pick<MapRef, 'getContainer' | 'jumpTo' | 'flyTo'>;

/** The overlays of a box at a zoom: the step's key, the locator in a close-up, the attribution. */
export type OverlaysAt = (width: number, height: number, zoom: number) => MapOverlays;

/** The text column's box, when it covers part of the map (wide screens lay text beside or over it). */
function columnBox(): DOMRect | null {
  return document.querySelector('[data-story-text]')?.getBoundingClientRect() ?? null;
}

/** Where the camera stands for `target` in the map's box now. */
export function cameraFor(map: CameraHost, target: CameraTarget, overlaysAt: OverlaysAt): CameraView {
  const box = map.getContainer().getBoundingClientRect();
  const column = columnBox();
  const fit = (zoom: number) => {
    const rects = overlayRects(overlaysAt(box.width, box.height, zoom)).map((r) => ({
      left: box.left + r.x,
      top: box.top + r.y,
      right: box.left + r.x + r.width,
      bottom: box.top + r.y + r.height,
    }));
    return fitCamera(target, box.width, box.height, paddingFor(box, column, EDGE_MARGIN, rects));
  };
  // The fitted zoom decides whether the locator shows; fit again around it if it does.
  return fit(fit(-Infinity).zoom);
}

/** Flies (or jumps) to the target. */
export function moveCamera(map: CameraHost, target: CameraTarget, jump: boolean, overlaysAt: OverlaysAt): void {
  const { center, zoom, padding } = cameraFor(map, target, overlaysAt);
  const options = { center, zoom, padding, pitch: target.pitch, bearing: target.bearing };
  if (jump) map.jumpTo(options);
  else map.flyTo({ ...options, essential: true, maxDuration: 2500 });
}

/** Where the map opens: where the static map it replaces stands, else the first target. */
export function initialViewFor(handoff: DrawnCamera | null, target: CameraTarget) {
  if (handoff) return { longitude: handoff.center[0], latitude: handoff.center[1], zoom: handoff.zoom };
  if (target.kind === 'point') return { longitude: target.center[0], latitude: target.center[1], zoom: target.zoom };
  return { bounds: target.bounds, fitBoundsOptions: { maxZoom: target.maxZoom, padding: 48 } };
}
