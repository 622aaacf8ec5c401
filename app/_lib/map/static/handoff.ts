import type { LngLat } from '../../geometry/bounds';
import { mercator, unmercator, worldSize } from '../../geometry/mercator';

/** Where and how close a static map was drawn: the geographic centre of its viewBox, at one SVG unit per CSS pixel. */
export interface DrawnCamera {
  center: LngLat;
  zoom: number;
}

/** A box in the page as the DOM measures it (a DOMRect will do), in CSS pixels. */
export interface ScreenBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** `data-camera` of a static map: "lng,lat,zoom". */
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
 * How the browser shows an SVG's viewBox in the SVG's box with `preserveAspectRatio="xMidYMid
 * <fit>"`: one scale for both axes (the larger ratio for slice, the smaller for meet), centred.
 * `originX`/`originY` are where the viewBox's top-left corner lands, in the box's coordinates.
 */
export function displayedViewBox(
  viewBox: { width: number; height: number },
  svg: ScreenBox,
  fit: 'meet' | 'slice',
): { scale: number; originX: number; originY: number } {
  const scale = (fit === 'meet' ? Math.min : Math.max)(svg.width / viewBox.width, svg.height / viewBox.height);
  return { scale, originX: svg.left + (svg.width - viewBox.width * scale) / 2, originY: svg.top + (svg.height - viewBox.height * scale) / 2 };
}

/** `meet` or `slice`, as an SVG element says. */
export function fitOf(svg: SVGSVGElement): 'meet' | 'slice' {
  return svg.preserveAspectRatio.baseVal.meetOrSlice === SVGPreserveAspectRatio.SVG_MEETORSLICE_MEET ? 'meet' : 'slice';
}

/**
 * The live camera that shows what a static map shows on screen: its centre is the
 * geographic point under the middle of `container`, its zoom the drawn zoom plus the scale
 * the browser applied (`preserveAspectRatio="xMidYMid slice"`, or `meet` for a fitted view). The live map starts here,
 * so the swap from the static map moves nothing, whether the static map was drawn at a
 * camera's zoom or fitted to a box.
 */
export function cameraFromStaticMap(
  drawn: DrawnCamera,
  viewBox: { width: number; height: number },
  svg: ScreenBox,
  container: ScreenBox,
  fit: 'meet' | 'slice' = 'slice',
): DrawnCamera {
  const { scale, originX, originY } = displayedViewBox(viewBox, svg, fit);
  const u = (container.left + container.width / 2 - originX) / scale;
  const v = (container.top + container.height / 2 - originY) / scale;
  // The drawn centre and the box's middle, in CSS pixels of the drawn zoom's world.
  const size = worldSize(drawn.zoom);
  const [cx, cy] = mercator(drawn.center);
  const center = unmercator([cx + (u - viewBox.width / 2) / size, cy + (v - viewBox.height / 2) / size]);
  return { center, zoom: drawn.zoom + Math.log2(scale) };
}
