import { describe, expect, it } from 'vitest';
import { loadStory } from '@/app/_lib/content/loader.server';
import { overlaps, type Rect } from '@/app/_lib/geometry/plane';
import { getCountryIndex } from '@/app/_lib/map/basemap/reader.server';
import { composeMap, stepScene, type Composition } from '@/app/_lib/map/compose/compose';
import { controlsRect } from '@/app/_lib/map/compose/overlays';
import { nameBox, placeActiveMarkers, placeContextMarkers } from '@/app/_lib/map/compose/markers';
import { getLabels } from '@/app/_lib/map/labels/label-data.server';
import { layoutStaticMap } from '@/app/_lib/map/static/layout';
import { EMBED_VIEWS, READER_MAP, staticMapForStep, STORY_VIEWS } from '@/app/_lib/map/static/spec';
import { NAME } from '@/app/_lib/map/text/styles';
import { measureText } from '@/app/_lib/map/text/metrics.server';
import { placeCard } from '@/app/_lib/publishing/share-card/cards';
import { storyView } from '@/app/_lib/reading/story-view';
import { staticRenderings } from './static-renderings';

/*
 * The one layout of a map (map/compose), held to what a graphics desk would: in every
 * rendering of every step (the first views at a laptop's and a phone's size, the embed's two
 * boxes, the reader view's thumbnails) and on every share card, no two names overlap and no
 * name leaves its picture.
 */

interface Name {
  what: string;
  box: Rect;
}

/** Every name a composition draws: the markers' tags, the callouts, the labels. */
function namesOf(composition: Composition): Name[] {
  return [
    ...composition.markers.flatMap((m) => (m.shown && m.name ? [{ what: `name of ${m.id}`, box: m.name.box }] : [])),
    ...composition.callouts.map((c) => ({ what: `callout "${c.text}"`, box: c.box })),
    ...composition.labels.map((l) => ({ what: `label ${l.id}`, box: l.box })),
  ];
}

/** What is wrong with a composition drawn in a `width` × `height` picture, as sentences. */
function problemsOf(where: string, composition: Composition, width: number, height: number): string[] {
  const problems: string[] = [];
  const names = namesOf(composition);
  names.forEach((a, i) => {
    const { x, y, width: w, height: h } = a.box;
    if (x < 0 || y < 0 || x + w > width || y + h > height) problems.push(`${where}: ${a.what} leaves the picture`);
    for (const b of names.slice(i + 1)) if (overlaps(a.box, b.box)) problems.push(`${where}: ${a.what} overlaps ${b.what}`);
  });
  for (const id of composition.conflicts) problems.push(`${where}: the name of ${id} found no free spot`);
  return problems;
}

const story = await loadStory({ includeDrafts: false });
const countries = await getCountryIndex();
const { labels: candidates } = await getLabels();
const options = { candidates, widthOf: measureText };

const renderings = () => staticRenderings(story, countries);

