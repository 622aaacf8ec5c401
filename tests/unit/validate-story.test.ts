import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAreas } from '@/app/_lib/content/areas';
import { parseGazetteer, type GazetteerResult } from '@/app/_lib/content/gazetteer';
import { parseHouseStyle } from '@/app/_lib/content/house-style';
import type { CompiledChapter, StepMeta } from '@/app/_lib/content/story-types';
import { validateStory, type ValidateOptions } from '@/app/_lib/content/validate-story';
import { root } from './repo';

// Chapters built by hand, as chapter-file.server.ts would hand them over: no files, no esbuild.

const place = (id: string) => ({ id, name: id, aliases: [], coordinates: [0, 0], country: 'X', countryCode: 'XXX', kind: 'city', context: 'c', zoom: 5 });
const places = parseGazetteer([place('astana'), place('aleppo'), place('geneva')], 'geo/places.json');

const step = (id: string, stepPlaces: string[], line: number, layers: Partial<Pick<StepMeta, 'routes' | 'annotations' | 'areas'>> = {}): StepMeta => ({
  id,
  chapter: '',
  places: stepPlaces,
  countries: [],
  legend: [],
  routes: [],
  annotations: [],
  areas: [],
  ...layers,
  camera: {},
  text: 'Text.',
  blocks: [],
  attributeTexts: [],
  line,
});

/** A chapter whose title is line 3, dek line 4, source note line 8, `places:` list line 9, closing fence line 12, first step line 14. */
function chapter(slug: string, steps: StepMeta[], { start = '2017-01-23', declared = [...new Set(steps.flatMap((s) => s.places))], ...more }: Partial<CompiledChapter> & { start?: string; declared?: string[] } = {}): CompiledChapter {
  return {
    file: `content/${slug}.mdx`,
    draft: false,
    frontmatter: {
      slug,
      title: slug.toUpperCase(),
      dek: 'Dek.',
      dates: { start },
      source: { outlet: null, note: 'Note.' },
      places: declared,
    },
    declaredPlaces: declared,
    lines: { slug: 2, title: 3, dek: 4, note: 8, places: 9, frontmatterEnd: 12 },
    problems: { frontmatter: [], body: [] },
    body: { code: `/* ${slug} */`, steps },
    ...more,
  };
}

const production: ValidateOptions = { includeDrafts: false };

