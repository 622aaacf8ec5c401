import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadStory } from '@/app/_lib/content/loader.server';
import { ContentError, type Problem } from '@/app/_lib/content/problems';
import { root } from './repo';

const fixtures = path.join(root, 'tests/fixtures');

function load(contentCase: string, gazetteer = 'places', includeDrafts = false) {
  return loadStory({
    root,
    contentDir: path.join(fixtures, 'content', contentCase),
    gazetteerFile: path.join(fixtures, 'geo', `${gazetteer}.json`),
    includeDrafts,
  });
}

async function problemsOf(contentCase: string, gazetteer = 'places'): Promise<Problem[]> {
  const error = await load(contentCase, gazetteer).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ContentError);
  return (error as ContentError).problems;
}

describe('the content loader on the real story', () => {
  it('accepts every chapter and the gazetteer', async () => {
    const story = await loadStory({ root, includeDrafts: true });
    expect(story.chapters).toHaveLength(5);
    for (const chapter of story.chapters) {
      expect(chapter.steps.length, chapter.slug).toBeGreaterThanOrEqual(4);
      expect(chapter.source.note.length, chapter.slug).toBeGreaterThan(0);
      for (const step of chapter.steps) expect(step.text.length, step.id).toBeGreaterThan(40);
    }
    const used = new Set(story.chapters.flatMap((c) => c.steps.flatMap((s) => s.places)));
    expect(used.size).toBeGreaterThanOrEqual(15);
  });

  it('uses every place in the gazetteer', async () => {
    const story = await loadStory({ root, includeDrafts: true });
    const used = new Set(story.chapters.flatMap((c) => c.steps.flatMap((s) => s.places)));
    expect(story.gazetteer.places.map((p) => p.id).filter((id) => !used.has(id))).toEqual([]);
  });

  it('orders chapters by event date', async () => {
    const { chapters } = await loadStory({ root });
    const starts = chapters.map((c) => c.dates.start);
    expect(starts).toEqual([...starts].sort());
    expect(chapters.map((c) => c.slug)).toEqual(['first-round', 'ceasefire-mechanism', 'second-round', 'third-round', 'eighth-round']);
  });
});