describe('the layout of every rendering', () => {
  it('draws no name over another and none off its picture, in any step, box or card', () => {
    const problems = renderings().flatMap(({ where, spec }) => problemsOf(where, layoutStaticMap(spec, options).composition, spec.size.width, spec.size.height));
    expect(problems).toEqual([]);
  });

  it("keeps every name off the live map's controls (top left) in each view the live map replaces", () => {
    const corner = controlsRect();
    const covered = renderings()
      .filter(({ spec }) => spec.size.use === 'view')
      .flatMap(({ where, spec }) => namesOf(layoutStaticMap(spec, options).composition).filter((name) => overlaps(name.box, corner)).map((name) => `${where}: ${name.what}`));
    expect(covered).toEqual([]);
  });

  it("names the country of each of a step's places and another country in every view the live map replaces", () => {
    const unnamed = renderings()
      .filter(({ spec }) => spec.size.use === 'view')
      .flatMap(({ where, spec }) => {
        const named = new Set(layoutStaticMap(spec, options).composition.labels.filter((label) => label.kind === 'country').map((label) => label.country));
        const own = spec.scene.activeIds.map((id) => story.gazetteer.byId.get(id)!.countryCode).filter((code) => !named.has(code));
        return [...own.map((code) => `${where}: ${code} unnamed`), ...(named.size < 2 ? [`${where}: only ${[...named].join(', ')} named`] : [])];
      });
    expect(unnamed).toEqual([]);
  });

  it("orients every place's card, which has no locator: its country and at least two others named", () => {
    const lost = story.gazetteer.places.flatMap((place) => {
      const { labels } = layoutStaticMap(placeCard(place).map, options).composition;
      const countriesNamed = new Set(labels.filter((label) => label.kind === 'country').map((label) => label.country));
      return countriesNamed.has(place.countryCode) && countriesNamed.size >= 3 ? [] : [`${place.id}: ${[...countriesNamed].join(', ')}`];
    });
    expect(lost).toEqual([]);
  });

  it('names every place of the step in every rendering of it', () => {
    const missing = renderings().flatMap(({ where, spec }) => {
      const { markers } = layoutStaticMap(spec, options).composition;
      return spec.scene.activeIds.filter((id) => !markers.some((m) => m.id === id && m.role === 'active' && m.name)).map((id) => `${where}: ${id}`);
    });
    expect(missing).toEqual([]);
  });

  it('hatches every area a step names, in every rendering of it, and keys it', () => {
    const stepsWithAreas = story.chapters.flatMap((chapter) => chapter.steps.filter((step) => step.areas.length));
    expect(stepsWithAreas.map((step) => step.id)).toContain('eighth-round-zones');
    const problems = renderings().flatMap(({ where, spec }) => {
      const step = stepsWithAreas.find((s) => where.startsWith(`${s.id} (`));
      if (!step) return [];
      const drawn = layoutStaticMap(spec, options).composition.areas.map((area) => area.id);
      const keyed = spec.keyLines.some((line) => line.kind === 'area');
      return [...step.areas.filter((id) => !drawn.includes(id)).map((id) => `${where}: ${id} not drawn`), ...(keyed || where.endsWith('(reader)') ? [] : [`${where}: no key line`])];
    });
    expect(problems).toEqual([]);
  });

  it("names Syria, and the places its camera frames (Damascus, the guarantors' capitals), in each box of a chapter's opening view", () => {
    const unnamed = story.chapters.flatMap((chapter) => {
      const view = storyView([chapter], story.gazetteer, countries, measureText);
      const opening = view.steps[0]!;
      const framed = opening.camera.frame ?? [];
      const specs = [
        ...[...STORY_VIEWS, ...EMBED_VIEWS].map((size) => ({ ...staticMapForStep(opening, { byId: story.gazetteer.byId, storyPlaces: view.places, countries }, size), keyLines: opening.key })),
        // The reader view's thumbnail, drawn with the step's places alone.
        staticMapForStep(opening, { byId: story.gazetteer.byId, countries }, READER_MAP),
      ];
      return specs.flatMap((spec) => {
        const size = spec.size;
        const { markers, labels } = layoutStaticMap(spec, options).composition;
        const syria = labels.some((label) => label.kind === 'country' && label.country === 'SYR') ? [] : [`${opening.id} (${size.name}): SYRIA`];
        return [...syria, ...framed.filter((id) => !markers.some((m) => m.id === id && m.shown && m.name)).map((id) => `${opening.id} (${size.name}): ${id}`)];
      });
    });
    expect(story.chapters.filter((chapter) => chapter.steps[0]?.camera.frame?.includes('moscow')).length).toBeGreaterThanOrEqual(4);
    expect(unnamed).toEqual([]);
  });
});

