import { describe, expect, it } from 'vitest';
import { parseGazetteer } from '@/app/_lib/content/gazetteer';
import { excerpt, mentionsOf, storyView, yearFraction } from '@/app/_lib/reading/story-view';

const { gazetteer } = parseGazetteer(
  [
    { id: 'astana', name: 'Astana', aliases: [], coordinates: [71.4, 51.1], country: 'Kazakhstan', countryCode: 'KAZ', kind: 'capital', context: 'c', zoom: 5, ar: { name: 'أستانا', context: 'ع' } },
    { id: 'aleppo', name: 'Aleppo', aliases: [], coordinates: [37.1, 36.2], country: 'Syria', countryCode: 'SYR', kind: 'city', context: 'c', zoom: 7 },
    { id: 'unused', name: 'Unused', aliases: [], coordinates: [0, 0], country: 'X', countryCode: 'XXX', kind: 'city', context: 'c', zoom: 7 },
  ],
  'places.json',
);

const step = (id: string, places: string[], text = 'Some text.') => ({ id, chapter: '', places, countries: [], routes: [], camera: { zoom: undefined }, text, line: 1 });

describe('storyView', () => {
  const view = storyView(
    [
      { slug: 'a', title: 'A', dates: { start: '2017-01-23', end: '2017-01-24' }, steps: [step('a-1', ['aleppo']), step('a-2', ['astana', 'aleppo'])] },
      { slug: 'b', title: 'B', dates: { start: '2017-02-06' }, steps: [step('b-1', ['astana'])] },
    ],
    gazetteer,
  );

  it('lists only the places the steps use, in first-mention order', () => {
    expect(view.places.map((p) => p.id)).toEqual(['aleppo', 'astana']);
  });

  it('leaves the Arabic edition\'s fields on the server: the English view carries English only', () => {
    expect(gazetteer.byId.get('astana')?.ar?.name).toBe('أستانا');
    expect(view.places.find((p) => p.id === 'astana')).not.toHaveProperty('ar');
  });

  it('counts a step\'s frame among the places on the map', () => {
    const framed = { ...step('c-1', ['astana']), camera: { frame: ['unused'] } };
    const withFrame = storyView([{ slug: 'c', title: 'C', dates: { start: '2017-01-23' }, steps: [framed] }], gazetteer);
    expect(withFrame.places.map((p) => p.id)).toEqual(['astana', 'unused']);
    expect(withFrame.steps[0]?.places).toEqual(['astana']);
  });

  it('keeps each step with its chapter and drops unset camera fields', () => {
    expect(view.steps.map((s) => [s.id, s.chapter])).toEqual([
      ['a-1', 'a'],
      ['a-2', 'a'],
      ['b-1', 'b'],
    ]);
    expect(view.steps[0]?.camera).toEqual({});
    expect(view.chapters).toEqual([
      { slug: 'a', title: 'A', start: '2017-01-23', end: '2017-01-24' },
      { slug: 'b', title: 'B', start: '2017-02-06' },
    ]);
  });

  it('finds every step that mentions a place', () => {
    expect(mentionsOf('astana', view.steps).map((s) => s.id)).toEqual(['a-2', 'b-1']);
    expect(mentionsOf('unused', view.steps)).toEqual([]);
  });
});

describe('excerpt', () => {
  it('keeps short text whole and cuts long text at a word', () => {
    expect(excerpt('Short  text.\n\nTwo paragraphs.')).toBe('Short text. Two paragraphs.');
    const long = 'word '.repeat(60);
    const cut = excerpt(long, 50);
    expect(cut.endsWith('word…')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(51);
  });
});

describe('yearFraction', () => {
  it('places dates on the year', () => {
    expect(yearFraction('2017-01-01')).toBe(0);
    expect(yearFraction('2017-12-31')).toBe(1);
    expect(yearFraction('2017-07-02')).toBeCloseTo(0.5, 2);
  });
});
