import { describe, expect, it } from 'vitest';
import { mercator, worldSize } from '@/app/_lib/geometry/mercator';
import { LABEL_GAP, placeLabels, TEXT_HEIGHT_EM, type PlacedLabel, type PlacementInput } from '@/app/_lib/map/labels/place-labels';
import type { Rect } from '@/app/_lib/geometry/plane';
import type { LabelCandidate } from '@/app/_lib/map/labels/types';

/** MapLibre's projection of a point camera, as the live map and a static map at the camera's zoom draw it. */
function projector(center: [number, number], zoom: number, width: number, height: number) {
  const [cx, cy] = mercator(center);
  const size = worldSize(zoom);
  return ([lng, lat]: [number, number]): [number, number] => {
    const [x, y] = mercator([lng, lat]);
    return [width / 2 + (x - cx) * size, height / 2 + (y - cy) * size];
  };
}

/** A country with one anchor whose inscribed circle is `radiusPx` pixels at zoom 5. */
const countryName = (iso3: string) => (iso3 === 'LONG' ? 'A VERY LONG COUNTRY NAME' : `LAND ${iso3}`);
const country = (iso3: string, at: [number, number], rank = 2, radiusPx = 200): LabelCandidate => ({
  id: `country-${iso3}`,
  kind: 'country',
  text: countryName(iso3),
  width: 0.62 * countryName(iso3).length,
  rank,
  country: iso3,
  anchors: [[at[0], at[1], radiusPx / worldSize(5), 0]],
});
const sea = (id: string, at: [number, number], rank = 1): LabelCandidate => ({ id: `sea-${id}`, kind: 'sea', text: id, width: 0.55 * id.length, rank, anchors: [at] });
const capital = (id: string, at: [number, number], iso3 = 'AAA'): LabelCandidate => ({ id: `capital-${id}`, kind: 'capital', text: id, width: 0.55 * id.length, rank: 1, country: iso3, anchors: [at] });

const input = (candidates: LabelCandidate[], overrides: Partial<PlacementInput> = {}): PlacementInput => ({
  candidates,
  project: projector([40, 40], 5, 800, 600),
  zoom: 5,
  width: 800,
  height: 600,
  ...overrides,
});

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const ids = (labels: PlacedLabel[]) => labels.map((label) => label.id);

/** A crowded field: countries, seas and capitals on a grid, many of them close enough to collide. */
function crowd(): LabelCandidate[] {
  const candidates: LabelCandidate[] = [];
  for (let i = 0; i < 12; i++) {
    for (let j = 0; j < 8; j++) {
      const at: [number, number] = [30 + i * 1.7, 34 + j * 1.3];
      const k = i * 8 + j;
      candidates.push(k % 3 === 0 ? country(`C${k}`, at, (k % 4) + 1) : k % 3 === 1 ? capital(`city${k}`, at) : sea(`sea${k}`, at, (k % 3) + 1));
    }
  }
  return candidates;
}