describe('composeMap', () => {
  const project = ([lng, lat]: [number, number]): [number, number] => [lng, lat];
  const place = (id: string, x: number, y: number) => ({ id, name: id.toUpperCase(), coordinates: [x, y] });
  const widthOf = (text: string) => text.length * 0.6;
  const view = { project, zoom: 4, width: 400, height: 300, centerLng: 0, overlays: [] };
  const layers = { routes: [], annotations: [] };

  it("puts a name on its dot's right, and on its left near the right edge", () => {
    const { markers } = composeMap({ places: [place('astana', 100, 100), place('geneva', 390, 200)], activeIds: ['astana', 'geneva'], focus: [], layers }, view, { candidates: [], widthOf });
    expect(markers.find((m) => m.id === 'astana')!.name!.side).toBe('right');
    expect(markers.find((m) => m.id === 'geneva')!.name!.side).toBe('left');
    for (const m of markers) expect(m.name!.box.x + m.name!.box.width).toBeLessThanOrEqual(400 - NAME.edge);
  });

  it("moves a name that would cover another of the step's names", () => {
    const { markers, conflicts } = composeMap({ places: [place('a', 100, 100), place('b', 110, 100)], activeIds: ['a', 'b'], focus: [], layers }, view, { candidates: [], widthOf });
    const [a, b] = markers;
    expect(overlaps(a!.name!.box, b!.name!.box)).toBe(false);
    expect(conflicts).toEqual([]);
  });

  it("draws the story's other places as small dots where they cover nothing, unnamed below a close-up, and a heap as its first dot", () => {
    const taken: Rect[] = [];
    placeActiveMarkers([{ ...place('damascus', 200, 150), nameEm: 5 }], project, view, taken);
    const context = placeContextMarkers(
      [
        { ...place('aleppo', 50, 50), nameEm: 4 },
        { ...place('idlib', 52, 51), nameEm: 3 },
        { ...place('ghouta', 202, 151), nameEm: 4 },
      ],
      project,
      view,
      4,
      taken,
    );
    expect(context.map((m) => [m.id, m.shown, m.name])).toEqual([
      ['aleppo', true, null],
      ['idlib', false, null],
      ['ghouta', false, null],
    ]);
    // In a close-up, where there is room, they are named.
    const close = placeContextMarkers([{ ...place('aleppo', 50, 50), nameEm: 4 }], project, view, 8, []);
    expect(close[0]!.name?.side).toBe('right');
  });

  it("names the places a step's camera frames before the labels, and leaves the story's others unnamed", () => {
    const scene = { places: [place('astana', 300, 100), place('moscow', 100, 60), place('aleppo', 80, 220)], activeIds: ['astana'], namedIds: ['moscow'], focus: [], layers };
    const { markers } = composeMap(scene, view, { candidates: [], widthOf });
    expect(markers.map((m) => [m.id, m.role, !!m.name])).toEqual([
      ['astana', 'active', true],
      ['moscow', 'context', true],
      ['aleppo', 'context', false],
    ]);
  });

  it('reports a step whose names cannot all be placed, and still names them', () => {
    const crowd = ['a', 'b', 'c', 'd', 'e'].map((id, i) => place(id, 200, 140 + i * 4));
    const { markers, conflicts } = composeMap({ places: crowd, activeIds: crowd.map((p) => p.id), focus: [], layers }, view, { candidates: [], widthOf });
    expect(conflicts.length).toBeGreaterThan(0);
    expect(markers.every((m) => m.name)).toBe(true);
  });

  it("carries a step's areas in its scene, and draws them projected and clipped to the view's extent (the box by default)", () => {
    const square = { id: 'square', name: 'Square', polygons: [[[[100, 100], [500, 100], [500, 200], [100, 200], [100, 100]]]] };
    const away = { id: 'away', name: 'Away', polygons: [[[[900, 900], [950, 900], [950, 950], [900, 900]]]] };
    const scene = stepScene([], { places: [], countries: [], camera: {} }, layers, [square, away]);
    expect(scene.areas?.map((area) => area.id)).toEqual(['square', 'away']);
    const { areas } = composeMap(scene, view, { candidates: [], widthOf });
    // The square reaches past the box's right edge (400): cut there; the other lies wholly outside.
    expect(areas.map((area) => area.id)).toEqual(['square']);
    const xs = areas[0]!.rings.flat().map(([x]) => x);
    expect(Math.max(...xs)).toBe(400);
    expect(Math.min(...xs)).toBe(100);
    // A drawing that reaches beyond the box (a first view's bleed) keeps more of it.
    const wide = composeMap(scene, { ...view, extent: { x: -50, y: -50, width: 600, height: 400 } }, { candidates: [], widthOf });
    expect(Math.max(...wide.areas[0]!.rings.flat().map(([x]) => x))).toBe(500);
  });

  it('sizes a tag from the measured width of its name, in the style declared once', () => {
    const box = nameBox(0, 0, 7, 3, 'right');
    expect(box).toMatchObject({ x: 11, width: Math.ceil(3 * NAME.size) + 2 * NAME.padX, height: NAME.lineHeight + 2 * NAME.padY });
  });
});
