import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '@/app/_lib/content/loader.server';
import { parseGazetteer } from '@/app/_lib/content/gazetteer';
import { root } from './repo';

const fixture = (name: string) => path.join(root, 'tests/fixtures/geo', `${name}.json`);

describe('the gazetteer', () => {
  it('accepts the real gazetteer, with the places the story needs', async () => {
    const { gazetteer, problems } = await loadGazetteer(path.join(root, 'geo/places.json'), root);
    expect(problems).toEqual([]);
    expect(gazetteer.places.length).toBeGreaterThanOrEqual(20);
    const required = ['astana', 'geneva', 'sochi', 'al-bab', 'aleppo', 'ankara', 'moscow', 'tehran', 'damascus', 'raqqa', 'manbij', 'idlib', 'eastern-ghouta', 'bonn', 'the-hague', 'gaziantep', 'amman', 'riyadh'];
    for (const id of required) expect(gazetteer.byId.has(id), id).toBe(true);
    expect(gazetteer.byId.get('astana')?.aliases).toContain('Kazakh capital');
    // The Arabic edition names every place and tells its context.
    expect(gazetteer.places.filter((place) => !place.ar).map((place) => place.id)).toEqual([]);
    expect(gazetteer.byId.get('astana')?.ar?.name).toBe('أستانا');
  });

  it('reads a place’s Arabic name and context, and rejects an empty Arabic name at the line of its entry', async () => {
    const { gazetteer, problems } = await loadGazetteer(fixture('places-arabic'), root);
    expect(problems).toEqual([{ file: 'tests/fixtures/geo/places-arabic.json', line: 21, message: 'place "aleppo": ar.name: must not be empty' }]);
    expect(gazetteer.byId.get('astana')?.ar).toEqual({ name: 'أستانا', context: 'عاصمة كازاخستان.' });
    // Optional: a place without it still loads.
    expect(gazetteer.byId.get('moscow')?.ar).toBeUndefined();
    expect(gazetteer.byId.has('aleppo')).toBe(false);
  });

  it('rejects a duplicate id at the line of the second entry', async () => {
    const { problems } = await loadGazetteer(fixture('duplicate-id'), root);
    expect(problems).toEqual([
      { file: 'tests/fixtures/geo/duplicate-id.json', line: 49, message: 'place "aleppo": duplicate id (first defined at line 19)' },
    ]);
  });

  it('rejects a coordinate out of range', async () => {
    const { problems, gazetteer } = await loadGazetteer(fixture('out-of-range'), root);
    expect(problems).toEqual([
      { file: 'tests/fixtures/geo/out-of-range.json', line: 33, message: 'place "moscow": coordinates.1: latitude must be within -90..90' },
    ]);
    expect(gazetteer.byId.has('moscow')).toBe(false);
  });

  it('names where a context fact comes from, and keeps aliases that send drafts to the wrong place out', async () => {
    const { gazetteer } = await loadGazetteer(path.join(root, 'geo/places.json'), root);
    expect(gazetteer.byId.get('moscow')?.source).toMatch(/^Al Jazeera, .*2017.*2015/);
    expect(gazetteer.byId.get('eastern-ghouta')?.aliases).not.toContain('rebel-held suburbs of the capital');
  });

  it('rejects an empty source', () => {
    const place = { id: 'astana', name: 'Astana', aliases: [], coordinates: [71.4, 51.1], country: 'Kazakhstan', countryCode: 'KAZ', kind: 'capital', context: 'c', source: ' ', zoom: 5 };
    expect(parseGazetteer([place], 'geo/places.json').problems).toEqual([{ file: 'geo/places.json', message: 'place "astana": source: must not be empty' }]);
  });

  it('rejects a source a reader cannot check: "public record", no name, no date', () => {
    const place = { id: 'astana', name: 'Astana', aliases: [], coordinates: [71.4, 51.1], country: 'Kazakhstan', countryCode: 'KAZ', kind: 'capital', context: 'c', zoom: 5 };
    const problems = (source: string) => parseGazetteer([{ ...place, source }], 'geo/places.json').problems.map((p) => p.message);
    expect(problems('Public record: renamed Nur-Sultan in 2019.')).toEqual([
      'place "astana": source: "Public record" names nothing a reader can look up: cite the publication or document, and its date',
    ]);
    expect(problems('Constitution of the Republic of Kazakhstan')).toEqual([
      'place "astana": source: "Constitution of the Republic of Kazakhstan" gives no date: add the year, at least, of the publication or document',
    ]);
    expect(problems('Constitution of the Republic of Kazakhstan, article 2, as amended on 23 March 2019')).toEqual([]);
  });

  it('rejects an empty context', async () => {
    const { problems } = await loadGazetteer(fixture('missing-context'), root);
    expect(problems).toEqual([{ file: 'tests/fixtures/geo/missing-context.json', line: 3, message: 'place "astana": context: must not be empty' }]);
  });

  it('reports broken JSON at its line', async () => {
    const { problems } = await loadGazetteer(fixture('not-json'), root);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'tests/fixtures/geo/not-json.json', line: 3 });
    expect(problems[0]?.message).toMatch(/^invalid JSON/);
  });

  it('rejects a bad kind, id and country code, naming the entry by position when it has no id', () => {
    const raw = readFileSync(fixture('places'), 'utf8');
    const entries = JSON.parse(raw) as Array<Record<string, unknown>>;
    const broken = [{ ...entries[0], kind: 'village' }, { ...entries[1], id: undefined }, { ...entries[2], countryCode: 'ru' }];
    const { problems } = parseGazetteer(broken, 'geo/places.json', raw);
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^place "astana": kind: /),
      'place #2: id: is required',
      expect.stringMatching(/^place "moscow": countryCode: must be an ISO 3166-1 alpha-3 code/),
    ]);
  });
});
