/**
 * Label placement: which labels a map draws, where and how big. One pure function for the
 * static SVG and the live map alike, so both show the same labels at the same camera and box.
 * Greedy by priority; a label is drawn only where it overlaps no label drawn before it, no
 * obstacle (markers, attribution, locator, legend) and stays inside the box.
 */
import { worldSize } from '../../geometry/mercator';
import { grow, insideBox, overlaps, round1, type Rect } from '../../geometry/plane';
import { hasArabic } from '../text/script';
import { bandForZoom, LABEL_BANDS, type LabelAnchor, type LabelCandidate, type LabelKind } from './types';

const LABEL_BANDS_COUNT = LABEL_BANDS.length;

export interface PlacementInput {
  candidates: readonly LabelCandidate[];
  /** `[lng, lat]` to CSS pixels in the box (the map's own projection), or null when not drawable. */
  project: (lngLat: [number, number]) => [number, number] | null;
  /** The camera's zoom at MapLibre's scale (a fitted static map passes the zoom of its scale). */
  zoom: number;
  width: number;
  height: number;
  /** Boxes no label may overlap, in the same pixels. */
  obstacles?: readonly Rect[];
  /** ISO alpha-3 codes to name first: the countries of the step's places and its highlights. */
  focus?: readonly string[];
}

export interface PlacedLabel {
  id: string;
  kind: LabelKind;
  text: string;
  country?: string;
  /** Where the text is anchored: its centre for countries and seas, its start (or end) beside a capital's square. */
  x: number;
  y: number;
  textAnchor: 'middle' | 'start' | 'end';
  /** Font size and letter spacing in CSS pixels. */
  size: number;
  letterSpacing: number;
  /** A capital's square, centred on the city. */
  point?: [number, number];
  /** What the label covers, margin included. */
  box: Rect;
}

/** Boxes below this area (CSS px²) are thumbnails: smaller and fewer labels. */
const SMALL_MAP_AREA = 150_000;
const SMALL_MAP_MAX_LABELS = 7;
/** Room kept between labels, and between a label and anything else. */
export const LABEL_GAP = 3;
/** Kept clear along the box's edges. */
const EDGE = 4;
/** Safety on measured widths: rounding, and a fallback font if ours fails to load. */
const WIDTH_SLACK = 1.06;
/**
 * Height of a line of label text, in em: what the browser's box of an SVG <text> spans.
 * Noto Sans's ascender and descender (hhea 1069 + 293 per 1000) make 1.362 em, centred on
 * `dominant-baseline="central"`; the fallback fonts are shorter.
 */
export const TEXT_HEIGHT_EM = 1.37;
/** Half the side of a capital's square. */
export const CAPITAL_MARK = 2.5;

/**
 * Where a focus country's name may slide from an anchor: shares of its reach (inscribed radius,
 * or text height), nearest first, and directions (above and below first: names are wide,
 * markers' names run sideways).
 */
const SLIDE_SHARES = [0, 0.35, 0.7, 1, 1.5, 2] as const;
const SLIDE_DIRECTIONS: readonly [number, number][] = [
  [0, -1],
  [0, 1],
  [-Math.SQRT1_2, -Math.SQRT1_2],
  [Math.SQRT1_2, -Math.SQRT1_2],
  [-Math.SQRT1_2, Math.SQRT1_2],
  [Math.SQRT1_2, Math.SQRT1_2],
  [-1, 0],
  [1, 0],
];

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** Font size and spacing (in em) by kind, rank and zoom. */
export function labelStyle(kind: LabelKind, rank: number, zoom: number, small: boolean): { size: number; letterSpacing: number } {
  const scale = small ? 0.85 : 1;
  if (kind === 'country') return { size: scale * clamp([15, 13.5, 12, 11][rank - 1]! + 0.8 * (zoom - 5), 10, 19), letterSpacing: 0.08 };
  if (kind === 'sea') return { size: scale * clamp([13, 12, 11][rank - 1]! + 0.5 * (zoom - 5), 10, 15), letterSpacing: 0.06 };
  return { size: scale * clamp(11 + 0.3 * (zoom - 5), 10, 13), letterSpacing: 0 };
}

/** Lowest zoom at which a kind and rank is named at all. */
function minZoomOf(kind: LabelKind, rank: number): number {
  if (kind === 'sea') return [0, 3.5, 5.5][rank - 1] ?? 6;
  if (kind === 'capital') return [3.5, 4.5, 5][rank - 1] ?? 6;
  return 0;
}

/** Lower is earlier: focus countries, then the large countries and main seas, then the rest, capitals last. */
function priorityOf(candidate: LabelCandidate, focus: readonly string[]): number {
  const focused = candidate.country && candidate.kind === 'country' ? focus.indexOf(candidate.country) : -1;
  if (focused >= 0) return focused;
  if (candidate.kind === 'country') return 100 + candidate.rank;
  if (candidate.kind === 'sea') return 100 + candidate.rank + 0.5;
  return 200 + candidate.rank;
}

/**
 * The labels to draw, in drawing order. Deterministic: the same input gives the same output.
 *
 * @example
 * placeLabels({ candidates, project: (p) => map.project(p), zoom: 5, width: 800, height: 600, obstacles: markerBoxes })
 */
