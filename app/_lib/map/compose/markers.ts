import { grow, insideBox, overlaps, round1, type Rect } from '../../geometry/plane';
import { DOT, EDGE, GAP, NAME, NAME_HEIGHT, nameWidth } from '../text/styles';

/*
 * Where the markers go and which are named. The step's own places first: a dot and a name,
 * the name beside the dot on the first side where it stays inside the box and clear of the
 * names before it. The story's other places come last, once the labels are placed: a small dot
 * where it covers nothing already drawn, and a name only in a close-up, where there is room.
 */

/** From this zoom (at a laptop's scale) the story's other places may be named too. */
export const CONTEXT_NAMES_ZOOM = 6.5;

export type Project = (lngLat: [number, number]) => [number, number] | null;

export interface MarkerInput {
  id: string;
  name: string;
  coordinates: readonly number[];
  /** The name's width in em of the map font at 600. */
  nameEm: number;
}

export type NameSide = 'right' | 'left' | 'below' | 'above';

export interface PlacedName {
  side: NameSide;
  /** The tag's box; the text is centred in it. */
  box: Rect;
}

export interface PlacedMarker {
  id: string;
  x: number;
  y: number;
  role: 'active' | 'context';
  /** False for a place of the story this map leaves undrawn (it would cover something). */
  shown: boolean;
  name: PlacedName | null;
  /** What the marker covers: its dot and its name. */
  boxes: Rect[];
}

const dotBox = (x: number, y: number, r: number): Rect => ({ x: x - r, y: y - r, width: 2 * r, height: 2 * r });

/** The tag's box on a side of a dot of radius `r` at (x, y). */
export function nameBox(x: number, y: number, r: number, em: number, side: NameSide): Rect {
  const width = nameWidth(em);
  const off = r + NAME.gap;
  switch (side) {
    case 'right':
      return { x: x + off, y: y - NAME_HEIGHT / 2, width, height: NAME_HEIGHT };
    case 'left':
      return { x: x - off - width, y: y - NAME_HEIGHT / 2, width, height: NAME_HEIGHT };
    case 'below':
      return { x: x - width / 2, y: y + off, width, height: NAME_HEIGHT };
    case 'above':
      return { x: x - width / 2, y: y - off - NAME_HEIGHT, width, height: NAME_HEIGHT };
  }
}

const ACTIVE_SIDES: readonly NameSide[] = ['right', 'left', 'below', 'above'];
const CONTEXT_SIDES: readonly NameSide[] = ['right', 'left'];

const rounded = (r: Rect): Rect => ({ x: round1(r.x), y: round1(r.y), width: round1(r.width), height: round1(r.height) });

export interface BoxSize {
  width: number;
  height: number;
}

/**
 * The step's own markers, named. `taken` (obstacles: overlays, boxes placed before) grows with
 * what they cover. A name that fits nowhere takes the side that covers least and is reported
 * in `conflicts`: the chapter's places are always named, and a check says where they crowd.
 */
export function placeActiveMarkers(
  places: readonly MarkerInput[],
  project: Project,
  box: BoxSize,
  taken: Rect[],
): { markers: PlacedMarker[]; conflicts: string[] } {
  const markers: PlacedMarker[] = [];
  const conflicts: string[] = [];
  const points = places.map((place) => ({ place, p: project([place.coordinates[0]!, place.coordinates[1]!]) }));
  const inBox = (p: [number, number] | null): p is [number, number] => !!p && p[0] >= 0 && p[0] <= box.width && p[1] >= 0 && p[1] <= box.height;
  const inView = points.filter((e): e is { place: MarkerInput; p: [number, number] } => inBox(e.p));
  // Every dot first: no name may cover another place of the step.
  for (const { p } of inView) taken.push(dotBox(p[0], p[1], DOT.active));
  for (const { place, p } of inView) {
    const [x, y] = p;
    const candidates = ACTIVE_SIDES.map((side) => ({ side, rect: nameBox(x, y, DOT.active, place.nameEm, side) }));
    const fits = (r: Rect) => insideBox(r, box.width, box.height, NAME.edge);
    const free = candidates.find(({ rect }) => fits(rect) && !taken.some((t) => overlaps(rect, grow(t, GAP))));
    let chosen = free;
    if (!chosen) {
      conflicts.push(place.id);
      const cost = (r: Rect) => (fits(r) ? 0 : 1e9) + taken.filter((t) => overlaps(r, grow(t, GAP))).length;
      chosen = candidates.reduce((a, b) => (cost(b.rect) < cost(a.rect) ? b : a));
    }
    taken.push(chosen.rect);
    markers.push({
      id: place.id,
      x: round1(x),
      y: round1(y),
      role: 'active',
      shown: true,
      name: { side: chosen.side, box: rounded(chosen.rect) },
      boxes: [dotBox(x, y, DOT.active), chosen.rect].map(rounded),
    });
  }
  return { markers, conflicts };
}

