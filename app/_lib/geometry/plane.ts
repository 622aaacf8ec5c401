/*
 * Boxes on screen (CSS pixels, y down) and the rounding of what is drawn: label and callout
 * placement, obstacles and markup share them.
 */

/** A box on screen: its top-left corner and its size. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** True when two boxes share more than an edge. */
export const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The area two boxes share. */
export const overlapArea = (a: Rect, b: Rect) =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

/** The box grown by `by` on every side. */
export const grow = (r: Rect, by: number): Rect => ({ x: r.x - by, y: r.y - by, width: r.width + 2 * by, height: r.height + 2 * by });

/** True when the box lies inside a `width` × `height` box, `margin` clear of its edges. */
export const insideBox = (r: Rect, width: number, height: number, margin: number) =>
  r.x >= margin && r.y >= margin && r.x + r.width <= width - margin && r.y + r.height <= height - margin;

/**
 * `value` rounded to `digits` decimals.
 * @example roundTo(12.3456, 2) // 12.35
 */
export const roundTo = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/** To a tenth: what the maps' markup writes for a position on screen. */
export const round1 = (value: number) => roundTo(value, 1);