describe('validateStory', () => {
  it('rejects a chapter that opens on a close-up, and an unknown or repeated frame place, at the step', () => {
    const close = { ...step('one-1', ['aleppo'], 14), camera: { zoom: 8 } };
    expect(validateStory(places, [chapter('one', [close])], production).problems).toEqual([
      {
        file: 'content/one.mdx',
        line: 14,
        message: 'step "one-1" opens the chapter on a close-up: set the scene at regional scale first, with frame={[…]} around it or a zoom below 6',
      },
    ]);
    const framed = { ...step('two-1', ['aleppo'], 14), camera: { zoom: 8, frame: ['genva', 'aleppo'] } };
    expect(validateStory(places, [chapter('two', [framed], { declared: ['aleppo'] })], production).problems).toEqual([
      { file: 'content/two.mdx', line: 14, message: 'step "two-1" frame: unknown place "genva" (did you mean "geneva"?): add it to geo/places.json or fix the id' },
      { file: 'content/two.mdx', line: 14, message: 'step "two-1" frame: "aleppo" is already one of the step\'s places' },
    ]);
  });

  it('counts frame places as used by the chapter', () => {
    const framed = { ...step('one-1', ['astana'], 14), camera: { frame: ['geneva'] } };
    expect(validateStory(places, [chapter('one', [framed], { declared: ['astana'] })], production).problems).toEqual([
      { file: 'content/one.mdx', line: 9, message: 'places: "geneva" is used by a step but missing from the list' },
    ]);
  });

  it('assembles valid chapters in story order: by start date, then slug', () => {
    const { story, problems } = validateStory(
      places,
      [
        chapter('late', [step('late-1', ['geneva'], 14)], { start: '2017-05-03' }),
        chapter('b', [step('b-1', ['astana'], 14)]),
        chapter('a', [step('a-1', ['aleppo'], 14)]),
      ],
      production,
    );
    expect(problems).toEqual([]);
    expect(story.chapters.map((c) => c.slug)).toEqual(['a', 'b', 'late']);
    expect(story.chapters[0]).toMatchObject({ file: 'content/a.mdx', draft: false, code: '/* a */', title: 'A' });
    expect(story.gazetteer).toBe(places.gazetteer);
  });

  it('reports an unknown place at the step using it and in the places list, with a hint', () => {
    const { story, problems } = validateStory(places, [chapter('one', [step('one-1', ['alepo'], 14)], { declared: ['alepo'] })], production);
    const hint = 'unknown place "alepo" (did you mean "aleppo"?): add it to geo/places.json or fix the id';
    expect(problems).toEqual([
      { file: 'content/one.mdx', line: 9, message: `places: ${hint}` },
      { file: 'content/one.mdx', line: 14, message: `step "one-1": ${hint}` },
    ]);
    expect(story.chapters).toEqual([]);
  });

  it('gives no hint when no id is close', () => {
    const { problems } = validateStory(places, [chapter('one', [step('one-1', ['ruritania'], 14)], { declared: ['ruritania'] })], production);
    expect(problems[0]?.message).toBe('places: unknown place "ruritania": add it to geo/places.json or fix the id');
  });

  it('does not bury a broken gazetteer under unknown places', () => {
    const unreadable: GazetteerResult = { gazetteer: { places: [], byId: new Map() }, problems: [{ file: 'geo/places.json', message: 'invalid JSON' }], rejectedIds: null };
    expect(validateStory(unreadable, [chapter('one', [step('one-1', ['astana'], 14)])], production).problems).toEqual(unreadable.problems);

    const rejected = parseGazetteer([place('astana'), { ...place('aleppo'), zoom: 99 }], 'geo/places.json');
    const { problems } = validateStory(rejected, [chapter('one', [step('one-1', ['aleppo'], 14)])], production);
    expect(problems.map((p) => p.file)).toEqual(['geo/places.json']);
  });

  it('checks the places list against the places the steps use', () => {
    const { problems } = validateStory(places, [chapter('one', [step('one-1', ['astana'], 14), step('one-2', ['aleppo'], 20)], { declared: ['astana', 'geneva'] })], production);
    expect(problems).toEqual([
      { file: 'content/one.mdx', line: 9, message: 'places: "geneva" is listed but no step uses it' },
      { file: 'content/one.mdx', line: 9, message: 'places: "aleppo" is used by a step but missing from the list' },
    ]);
  });

  it('reports a place listed twice by one step', () => {
    const { problems } = validateStory(places, [chapter('one', [step('one-1', ['astana', 'astana'], 14)])], production);
    expect(problems).toEqual([{ file: 'content/one.mdx', line: 14, message: 'step "one-1" lists place "astana" twice' }]);
  });

  it('reports a chapter without steps at its closing fence, unless a <Step> was refused', () => {
    const empty = validateStory(places, [chapter('one', [], { declared: [] })], production);
    expect(empty.problems).toEqual([{ file: 'content/one.mdx', line: 12, message: 'the chapter has no <Step>: a chapter needs at least one step' }]);

    const refused = { file: 'content/one.mdx', line: 14, message: '<Step id="one-1"> zoom: Too big' };
    const { problems } = validateStory(places, [chapter('one', [], { declared: [], problems: { frontmatter: [], body: [refused] } })], production);
    expect(problems).toEqual([refused]);
  });

  it('keeps the problems of a chapter that did not compile, and checks its places list only', () => {
    const mdx = { file: 'content/one.mdx', line: 21, message: 'MDX does not compile: Unexpected end of file' };
    const date = { file: 'content/one.mdx', line: 6, message: 'dates.start: must be an ISO date (YYYY-MM-DD)' };
    const broken = chapter('one', [], { declared: ['alepo'], frontmatter: undefined, body: undefined, problems: { frontmatter: [date], body: [mdx] } });
    const { problems, story } = validateStory(places, [broken], production);
    expect(problems).toEqual([date, { file: 'content/one.mdx', line: 9, message: expect.stringContaining('places: unknown place "alepo"') }, mdx]);
    expect(story.chapters).toEqual([]);
  });

  it('refuses a slug or a step id used twice, naming the first use', () => {
    const { problems } = validateStory(
      places,
      [chapter('one', [step('one-1', ['astana'], 14)]), { ...chapter('one', [step('one-1', ['astana'], 16)]), file: 'content/two.mdx' }],
      production,
    );
    expect(problems).toEqual([
      { file: 'content/two.mdx', line: 2, message: 'duplicate slug "one" (also used by content/one.mdx)' },
      { file: 'content/two.mdx', line: 16, message: 'duplicate step id "one-1" (also used at content/one.mdx:14)' },
    ]);
  });

  it('sorts every problem by file and line, the gazetteer\'s included', () => {
    const gazetteer = parseGazetteer([place('astana'), place('astana')], 'geo/places.json');
    const { problems } = validateStory(
      gazetteer,
      [chapter('b', [step('b-1', ['x'], 30), step('b-2', ['astana', 'astana'], 20)], { declared: ['astana'] }), chapter('a', [step('a-1', ['y'], 14)], { declared: ['y'] })],
      production,
    );
    expect(problems.map((p) => `${p.file}:${p.line ?? ''}`)).toEqual([
      'content/a.mdx:9',
      'content/a.mdx:14',
      'content/b.mdx:20',
      'content/b.mdx:30',
      'geo/places.json:',
    ]);
  });

  describe('drafts', () => {
    const draft = { ...chapter('draft', [step('draft-1', ['alepo'], 14)]), draft: true };
    const one = chapter('one', [step('one-1', ['astana'], 14)]);

    it('are left out of production, problems and all', () => {
      const { story, problems } = validateStory(places, [one, draft], production);
      expect(problems).toEqual([]);
      expect(story.chapters.map((c) => c.slug)).toEqual(['one']);
    });

    it('are checked like any chapter when included', () => {
      const { problems } = validateStory(places, [one, draft], { includeDrafts: true });
      expect(problems.map((p) => p.file)).toEqual(['content/draft.mdx', 'content/draft.mdx']);
    });

    it('with problems are skipped in a preview, and said to be', () => {
      const { story, problems, skippedDrafts } = validateStory(places, [one, draft], { includeDrafts: true, draftProblems: 'skip' });
      expect(problems).toEqual([]);
      expect(skippedDrafts).toEqual([{ file: 'content/draft.mdx', problems: 2 }]);
      expect(story.chapters.map((c) => c.slug)).toEqual(['one']);
    });

    it('without problems show in a preview, marked as drafts', () => {
      const clean = { ...chapter('draft', [step('draft-1', ['aleppo'], 14)]), draft: true };
      const { story } = validateStory(places, [one, clean], { includeDrafts: true, draftProblems: 'skip' });
      expect(story.chapters.map((c) => [c.slug, c.draft])).toEqual([
        ['draft', true],
        ['one', false],
      ]);
    });
  });

  describe('story layers', () => {
    const withLayers = (layers: Parameters<typeof step>[3], stepPlaces = ['astana', 'aleppo']) => [chapter('one', [step('one-1', stepPlaces, 14, layers)])];

    it("accepts connections and annotations between the step's own places", () => {
      const { problems, story } = validateStory(
        places,
        withLayers({ routes: [{ from: 'aleppo', to: 'astana', directed: true }], annotations: [{ text: 'Venue', place: 'astana' }, { text: 'A point', at: [1, 2] }] }),
        production,
      );
      expect(problems).toEqual([]);
      expect(story.chapters[0]?.steps[0]?.routes).toHaveLength(1);
    });

    it('reports an unknown place in a connection or an annotation, with a hint', () => {
      const { problems } = validateStory(
        places,
        withLayers({ routes: [{ from: 'alepo', to: 'astana', directed: false }], annotations: [{ text: 'Venue', place: 'astna' }] }),
        production,
      );
      expect(problems).toEqual([
        { file: 'content/one.mdx', line: 14, message: 'step "one-1": route "alepo-astana": unknown place "alepo" (did you mean "aleppo"?): add it to geo/places.json or fix the id' },
        { file: 'content/one.mdx', line: 14, message: 'step "one-1": annotation "Venue": unknown place "astna" (did you mean "astana"?): add it to geo/places.json or fix the id' },
      ]);
    });

    it('reports a connection or an annotation on a place the step does not show, and a connection listed twice', () => {
      const route = { from: 'geneva', to: 'astana', directed: true };
      const { problems } = validateStory(places, withLayers({ routes: [route, route], annotations: [{ text: 'Venue', place: 'geneva' }] }, ['astana']), production);
      expect(problems.map((p) => p.message)).toEqual([
        'step "one-1": route "geneva>astana": "geneva" is not one of the step\'s places; add it to place/places',
        'step "one-1": route "geneva>astana" is listed twice',
        'step "one-1": route "geneva>astana": "geneva" is not one of the step\'s places; add it to place/places',
        'step "one-1": annotation "Venue": "geneva" is not one of the step\'s places; add it to place/places',
      ]);
    });

    it('reports an unknown area, and does not repeat an area geo/areas.json already rejected', () => {
      const areas = parseAreas({ type: 'FeatureCollection', features: [{ type: 'Feature', id: 'rejected', properties: {} }] }, 'geo/areas.json');
      const { problems } = validateStory(places, withLayers({ areas: ['rejected', 'zone-one'] }), production, areas);
      expect(problems.map((p) => p.message)).toEqual([
        'step "one-1": unknown area "zone-one": add its outline, with its source, to geo/areas.json or fix the id',
        'area "rejected": properties.name: is required',
        'area "rejected": properties.approximate: is required',
        'area "rejected": properties.source: is required',
        'area "rejected": geometry: is required',
      ]);
    });
  });
});