/**
 * The story's other places, after everything else: a small dot where it covers nothing drawn
 * (a heap of places shows as its first dot), named in a close-up where the name fits.
 */
export function placeContextMarkers(places: readonly MarkerInput[], project: Project, box: BoxSize, zoom: number, taken: Rect[]): PlacedMarker[] {
  const markers: PlacedMarker[] = [];
  for (const place of places) {
    const p = project([place.coordinates[0]!, place.coordinates[1]!]);
    const hidden: PlacedMarker = { id: place.id, x: p ? round1(p[0]) : 0, y: p ? round1(p[1]) : 0, role: 'context', shown: false, name: null, boxes: [] };
    if (!p || p[0] < EDGE || p[0] > box.width - EDGE || p[1] < EDGE || p[1] > box.height - EDGE) {
      markers.push(hidden);
      continue;
    }
    const [x, y] = p;
    const dot = dotBox(x, y, DOT.context);
    if (taken.some((t) => overlaps(dot, grow(t, GAP)))) {
      markers.push(hidden);
      continue;
    }
    taken.push(dot);
    let name: PlacedName | null = null;
    if (zoom >= CONTEXT_NAMES_ZOOM) {
      for (const side of CONTEXT_SIDES) {
        const rect = nameBox(x, y, DOT.context, place.nameEm, side);
        if (insideBox(rect, box.width, box.height, NAME.edge) && !taken.some((t) => overlaps(rect, grow(t, GAP)))) {
          name = { side, box: rounded(rect) };
          taken.push(rect);
          break;
        }
      }
    }
    markers.push({ ...hidden, shown: true, name, boxes: [dot, ...(name ? [name.box] : [])].map(rounded) });
  }
  return markers;
}

/**
 * The places a view frames the step's own with (an opening's Damascus and guarantors' capitals),
 * placed after the step's own: small dots, every dot before any name so that no name covers one,
 * each named on the first free side, or left unnamed where none is free.
 */
export function placeFramedMarkers(places: readonly MarkerInput[], project: Project, box: BoxSize, taken: Rect[]): PlacedMarker[] {
  const dots = places.map((place) => {
    const p = project([place.coordinates[0]!, place.coordinates[1]!]);
    const inside = !!p && p[0] >= EDGE && p[0] <= box.width - EDGE && p[1] >= EDGE && p[1] <= box.height - EDGE;
    const dot = inside ? dotBox(p[0], p[1], DOT.context) : null;
    const free = !!dot && !taken.some((t) => overlaps(dot, grow(t, GAP)));
    return { place, p, dot: free ? dot : null };
  });
  for (const { dot } of dots) if (dot) taken.push(dot);
  return dots.map(({ place, p, dot }): PlacedMarker => {
    const hidden: PlacedMarker = { id: place.id, x: p ? round1(p[0]) : 0, y: p ? round1(p[1]) : 0, role: 'context', shown: false, name: null, boxes: [] };
    if (!p || !dot) return hidden;
    const own = (t: Rect) => t === dot;
    const found = ACTIVE_SIDES.map((side) => ({ side, rect: nameBox(p[0], p[1], DOT.context, place.nameEm, side) })).find(
      ({ rect }) => insideBox(rect, box.width, box.height, NAME.edge) && !taken.some((t) => !own(t) && overlaps(rect, grow(t, GAP))),
    );
    if (found) taken.push(found.rect);
    const name = found ? { side: found.side, box: rounded(found.rect) } : null;
    return { ...hidden, shown: true, name, boxes: [dot, ...(found ? [found.rect] : [])].map(rounded) };
  });
}

/** The data attributes a marker's element carries for its layout (docs/contract.md); absent ones are left off. */
export function markerData(marker: PlacedMarker): Partial<Record<'data-shown' | 'data-name' | 'data-name-side', string>> {
  return {
    ...(marker.shown ? {} : { 'data-shown': 'false' }),
    ...(marker.name ? {} : { 'data-name': 'none' }),
    ...(marker.name && marker.name.side !== 'right' ? { 'data-name-side': marker.name.side } : {}),
  };
}
