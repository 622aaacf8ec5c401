import type { Rect } from '../../geometry/plane';
import { BREAKPOINTS } from '../../layout/breakpoints';

const NARROW_MAP_WIDTH = BREAKPOINTS.phoneMap;
import { referenceZoom } from '../camera';
import { keyNames, type KeyLine } from '../key';
import { showsLocator } from '../locator';
import { MAP_WEIGHTS, type MapWeight } from '../text/font';

/*
 * The boxes laid over a map: its key, the locator inset and MapLibre's attribution. Computed,
 * not measured, for every box: the static maps keep clear of them as the live map does, the
 * camera's padding clears them, and the key is drawn where and as wide as it is laid out here,
 * line for line, so what the layout keeps is what the page shows.
 */

type WidthOf = (text: string, weight: MapWeight) => number;

/** The key's geometry, in CSS pixels, on a laptop's map and on a phone's (a box up to 640 px wide). */
export const KEY_STYLE = {
  wide: {
    name: 'wide', inset: 10, padX: 10, padY: 6, border: 1, size: 13, lineHeight: 18, itemGap: 3, swatch: 14, routeSwatch: 18, swatchGap: 7, maxWidth: 384,
  },
  narrow: {
    name: 'narrow', inset: 6, padX: 7, padY: 4, border: 1, size: 11.5, lineHeight: 16, itemGap: 2, swatch: 12, routeSwatch: 16, swatchGap: 6, maxWidth: 300,
  },
} as const;
export type KeyStyle = (typeof KEY_STYLE)[keyof typeof KEY_STYLE];

/** A run of key text at one weight. */
export interface KeySpan {
  text: string;
  weight: MapWeight;
}

export interface KeyItemLayout {
  kind: KeyLine['kind'];
  /** The item's text in visual lines, each a row of words. */
  lines: KeySpan[][];
}

/** The key laid out in one of its two styles: its size, border included, and its lines. */
export interface KeyBlock {
  style: KeyStyle['name'];
  width: number;
  height: number;
  items: KeyItemLayout[];
}

export const keyStyleFor = (boxWidth: number): KeyStyle => (boxWidth <= NARROW_MAP_WIDTH ? KEY_STYLE.narrow : KEY_STYLE.wide);

/** The words of a key line, each with the weight it is set in: the meaning (bold) and what it names. */
export function keyWords(line: KeyLine): KeySpan[] {
  // A day's number goes with its month ("4 May"): the key's lines break only between the units this returns.
  const words = (text: string, weight: MapWeight) =>
    text
      .split(/\s+/)
      .filter(Boolean)
      .reduce<string[]>((units, word) => (/^\d{1,2}$/.test(units.at(-1) ?? '') ? [...units.slice(0, -1), `${units.at(-1)} ${word}`] : [...units, word]), [])
      .map((word) => ({ text: word, weight }));
  if (!line.names.length) return words(line.label, MAP_WEIGHTS.text);
  return [...words(`${line.label}:`, MAP_WEIGHTS.name), ...words(keyNames(line), MAP_WEIGHTS.text)];
}

/**
 * The key of `lines` in a style, its text wrapped at word boundaries to the style's measure.
 * Null when the step keys nothing. The page draws the key from this, line for line.
 */
export function keyBlock(lines: readonly KeyLine[], style: KeyStyle, widthOf: WidthOf): KeyBlock | null {
  if (!lines.length) return null;
  const em = (span: KeySpan) => widthOf(span.text, span.weight) * style.size;
  const space = widthOf(' ', MAP_WEIGHTS.text) * style.size;
  let widest = 0;
  const items = lines.map((line): KeyItemLayout => {
    // A square for what fills (a tint, a hatching), a longer one for a line.
    const swatch = line.kind === 'countries' || line.kind === 'area' ? style.swatch : style.routeSwatch;
    const measure = style.maxWidth - 2 * (style.padX + style.border) - swatch - style.swatchGap;
    const rows: KeySpan[][] = [[]];
    let x = 0;
    for (const word of keyWords(line)) {
      const w = em(word);
      const row = rows.at(-1)!;
      if (row.length && x + space + w > measure) {
        rows.push([word]);
        x = w;
      } else {
        x += (row.length ? space : 0) + w;
        row.push(word);
      }
      widest = Math.max(widest, swatch + style.swatchGap + x);
    }
    return { kind: line.kind, lines: rows };
  });
  const rowCount = items.reduce((sum, item) => sum + item.lines.length, 0);
  return {
    style: style.name,
    width: Math.ceil(widest + 2 * (style.padX + style.border)),
    height: rowCount * style.lineHeight + (items.length - 1) * style.itemGap + 2 * (style.padY + style.border),
    items,
  };
}