describe('the content loader on fixtures', () => {
  it('reads steps with their places, camera overrides, countries, text and line', async () => {
    const story = await load('valid');
    const [chapter] = story.chapters;
    expect(chapter?.slug).toBe('one');
    expect(chapter?.file).toBe('tests/fixtures/content/valid/one.mdx');
    expect(chapter?.steps.map((s) => [s.id, s.places, s.line])).toEqual([
      ['one-1', ['astana'], 14],
      ['one-2', ['aleppo'], 20],
      ['one-3', ['astana', 'aleppo'], 26],
    ]);
    expect(chapter?.steps[1]?.camera).toEqual({ zoom: 7, bearing: -12, pitch: undefined });
    expect(chapter?.steps[2]?.countries).toEqual(['KAZ', 'SYR']);
    expect(chapter?.steps[0]?.text).toBe('Text of step 1 about astana.');
  });

  it('leaves drafts out unless asked for them', async () => {
    expect((await load('valid')).chapters.map((c) => c.slug)).toEqual(['one']);
    expect((await load('valid', 'places', true)).chapters.map((c) => c.slug)).toEqual(['one', 'two']);
  });

  it('rejects an unknown place id at the step that uses it, with a hint', async () => {
    const problems = await problemsOf('unknown-place');
    expect(problems).toContainEqual({
      file: 'tests/fixtures/content/unknown-place/one.mdx',
      line: 20,
      message: expect.stringContaining('unknown place "alepo" (did you mean "aleppo"?)'),
    });
  });

  it('rejects map keys that do not match the colours, at the step, and a colour without a key', async () => {
    const file = 'tests/fixtures/content/bad-legend/one.mdx';
    const problems = (await problemsOf('bad-legend')).filter((p) => p.line !== 10);
    expect(problems).toEqual([
      { file, line: 13, message: '<Step id="one-1"> countries: highlights "KAZ" but has no legend: say what the colour means, e.g. legend={[{ label: "…", countries: ["KAZ"] }]}' },
      { file, line: 19, message: '<Step id="one-2"> legend: names "TUR", which the step does not highlight: add to countries={[…]} or remove from the key' },
      { file, line: 25, message: '<Step id="one-3"> legend: does not say what the colour of "RUS" means: add them to an entry' },
      { file, line: 31, message: '<Step id="one-4"> legend.0.label: is required' },
      { file, line: 37, message: '<Step id="one-5"> legend: names "RUS", which the step does not highlight: add to countries={[…]} or remove from the key' },
    ]);
  });

  it('rejects an impossible date at its frontmatter line', async () => {
    expect(await problemsOf('bad-date')).toEqual([
      { file: 'tests/fixtures/content/bad-date/one.mdx', line: 6, message: 'dates.start: must be an ISO date (YYYY-MM-DD)' },
    ]);
  });

  it('rejects a chapter without a source', async () => {
    expect(await problemsOf('missing-source')).toEqual([
      { file: 'tests/fixtures/content/missing-source/one.mdx', line: 1, message: 'source: is required' },
    ]);
  });

  it('rejects wrong-typed frontmatter and step attributes, all at once', async () => {
    const problems = await problemsOf('wrong-types');
    expect(problems.map((p) => [p.line, p.message.split(':')[0]])).toEqual([
      [11, 'places'],
      [12, 'draft'],
      [21, '<Step id="one-2"> zoom'],
    ]);
  });

  it('rejects a duplicate slug, naming both files', async () => {
    expect(await problemsOf('duplicate-slug')).toEqual([
      {
        file: 'tests/fixtures/content/duplicate-slug/b.mdx',
        line: 2,
        message: 'duplicate slug "one" (also used by tests/fixtures/content/duplicate-slug/a.mdx)',
      },
    ]);
  });

  it('rejects a step id used by two chapters', async () => {
    expect(await problemsOf('duplicate-step')).toEqual([
      {
        file: 'tests/fixtures/content/duplicate-step/b.mdx',
        line: 14,
        message: 'duplicate step id "one-1" (also used at tests/fixtures/content/duplicate-step/a.mdx:14)',
      },
    ]);
  });

  it('reports malformed MDX at its line', async () => {
    const [problem, ...rest] = await problemsOf('malformed-mdx');
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: 'tests/fixtures/content/malformed-mdx/one.mdx', line: 22 });
    expect(problem?.message).toMatch(/^MDX does not compile: Expected a closing tag for `<em>`/);
  });

  it('rejects an empty chapter and text outside steps', async () => {
    expect(await problemsOf('empty-chapter')).toContainEqual({
      file: 'tests/fixtures/content/empty-chapter/one.mdx',
      line: 12,
      message: 'the chapter has no <Step>: a chapter needs at least one step',
    });
    expect(await problemsOf('stray-text')).toEqual([
      {
        file: 'tests/fixtures/content/stray-text/one.mdx',
        line: 32,
        message: 'only <Step> elements may stand at the top level of a chapter (found paragraph)',
      },
    ]);
  });

  it('formats every problem as file:line: message in one error', async () => {
    const error = await load('unknown-place').catch((e: unknown) => e);
    expect(String((error as Error).message)).toMatch(/^2 problems in the story's data:\n {2}tests\/fixtures\/content\/unknown-place\/one\.mdx:11: /);
  });
});

describe('one check run reports every problem in every file', () => {
  it('reports the frontmatter problems of a chapter whose body does not compile, and the other chapters\' problems', async () => {
    const problems = await problemsOf('broken-body');
    const one = 'tests/fixtures/content/broken-body/one.mdx';
    expect(problems).toContainEqual({ file: one, line: 6, message: 'dates.start: must be an ISO date (YYYY-MM-DD)' });
    expect(problems).toContainEqual({ file: one, line: 10, message: expect.stringContaining('places: unknown place "alepo" (did you mean "aleppo"?)') });
    expect(problems).toContainEqual({ file: one, line: 21, message: expect.stringMatching(/^MDX does not compile: Expected a closing tag for `<em>`/) });
    expect(problems).toContainEqual({
      file: 'tests/fixtures/content/broken-body/two.mdx',
      line: 13,
      message: expect.stringContaining('step "two-1": unknown place "astanaa" (did you mean "astana"?)'),
    });
  });

  it('locates a YAML syntax error at its line', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'chapters-'));
    const valid = readFileSync(path.join(fixtures, 'content/valid/one.mdx'), 'utf8');
    // A repeated key: YAML refuses it at the repeat (line 5), where js-yaml-style line searching would not look.
    writeFileSync(path.join(dir, 'one.mdx'), valid.replace(/^(dek: .*)$/m, '$1\ntitle: "Again"'));
    const error = await loadStory({ root, contentDir: dir, gazetteerFile: path.join(fixtures, 'geo/places.json') }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).problems[0]).toMatchObject({ line: 5, message: expect.stringMatching(/^invalid frontmatter YAML: Map keys must be unique/) });
  });
});

