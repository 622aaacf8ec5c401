import type { MapRef } from 'react-map-gl/maplibre';
import type { CameraTarget } from '@/app/_lib/content/step-camera';
import { EDGE_MARGIN, paddingFor, referenceZoom, zoomForBox, type Padding } from '@/app/_lib/map/camera';
import { showsLocator } from '@/app/_lib/map/locator';
import type { DrawnCamera } from '@/app/_lib/map/static/handoff';

/*
 * Moving the live camera to a step's target in the map box as the page lays it out: the
 * padding clears the text column and the boxes over the map, measured from the DOM when the
 * camera moves, not on every frame.
 */

/** The camera methods we use; both react-map-gl's MapRef and MapLibre's Map have them. */
export type CameraHost = Pick<MapRef, 'getContainer' | 'cameraForBounds' | 'jumpTo' | 'flyTo'>;

/** The text column's box, when it covers part of the map (wide screens lay text beside or over it). */
function columnBox(): DOMRect | null {
  return document.querySelector('[data-story-text]')?.getBoundingClientRect() ?? null;
}

/** The boxes laid over the map that places must stay clear of; the locator only where the camera will show it. */
function overlayBoxes(map: CameraHost, withLocator: boolean): DOMRect[] {
  const root = map.getContainer().closest('[data-story-map]') ?? map.getContainer();
  const selectors = ['[data-map-legend]', '.maplibregl-ctrl-attrib', ...(withLocator ? ['[data-map-locator]'] : [])];
  return selectors.flatMap((selector) => {
    const box = root.querySelector(selector)?.getBoundingClientRect();
    return box && box.width > 0 ? [box] : [];
  });
}

function currentPadding(map: CameraHost, withLocator: boolean): Padding {
  return paddingFor(map.getContainer().getBoundingClientRect(), columnBox(), EDGE_MARGIN, overlayBoxes(map, withLocator));
}

/** Flies (or jumps) to the target, fitted to the map box clear of the text and the overlays. */
export function moveCamera(map: CameraHost, target: CameraTarget, jump: boolean): void {
  let padding: Padding;
  let camera: { center: [number, number]; zoom: number };
  if (target.kind === 'point') {
    // A phone's small map shows what a laptop's shows around the place: zoomed out to fit.
    const box = map.getContainer().getBoundingClientRect();
    const zoom = zoomForBox(target.zoom, box.width, box.height);
    padding = currentPadding(map, showsLocator(target.zoom));
    camera = { center: target.center, zoom };
  } else {
    // The fitted zoom decides whether the locator shows; fit again around it if it does.
    const fit = (withLocator: boolean) => {
      const p = currentPadding(map, withLocator);
      // absolutePadding: the padding replaces, not adds to, what the last move left on the map.
      const options = { padding: p, absolutePadding: true, maxZoom: target.maxZoom, bearing: target.bearing };
      return { padding: p, fitted: map.cameraForBounds(target.bounds, options) };
    };
    let result = fit(false);
    const box = map.getContainer().getBoundingClientRect();
    if (result.fitted?.zoom !== undefined && showsLocator(referenceZoom(result.fitted.zoom, box.width, box.height))) result = fit(true);
    const { fitted } = result;
    padding = result.padding;
    const [[west, south], [east, north]] = target.bounds;
    const center = fitted?.center ? (fitted.center as { lng: number; lat: number }) : { lng: (west + east) / 2, lat: (south + north) / 2 };
    camera = { center: [center.lng, center.lat], zoom: fitted?.zoom ?? target.maxZoom };
  }
  const options = { ...camera, pitch: target.pitch, bearing: target.bearing, padding };
  if (jump) map.jumpTo(options);
  else map.flyTo({ ...options, essential: true, maxDuration: 2500 });
}

/** Where the map opens: where the static map it replaces stands, else the first target. */
export function initialViewFor(handoff: DrawnCamera | null, target: CameraTarget) {
  if (handoff) return { longitude: handoff.center[0], latitude: handoff.center[1], zoom: handoff.zoom };
  if (target.kind === 'point') return { longitude: target.center[0], latitude: target.center[1], zoom: target.zoom };
  return { bounds: target.bounds, fitBoundsOptions: { maxZoom: target.maxZoom, padding: 48 } };
}