describe('placeLabels', () => {
  it('never draws two labels over each other, in a crowded field', () => {
    const placed = placeLabels(input(crowd()));
    expect(placed.length).toBeGreaterThan(10);
    for (const [i, a] of placed.entries()) for (const b of placed.slice(i + 1)) expect(overlaps(a.box, b.box), `${a.id} / ${b.id}`).toBe(false);
  });

  it('keeps every label inside the box', () => {
    const placed = placeLabels(input(crowd(), { width: 500, height: 300, project: projector([40, 40], 5, 500, 300) }));
    expect(placed.length).toBeGreaterThan(0);
    for (const { box, id } of placed) {
      expect(box.x, id).toBeGreaterThanOrEqual(0);
      expect(box.y, id).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, id).toBeLessThanOrEqual(500);
      expect(box.y + box.height, id).toBeLessThanOrEqual(300);
    }
  });

  it('leaves a label out when it would overlap an obstacle, with a gap', () => {
    const candidates = [country('AAA', [40, 40])];
    expect(ids(placeLabels(input(candidates)))).toEqual(['country-AAA']);
    const marker: Rect = { x: 395, y: 295, width: 10, height: 10 };
    expect(placeLabels(input(candidates, { obstacles: [marker] }))).toEqual([]);
    const [label] = placeLabels(input(candidates));
    const beside: Rect = { x: label!.box.x + label!.box.width + 1, y: 290, width: 10, height: 20 };
    expect(LABEL_GAP).toBeGreaterThan(1);
    expect(placeLabels(input(candidates, { obstacles: [beside] }))).toEqual([]);
  });

  it("reserves the label font's real line height, so a marker just above or below the text stays clear", () => {
    const [label] = placeLabels(input([country('AAA', [40, 40])]));
    // Noto Sans draws 1.362 em from ascender to descender, centred on the anchor.
    expect(label!.box.height).toBeGreaterThanOrEqual(1.362 * label!.size);
    expect(TEXT_HEIGHT_EM).toBeGreaterThanOrEqual(1.362);
    // A marker whose top edge is just below the glyphs' real box (plus the gap) leaves the label where it is; one that reaches into it moves it.
    const glyphBottom = label!.y + (1.362 * label!.size) / 2;
    const under: Rect = { x: label!.x - 5, y: glyphBottom + LABEL_GAP + 0.5, width: 10, height: 10 };
    expect(placeLabels(input([country('AAA', [40, 40])], { obstacles: [under] }))[0]?.y).toBe(label!.y);
    const touching: Rect = { ...under, y: glyphBottom - 0.5 };
    expect(placeLabels(input([country('AAA', [40, 40])], { obstacles: [touching] }))[0]?.y).not.toBe(label!.y);
  });

  it('respects every obstacle in a crowded field', () => {
    const obstacles: Rect[] = [
      { x: 0, y: 0, width: 800, height: 120 },
      { x: 530, y: 574, width: 270, height: 26 },
      { x: 300, y: 250, width: 200, height: 100 },
    ];
    const placed = placeLabels(input(crowd(), { obstacles }));
    expect(placed.length).toBeGreaterThan(3);
    for (const label of placed) for (const o of obstacles) expect(overlaps(label.box, o), label.id).toBe(false);
  });

  it('is deterministic, whatever the order of its candidates', () => {
    const candidates = crowd();
    const once = placeLabels(input(candidates));
    expect(placeLabels(input(candidates))).toEqual(once);
    expect(placeLabels(input([...candidates].reverse()))).toEqual(once);
  });

  it('gives way by priority: focus countries, then large countries, main seas, small countries, capitals last', () => {
    // Four labels at the same spot: only one can be drawn.
    const at: [number, number] = [40, 40];
    const small = country('SML', at, 4);
    const big = country('BIG', at, 1);
    const main = sea('Main Sea', at, 1);
    const city = capital('Town', at);
    expect(ids(placeLabels(input([city, main, small, big])))).toEqual(['country-BIG']);
    expect(ids(placeLabels(input([city, main, small])))).toEqual(['sea-Main Sea']);
    expect(ids(placeLabels(input([city, small])))).toEqual(['country-SML']);
    expect(ids(placeLabels(input([city, main, small, big], { focus: ['SML'] })))).toEqual(['country-SML']);
  });

  it('sizes countries by rank and zoom, and shrinks labels on thumbnails', () => {
    const [big] = placeLabels(input([country('BIG', [40, 40], 1)]));
    const [small] = placeLabels(input([country('SML', [40, 40], 4)]));
    expect(big!.size).toBeGreaterThan(small!.size);
    const closer = placeLabels(input([country('BIG', [40, 40], 1, 2000)], { zoom: 7, project: projector([40, 40], 7, 800, 600) }));
    expect(closer[0]!.size).toBeGreaterThan(big!.size);
    const thumb = placeLabels(input([country('BIG', [40, 40], 1)], { width: 360, height: 220, project: projector([40, 40], 5, 360, 220) }));
    expect(thumb[0]!.size).toBeLessThan(big!.size);
  });

  it('draws fewer labels on a thumbnail', () => {
    const project = projector([40, 40], 5, 360, 220);
    expect(placeLabels(input(crowd(), { width: 360, height: 220, project })).length).toBeLessThanOrEqual(7);
  });

  it("names a country only where its name mostly fits inside it, with more leeway for the step's countries", () => {
    const tight = country('LONG', [40, 40], 3, 60);
    expect(placeLabels(input([tight]))).toEqual([]);
    expect(ids(placeLabels(input([tight], { focus: ['LONG'] })))).toEqual(['country-LONG']);
    // Closer in, the same shape is larger on screen and takes its name.
    expect(ids(placeLabels(input([tight], { zoom: 6.5, project: projector([40, 40], 6.5, 800, 600) })))).toEqual(['country-LONG']);
  });

  it('uses at most one anchor per country: the whole shape when it is in view, else the cell anchor nearest the middle', () => {
    const whole: [number, number, number, number] = [60, 40, 400 / worldSize(5), 0];
    const cells: [number, number, number, number][] = [
      [41, 40, 100 / worldSize(5), 3],
      [39.5, 40.2, 100 / worldSize(5), 3],
    ];
    const candidate: LabelCandidate = { id: 'country-MUL', kind: 'country', text: 'MULTI', width: 3, rank: 1, country: 'MUL', anchors: [whole, ...cells] };
    // At zoom 7 the whole country's anchor is off screen: the cell anchor nearest the centre is used.
    const project = projector([40, 40], 7, 800, 600);
    const placed = placeLabels(input([candidate], { zoom: 7, project }));
    expect(placed).toHaveLength(1);
    const [x, y] = project([39.5, 40.2]);
    expect(placed[0]!.x).toBeCloseTo(x, 0);
    expect(placed[0]!.y).toBeCloseTo(y, 0);
    // Zoomed out, the whole shape's anchor comes first; a finer cell only where that spot is taken.
    const wide = placeLabels(input([{ ...candidate, anchors: [[40, 40, 400 / worldSize(5), 0], ...cells] }], { zoom: 5 }));
    expect(wide.map((l) => [l.x, l.y])).toEqual([projector([40, 40], 5, 800, 600)([40, 40]).map((v) => Math.round(v * 10) / 10)]);
    const blocked = placeLabels(input([{ ...candidate, anchors: [[40, 40, 400 / worldSize(5), 0], ...cells] }], { zoom: 5, obstacles: [{ x: 398, y: 298, width: 4, height: 4 }] }));
    expect(blocked).toHaveLength(1);
    expect(blocked[0]!.x).not.toBeCloseTo(400, 0);
  });

  it("slides the name of a step's country off an anchor that markers crowd, staying inside the country", () => {
    const project = projector([40, 40], 5, 800, 600);
    const [ax, ay] = project([40, 40]);
    const radiusPx = 60;
    // Markers on the anchor and just left and right of it: a name centred there is blocked.
    const markers: Rect[] = [-40, -10, 20].map((dx) => ({ x: ax + dx, y: ay - 10, width: 20, height: 20 }));
    const candidate = country('SYR', [40, 40], 3, radiusPx);
    expect(placeLabels(input([candidate], { obstacles: markers }))).toEqual([]);
    const [slid] = placeLabels(input([candidate], { obstacles: markers, focus: ['SYR'] }));
    expect(slid).toBeDefined();
    expect(Math.hypot(slid!.x - ax, slid!.y - ay)).toBeGreaterThan(0);
    expect(Math.hypot(slid!.x - ax, slid!.y - ay)).toBeLessThanOrEqual(radiusPx + 0.1);
    for (const marker of markers) expect(overlaps(slid!.box, marker)).toBe(false);
  });

  it("names a step's country too small on screen for its name beside its shape, and only that one", () => {
    const project = projector([40, 40], 5, 800, 600);
    const [ax, ay] = project([40, 40]);
    // A tiny country (4 px across) with a marker and its name on it, as Switzerland with Geneva at zoom 2.
    const tiny = country('LONG', [40, 40], 3, 2);
    const marker: Rect[] = [
      { x: ax - 10, y: ay - 10, width: 20, height: 20 },
      { x: ax + 8, y: ay - 11, width: 70, height: 22 },
    ];
    expect(placeLabels(input([tiny], { obstacles: marker }))).toEqual([]);
    const [beside] = placeLabels(input([tiny], { obstacles: marker, focus: ['LONG'] }));
    expect(beside).toBeDefined();
    for (const box of marker) expect(overlaps(beside!.box, box)).toBe(false);
    // Beside it: no further than twice the text's height from the shape.
    expect(Math.hypot(beside!.x - ax, beside!.y - ay)).toBeLessThanOrEqual(2 * beside!.box.height + 0.1);
  });

  it('puts a capital beside its square, on the left when the right is taken', () => {
    const at: [number, number] = [40, 40];
    const [right] = placeLabels(input([capital('Town', at)]));
    expect(right!.textAnchor).toBe('start');
    expect(right!.point).toEqual([400, 300]);
    const [left] = placeLabels(input([capital('Town', at)], { obstacles: [{ x: 410, y: 290, width: 100, height: 20 }] }));
    expect(left!.textAnchor).toBe('end');
    expect(left!.x).toBeLessThan(400);
  });

  it('names small seas and capitals only from regional zooms', () => {
    const far = { zoom: 3, project: projector([40, 40], 3, 800, 600) };
    expect(ids(placeLabels(input([sea('Big', [40, 40], 1), sea('Small', [45, 45], 3), capital('Town', [35, 35])], far)))).toEqual(['sea-Big']);
  });
});
