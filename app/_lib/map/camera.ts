import { mercator, TILE_SIZE, unmercator, worldSize } from '../geometry/mercator';
/*
 * Pure camera logic for the story map: how a step's camera (content/step-camera.ts) is shown
 * in a map box of a given size, how much of the map the text and the overlays cover, and
 * whether to fly or jump. No MapLibre here, so all of it is unit-tested.
 */

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Breathing room around the places, in CSS pixels. */
export const EDGE_MARGIN = 48;

/**
 * The shorter side of the map box that the chapters' cameras are written for: a laptop's map
 * is about this big. A smaller box (a phone's, about 390 × 355) zooms a point camera out by the
 * difference, so that it shows about the same area, with the same neighbours to name.
 */
export const REFERENCE_MAP_SIDE = 700;
/** Never zoom out by more than this for a small box: a thumbnail is not a view of a continent. */
export const MAX_BOX_ZOOM_OUT = 1.5;

/**
 * The zoom that shows, in a `width` × `height` box, about what `zoom` shows in the reference
 * box. Never closer than `zoom`: a box larger than the reference shows more around the place.
 *
 * @example
 * zoomForBox(6, 390, 355) // ≈ 5.02
 */
export function zoomForBox(zoom: number, width: number, height: number): number {
  return zoom - boxZoomOut(width, height);
}

/**
 * The inverse: the zoom at which the reference box shows what `zoom` shows in this box. What
 * counts as a close-up (the locator) is decided on it, so a phone zoomed out by `zoomForBox`
 * shows the locator where a laptop does.
 */
export function referenceZoom(zoom: number, width: number, height: number): number {
  return zoom + boxZoomOut(width, height);
}

function boxZoomOut(width: number, height: number): number {
  const side = Math.min(width, height);
  if (!(side > 0)) return 0;
  return Math.min(MAX_BOX_ZOOM_OUT, Math.max(0, Math.log2(REFERENCE_MAP_SIDE / side)));
}

/** Room kept between a place and an overlay (locator, legend, attribution), in CSS pixels: a marker's dot and then some. */
export const OVERLAY_GAP = 16;

/**
 * Padding that keeps the places clear of the text column where it overlaps the
 * map, and of the boxes laid over the map (`overlays`: the locator, the legend, the
 * attribution). The overlap is measured from real boxes, not assumed; a side that would
 * leave the places less than a third of the map is capped, because padding wider
 * than the map makes MapLibre's fitBounds do nothing.
 */
export function paddingFor(map: Box, column: Box | null, margin = EDGE_MARGIN, overlays: readonly Box[] = []): Padding {
  const padding: Padding = { top: margin, right: margin, bottom: margin, left: margin };
  const width = map.right - map.left;
  const height = map.bottom - map.top;
  if (column) {
    const overlapsVertically = column.bottom > map.top && column.top < map.bottom;
    const overlapLeft = Math.min(column.right, map.right) - map.left;
    const overlapRight = map.right - Math.max(column.left, map.left);
    const coversLeft = column.left <= map.left + 1 && overlapLeft > 0;
    const coversRight = column.right >= map.right - 1 && overlapRight > 0;
    if (overlapsVertically && coversLeft && !coversRight) padding.left = overlapLeft + margin;
    else if (overlapsVertically && coversRight && !coversLeft) padding.right = overlapRight + margin;
  }
  for (const overlay of overlays) {
    if (overlay.right <= map.left || overlay.left >= map.right || overlay.bottom <= map.top || overlay.top >= map.bottom) continue;
    // Clear each overlay from the side where that costs the least room.
    const reach: Padding = { top: overlay.bottom - map.top, bottom: map.bottom - overlay.top, left: overlay.right - map.left, right: map.right - overlay.left };
    const side = (Object.keys(reach) as Array<keyof Padding>).reduce((best, key) => (reach[key] < reach[best] ? key : best));
    padding[side] = Math.max(padding[side], reach[side] + OVERLAY_GAP);
  }
  const maxHorizontal = (width * 2) / 3;
  const maxVertical = (height * 2) / 3;
  const scaleH = padding.left + padding.right > maxHorizontal ? maxHorizontal / (padding.left + padding.right) : 1;
  const scaleV = padding.top + padding.bottom > maxVertical ? maxVertical / (padding.top + padding.bottom) : 1;
  return {
    top: Math.floor(padding.top * scaleV),
    bottom: Math.floor(padding.bottom * scaleV),
    left: Math.floor(padding.left * scaleH),
    right: Math.floor(padding.right * scaleH),
  };
}

/** Readers who ask for less motion get cuts, not flights. */
export function motionFor(prefersReducedMotion: boolean): 'jump' | 'fly' {
  return prefersReducedMotion ? 'jump' : 'fly';
}

/** Where a camera stands: MapLibre's centre (of the padded area) and zoom. */
export interface CameraView {
  center: [number, number];
  zoom: number;
  padding: Padding;
}

const NO_PADDING: Padding = { top: 0, right: 0, bottom: 0, left: 0 };

/**
 * A step's target shown in a `width` × `height` box kept clear by `padding`, as MapLibre's
 * cameraForBounds with `absolutePadding` computes it (north up): the bounds' Mercator middle
 * at the zoom that fits them in the padded area, never closer than `maxZoom`; a point at its
 * zoom for the box (zoomForBox). One function for the live map and every static map, so both
 * stand in the same place.
 *
 * @example fitCamera({ kind: 'point', center: [71.4, 51.1], zoom: 5, pitch: 0, bearing: 0 }, 768, 756) // { center: [71.4, 51.1], zoom: 5, … }
 */
export function fitCamera(
  target: { kind: 'point'; center: [number, number]; zoom: number } | { kind: 'bounds'; bounds: [[number, number], [number, number]]; maxZoom: number },
  width: number,
  height: number,
  padding: Padding = NO_PADDING,
): CameraView {
  if (target.kind === 'point') return { center: target.center, zoom: zoomForBox(target.zoom, width, height), padding };
  const [[west, south], [east, north]] = target.bounds;
  const [x0, y0] = mercator([west, north]);
  const [x1, y1] = mercator([east, south]);
  const availableWidth = width - padding.left - padding.right;
  const availableHeight = height - padding.top - padding.bottom;
  const scale = Math.min(availableWidth / ((x1 - x0) * TILE_SIZE), availableHeight / ((y1 - y0) * TILE_SIZE));
  const zoom = Math.min(Math.log2(scale), target.maxZoom);
  return { center: unmercator([(x0 + x1) / 2, (y0 + y1) / 2]), zoom, padding };
}

/**
 * Where a point of the world lands in the box at a camera: MapLibre's projection (north up,
 * no pitch), the camera's centre at the middle of its padded area.
 */
export function cameraProjection(view: CameraView, width: number, height: number): (lngLat: [number, number]) => [number, number] {
  const size = worldSize(view.zoom);
  const [cx, cy] = mercator(view.center);
  const { top, right, bottom, left } = view.padding;
  const ox = left + (width - left - right) / 2;
  const oy = top + (height - top - bottom) / 2;
  return (lngLat) => {
    const [x, y] = mercator(lngLat);
    return [ox + (x - cx) * size, oy + (y - cy) * size];
  };
}