describe('the house style', () => {
  const { style } = parseHouseStyle(
    {
      names: [{ id: 'sergey-lavrov', spelling: { en: 'Sergey Lavrov' }, variants: { en: ['Sergei Lavrov'] } }],
      quoteOnly: [{ id: 'daesh', words: { en: ['Daesh'] }, instead: { en: 'Islamic State' } }],
      disputedPlaces: [],
    },
    'content/house-style.json',
  );
  const variant = '"Sergei Lavrov" is a variant spelling: the house style writes "Sergey Lavrov"';
  const quoteOnly = '"Daesh" is used only inside quotation marks: our own words say "Islamic State"';

  it('reports variants and quote-only words in a chapter: title, dek, note, text, context notes, map text and context sources, each at its line', () => {
    const styled: StepMeta = {
      ...step('one-1', ['astana'], 14),
      blocks: [
        { text: 'Sergey Lavrov met\nSergei Lavrov, who "met Daesh".', line: 16 },
        { text: 'A note on Daesh.', line: 20, context: 'Daesh register, 2017' },
      ],
      attributeTexts: [
        { kind: 'annotation', text: 'Daesh', line: 14 },
        { kind: 'legend', text: 'Held by Daesh', line: 15 },
        { kind: 'route', text: "Sergei Lavrov's road", line: 15 },
        { kind: 'context-source', text: 'Daesh register, 2017', line: 18 },
      ],
    };
    const base = chapter('one', [styled]);
    const frontmatter = { ...base.frontmatter!, title: 'Sergei Lavrov in Astana', dek: 'Daesh, again.', source: { outlet: null, note: 'About Sergei Lavrov.' } };
    const { problems } = validateStory(places, [{ ...base, frontmatter }], production, undefined, { style, problems: [] });
    const file = 'content/one.mdx';
    expect(problems).toEqual([
      { file, line: 3, message: `title: ${variant}` },
      { file, line: 4, message: `dek: ${quoteOnly}` },
      { file, line: 8, message: `source.note: ${variant}` },
      { file, line: 14, message: `step "one-1" callout: ${quoteOnly}` },
      { file, line: 15, message: `step "one-1" legend: ${quoteOnly}` },
      { file, line: 15, message: `step "one-1" route label: ${variant}` },
      { file, line: 17, message: `step "one-1": ${variant}` },
      { file, line: 18, message: `step "one-1" context source: ${quoteOnly}` },
      { file, line: 20, message: `step "one-1": ${quoteOnly}` },
    ]);
  });

  it('reports them in the gazetteer, at the line of the name, context or source that has them', () => {
    const raw = readFileSync(path.join(root, 'tests/fixtures/geo/places-style.json'), 'utf8');
    const { problems } = validateStory(parseGazetteer(JSON.parse(raw), 'geo/places.json', raw), [], production, undefined, { style, problems: [] });
    expect(problems).toEqual([
      { file: 'geo/places.json', line: 15, message: `place "astana" context: ${variant}` },
      { file: 'geo/places.json', line: 30, message: `place "aleppo" source: ${quoteOnly}` },
    ]);
  });

  it('passes the house style’s own problems on, and treats a draft’s style problems like any other', () => {
    const broken = { file: 'content/house-style.json', line: 3, message: 'names "x": spelling: is required' };
    expect(validateStory(places, [], production, undefined, { style, problems: [broken] }).problems).toEqual([broken]);
    const draft = { ...chapter('draft', [{ ...step('draft-1', ['astana'], 14), blocks: [{ text: 'Daesh.', line: 16 }] }]), draft: true };
    const preview = validateStory(places, [draft], { includeDrafts: true, draftProblems: 'skip' }, undefined, { style, problems: [] });
    expect(preview.problems).toEqual([]);
    expect(preview.skippedDrafts).toEqual([{ file: 'content/draft.mdx', problems: 1 }]);
  });
});