describe('drafts are read by the YAML parser', () => {
  const draftOf = (transform: (text: string) => string) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'chapters-'));
    writeFileSync(path.join(dir, 'one.mdx'), readFileSync(path.join(fixtures, 'content/valid/one.mdx'), 'utf8'));
    const draft = readFileSync(path.join(fixtures, 'content/with-draft/draft.mdx'), 'utf8');
    writeFileSync(path.join(dir, 'draft.mdx'), transform(draft));
    return loadStory({ root, contentDir: dir, gazetteerFile: path.join(fixtures, 'geo/places.json'), includeDrafts: false });
  };

  it('with a comment after `draft: true`', async () => {
    const { chapters } = await draftOf((text) => text.replace(/^draft: true$/m, 'draft: true # wip'));
    expect(chapters.map((c) => c.slug)).toEqual(['one']);
  });

  it('with CRLF line endings', async () => {
    const { chapters } = await draftOf((text) => text.replace(/\n/g, '\r\n'));
    expect(chapters.map((c) => c.slug)).toEqual(['one']);
  });

  it('and `draft: false` is a chapter like any other', async () => {
    const error = await draftOf((text) => text.replace(/^draft: true$/m, 'draft: false')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).problems.some((p) => p.message.startsWith('TODO left'))).toBe(true);
  });
});

describe('context notes', () => {
  it('reads a step’s blocks with their lines, marking the context note and labelling it in the plain text', async () => {
    const story = await loadStory({ root, contentDir: path.join(fixtures, 'sources/content/good'), gazetteerFile: path.join(fixtures, 'geo/places.json') });
    const [step] = story.chapters[0]!.steps;
    expect(step?.blocks).toEqual([
      { text: expect.stringMatching(/^Talks resumed on Thursday/), line: 17 },
      { text: 'The first such meeting took place on 9 February 2017, and its chair said it was "a fine start".', line: 21, context: 'Fixture register of meetings, 2017' },
    ]);
    expect(step?.text).toMatch(/\n\nContext: The first such meeting took place on 9 February 2017, .*\(Source: Fixture register of meetings, 2017\)$/);
  });

  it('rejects a context note without a source, with a stray attribute, empty, or out of place, each at its line', async () => {
    const problems = await problemsOf('bad-context');
    const file = 'tests/fixtures/content/bad-context/one.mdx';
    expect(problems).toEqual([
      { file, line: 17, message: '<Context> source: is required' },
      { file, line: 23, message: '<Context> source: must name where the note comes from' },
      { file, line: 29, message: expect.stringMatching(/^<Context> attributes: Unrecognized key: "date"/) },
      { file, line: 35, message: '<Context> is empty: a context note needs text' },
      { file, line: 39, message: '<Context> must stand on its own lines inside a step, not within a paragraph' },
      { file, line: 41, message: '<Context> must stand directly inside a <Step>' },
      { file, line: 49, message: 'only <Step> elements may stand at the top level of a chapter (found <Context>)' },
    ]);
  });
});

describe('story layers on fixtures', () => {
  it('reads connections in declared order, directed unless said otherwise, annotations and areas', async () => {
    const story = await loadStory({
      root,
      contentDir: path.join(fixtures, 'content', 'layers'),
      gazetteerFile: path.join(fixtures, 'geo', 'places.json'),
      areasFile: path.join(fixtures, 'geo', 'areas.json'),
      includeDrafts: false,
    });
    const [step] = story.chapters[0]?.steps ?? [];
    expect(step?.routes).toEqual([
      { from: 'moscow', to: 'astana', directed: true, label: 'Delegation' },
      { from: 'aleppo', to: 'astana', directed: false },
    ]);
    expect(step?.annotations).toEqual([
      { text: 'Talks venue', place: 'astana' },
      { text: 'A point', at: [37.5, 36.3] },
    ]);
    expect(step?.areas).toEqual(['fixture-square']);
    // What the map says, at the file's lines, for the style and source checks.
    expect(step?.attributeTexts).toEqual([
      { kind: 'legend', text: 'a square made for the tests', line: 13 },
      { kind: 'route', text: 'Delegation', line: 13 },
      { kind: 'annotation', text: 'Talks venue', line: 13 },
      { kind: 'annotation', text: 'A point', line: 13 },
    ]);
    expect(story.areas.byId.get('fixture-square')?.properties.approximate).toBe(true);
  });
});