/** Where a key sits in a map `height` tall: its bottom-left corner. */
export function keyRect(block: KeyBlock, height: number): Rect {
  const { inset } = KEY_STYLE[block.style];
  return { x: inset, y: height - inset - block.height, width: block.width, height: block.height };
}

/** A step's key in both styles, for a page that does not know its map's width yet. */
export interface StepKey {
  wide: KeyBlock | null;
  narrow: KeyBlock | null;
}

export function stepKey(lines: readonly KeyLine[], widthOf: WidthOf): StepKey {
  return { wide: keyBlock(lines, KEY_STYLE.wide, widthOf), narrow: keyBlock(lines, KEY_STYLE.narrow, widthOf) };
}

/** The key block a map of this width shows. */
export const keyFor = (key: StepKey, width: number) => (width <= NARROW_MAP_WIDTH ? key.narrow : key.wide);

/** The locator inset: a corner of the map, top right (map-locator.tsx draws it there). */
export const LOCATOR_STYLE = {
  wide: { width: 160, height: 120, inset: 10 },
  narrow: { width: 96, height: 72, inset: 6 },
} as const;

export function locatorRect(width: number): Rect {
  const style = width <= NARROW_MAP_WIDTH ? LOCATOR_STYLE.narrow : LOCATOR_STYLE.wide;
  return { x: width - style.inset - style.width, y: style.inset, width: style.width, height: style.height };
}

/**
 * Room taken by MapLibre's attribution in the bottom-right corner: kept clear on every map the
 * live map replaces, so both place the same labels. On a phone it starts folded to its button.
 */
export function attributionRect(width: number, height: number): Rect {
  // Folded: its 24 px button, 10 px in from the corner (MapLibre's control margin).
  if (width <= NARROW_MAP_WIDTH) return { x: width - 40, y: height - 40, width: 40, height: 40 };
  const zoneWidth = Math.min(width, 270);
  return { x: width - zoneWidth, y: height - 36, width: zoneWidth, height: 36 };
}

/**
 * Room taken by the live map's own controls in the top-left corner ("Explore the map",
 * live-map.css `.explore-controls`: 10 px in, a 34 px button about 135 px wide in the page's
 * font), kept clear with the attribution on every map the live map draws or replaces.
 */
export function controlsRect(): Rect {
  return { x: 0, y: 0, width: 160, height: 48 };
}

export interface MapOverlays {
  key: Rect | null;
  locator: Rect | null;
  attribution: Rect | null;
  /** The live map's controls (explore), where the attribution is. */
  controls: Rect | null;
}

/** Every overlay's box, for the layout and the camera to keep clear of. */
export const overlayRects = (overlays: MapOverlays): Rect[] =>
  [overlays.key, overlays.locator, overlays.attribution, overlays.controls].filter((rect): rect is Rect => !!rect);

/**
 * The overlays of a `width` × `height` map: its key (when the step keys something), the
 * locator (when the view is a close-up), the attribution (on maps the live map draws or replaces).
 */
export function mapOverlays(width: number, height: number, shown: { key: StepKey | null; locator: boolean; attribution: boolean }): MapOverlays {
  const block = shown.key && keyFor(shown.key, width);
  return {
    key: block ? keyRect(block, height) : null,
    locator: shown.locator ? locatorRect(width) : null,
    attribution: shown.attribution ? attributionRect(width, height) : null,
    controls: shown.attribution ? controlsRect() : null,
  };
}

/**
 * A step's overlays in any box at any zoom: its key, the locator once the view is a close-up
 * (as a laptop would show it, camera.ts referenceZoom), and the attribution where the live map draws it.
 */
export function overlaysOf(key: StepKey | null, hasLocator: boolean, attribution: boolean) {
  return (width: number, height: number, zoom: number): MapOverlays =>
    mapOverlays(width, height, { key, locator: hasLocator && showsLocator(referenceZoom(zoom, width, height) + 1e-9), attribution });
}