export function placeLabels(input: PlacementInput): PlacedLabel[] {
  const { candidates, project, zoom, width, height, obstacles = [], focus = [] } = input;
  const small = width * height < SMALL_MAP_AREA;
  const band = bandForZoom(zoom);
  const px = worldSize(zoom);
  const taken: Rect[] = obstacles.map((o) => grow(o, LABEL_GAP));
  const free = (r: Rect) => insideBox(r, width, height, EDGE) && !taken.some((t) => overlaps(r, t));
  const center: [number, number] = [width / 2, height / 2];

  const ordered = candidates
    .filter((c) => zoom >= minZoomOf(c.kind, c.rank))
    .map((c) => ({ c, priority: priorityOf(c, focus) }))
    .sort((a, b) => a.priority - b.priority || (a.c.id < b.c.id ? -1 : a.c.id > b.c.id ? 1 : 0));

  const placed: PlacedLabel[] = [];
  for (const { c } of ordered) {
    if (small && placed.length >= SMALL_MAP_MAX_LABELS) break;
    const style = labelStyle(c.kind, c.rank, zoom, small);
    const { size } = style;
    // Spacing letters apart would break Arabic's joins: cursive names keep theirs.
    const letterSpacing = hasArabic(c.text) ? 0 : style.letterSpacing;
    const textWidth = (c.width * size + letterSpacing * size * Math.max(0, [...c.text].length - 1)) * WIDTH_SLACK;
    const textHeight = size * TEXT_HEIGHT_EM;
    const focused = !!c.country && focus.includes(c.country);
    const label = c.kind === 'capital' ? placeCapital(c, size, textWidth, textHeight) : placeArea(c, size, textWidth, textHeight, focused);
    if (!label) continue;
    const country = c.country ? { country: c.country } : {};
    placed.push({ ...label, id: c.id, kind: c.kind, text: c.text, ...country, size: round1(size), letterSpacing: round1(letterSpacing * size) });
    taken.push(grow(label.box, LABEL_GAP));
  }
  return placed;

  type Spot = Pick<PlacedLabel, 'x' | 'y' | 'textAnchor' | 'box' | 'point'>;

  /** A country or sea: centred on the first anchor, nearest the middle of the box, where it fits. */
  function placeArea(c: LabelCandidate, _size: number, w: number, h: number, focused: boolean): Spot | null {
    // The anchors of this zoom's band and coarser ones first, the whole shape's first of all;
    // then finer cells, where a marker or another label has taken those spots.
    const rank = (a: LabelAnchor) => ((a[3] ?? 0) <= band ? (a[3] ?? 0) : LABEL_BANDS_COUNT + (a[3] ?? 0));
    const spots = c.anchors
      .map((a) => ({ a, p: project([a[0], a[1]]) }))
      .filter((s): s is { a: LabelAnchor; p: [number, number] } => s.p !== null && s.p[0] >= 0 && s.p[0] <= width && s.p[1] >= 0 && s.p[1] <= height)
      .sort((s, t) => rank(s.a) - rank(t.a) || Math.hypot(s.p[0] - center[0], s.p[1] - center[1]) - Math.hypot(t.p[0] - center[0], t.p[1] - center[1]));
    const fits = (a: LabelAnchor) => c.kind !== 'country' || 2 * (a[2] ?? 0) * px >= w * (focused ? 0.4 : 0.6);
    const at = (x: number, y: number): Spot | null => {
      const box = { x: x - w / 2, y: y - h / 2, width: w, height: h };
      return free(box) ? { x: round1(x), y: round1(y), textAnchor: 'middle', box } : null;
    };
    // A country's name must mostly fit inside its shape: the inscribed circle holds at least
    // part of its width (more leeway for the countries the step is about).
    for (const { a, p } of spots) {
      const spot = fits(a) && at(p[0], p[1]);
      if (spot) return spot;
    }
    // A country the step is about is named even where markers crowd every anchor, or where it is
    // too small on screen for its name: the name slides off an anchor, first within the anchor's
    // inscribed circle, then as far as twice that (or twice the text's height for a tiny
    // country), beside the shape as small countries are named on small-scale maps.
    if (!focused) return null;
    // The shortest slide from any anchor wins.
    for (const share of SLIDE_SHARES) {
      for (const { a, p } of spots) {
        const reach = Math.max((a[2] ?? 0) * px, h);
        for (const [dx, dy] of SLIDE_DIRECTIONS) {
          const spot = at(p[0] + dx * share * reach, p[1] + dy * share * reach);
          if (spot) return spot;
        }
      }
    }
    return null;
  }

  /** A capital: a square on the city, its name to the right, or to the left when that is taken. */
  function placeCapital(c: LabelCandidate, size: number, w: number, h: number): Spot | null {
    const anchor = c.anchors[0];
    const p = anchor && project([anchor[0], anchor[1]]);
    if (!p) return null;
    const gap = CAPITAL_MARK + size * 0.35;
    for (const side of ['start', 'end'] as const) {
      const left = side === 'start' ? p[0] - CAPITAL_MARK : p[0] - gap - w;
      const box = { x: left, y: p[1] - h / 2, width: w + gap + CAPITAL_MARK, height: h };
      if (!free(box)) continue;
      return { x: round1(side === 'start' ? p[0] + gap : p[0] - gap), y: round1(p[1]), textAnchor: side, point: [round1(p[0]), round1(p[1])], box };
    }
    return null;
  }
}
