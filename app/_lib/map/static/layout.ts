import type { CameraTarget } from '../../content/step-camera';
import { cameraProjection, EDGE_MARGIN, fitCamera, paddingFor, type CameraView, type Padding } from '../camera';
import { composeMap, type ComposeOptions, type Composition } from '../compose/compose';
import { overlayRects, overlaysOf, stepKey, type MapOverlays } from '../compose/overlays';
import { drawingOf, type StaticMapSpec } from './spec';

/*
 * A static map laid out: its camera in its box, the overlays over it, and the one composition
 * of its marks and words. Everything a renderer needs and nothing drawn yet.
 */

/** Share of the box's shorter side kept clear around the places of an image's fitted view. */
export const IMAGE_FIT_PADDING = 0.12;

export interface StaticLayout {
  camera: CameraView;
  overlays: MapOverlays;
  composition: Composition;
  project: (lngLat: [number, number]) => [number, number];
}

/** Pixels past a drawing's edge that clipped areas reach, so the line along the clip is never seen. */
const EXTENT_MARGIN = 10;

const uniform = (value: number): Padding => ({ top: value, right: value, bottom: value, left: value });

/**
 * The overlays of a map in a `width` × `height` box at a zoom: the key and attribution over a
 * first view (the page draws them), the locator wherever the view is a close-up.
 */
export function overlaysFor(spec: StaticMapSpec, zoom: number, widthOf: ComposeOptions['widthOf']): MapOverlays {
  const { width, height, use } = spec.size;
  const view = use === 'view';
  return overlaysOf(view ? stepKey(spec.keyLines, widthOf) : null, !!spec.locator, view)(width, height, zoom);
}

/** The camera of a target in the spec's box, clear of the overlays; a close-up's locator joins them once the fitted zoom says it shows. */
function cameraFor(spec: StaticMapSpec, target: CameraTarget, widthOf: ComposeOptions['widthOf']): { camera: CameraView; overlays: MapOverlays } {
  const { width, height, use } = spec.size;
  const fit = (overlays: MapOverlays) => {
    const imagePadding = target.kind === 'point' ? 0 : Math.round(Math.min(width, height) * IMAGE_FIT_PADDING);
    if (use === 'image') return fitCamera(target, width, height, uniform(imagePadding));
    const box = { left: 0, top: 0, right: width, bottom: height };
    const rects = overlayRects(overlays).map((r) => ({ left: r.x, top: r.y, right: r.x + r.width, bottom: r.y + r.height }));
    return fitCamera(target, width, height, paddingFor(box, null, EDGE_MARGIN, rects));
  };
  const without = overlaysFor(spec, -Infinity, widthOf);
  let camera = fit(without);
  const overlays = overlaysFor(spec, camera.zoom, widthOf);
  if (overlays.locator && target.kind === 'bounds') camera = fit(overlays);
  return { camera, overlays };
}

/** The layout of a static map. */
export function layoutStaticMap(spec: StaticMapSpec, options: ComposeOptions): StaticLayout {
  const { width, height } = spec.size;
  const { camera, overlays } = cameraFor(spec, spec.target, options.widthOf);
  const project = cameraProjection(camera, width, height);
  // Areas reach to the drawing's edges (a first view's bleed), and a little past them, where their outlines do not show.
  const { offsetX, offsetY } = drawingOf(spec);
  const [reachX, reachY] = [offsetX + EXTENT_MARGIN, offsetY + EXTENT_MARGIN];
  const extent = { x: -reachX, y: -reachY, width: width + 2 * reachX, height: height + 2 * reachY };
  const view = { project, zoom: camera.zoom, width, height, centerLng: camera.center[0], overlays: overlayRects(overlays), extent };
  const composition = composeMap(spec.scene, view, options);
  return { camera, overlays, composition, project };
}
