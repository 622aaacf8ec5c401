import { describe, expect, it } from 'vitest';
import { parseGazetteer } from '@/app/_lib/content/gazetteer';
import type { Chapter, StepMeta, Story } from '@/app/_lib/content/story-types';
import { chapterPage, chapterSlugs, placeIds, placePage, stepIds, stepOf, storyPage } from '@/app/_lib/content/story-pages';
import { getChapter, getChapterPage, getStory } from '@/app/_lib/content/story.server';

const place = (id: string) => ({ id, name: id, aliases: [], coordinates: [0, 0], country: 'X', countryCode: 'XXX', kind: 'city', context: 'c', zoom: 5 });
const { gazetteer } = parseGazetteer([place('astana'), place('aleppo'), place('geneva')], 'geo/places.json');

const step = (id: string, places: string[]): StepMeta => ({ id, chapter: id.split('-')[0]!, places, countries: [], legend: [], routes: [], annotations: [], areas: [], camera: {}, text: `Text of ${id}.`, blocks: [], attributeTexts: [], line: 14 });
const chapter = (slug: string, start: string, steps: StepMeta[], end?: string): Chapter => ({
  slug,
  title: `Title ${slug}`,
  dek: 'Dek.',
  dates: end ? { start, end } : { start },
  source: { outlet: null, note: 'Note.' },
  places: [...new Set(steps.flatMap((s) => s.places))],
  draft: false,
  file: `content/${slug}.mdx`,
  steps,
  code: '',
});

const story: Story = {
  areas: { areas: [], byId: new Map() },
  chapters: [
    chapter('first', '2017-01-23', [step('first-1', ['astana']), step('first-2', ['astana', 'aleppo'])], '2017-01-24'),
    chapter('second', '2017-02-15', [step('second-1', ['aleppo'])]),
    chapter('third', '2017-03-14', [step('third-1', ['astana'])]),
  ],
  gazetteer,
};

describe('chapterPage', () => {
  it('gives the first chapter a next chapter and no previous one', () => {
    const page = chapterPage(story, 'first');
    expect(page?.chapter).toBe(story.chapters[0]);
    expect(page?.previous).toBeUndefined();
    expect(page?.next).toEqual({ slug: 'second', title: 'Title second', start: '2017-02-15' });
  });

  it('gives a middle chapter both neighbours', () => {
    const page = chapterPage(story, 'second');
    expect([page?.previous?.slug, page?.next?.slug]).toEqual(['first', 'third']);
  });

  it('gives the last chapter a previous chapter and no next one', () => {
    const page = chapterPage(story, 'third');
    expect(page?.previous?.slug).toBe('second');
    expect(page?.next).toBeUndefined();
  });

  it('answers undefined for a slug no chapter has', () => {
    expect(chapterPage(story, 'fourth')).toBeUndefined();
    expect(chapterPage(story, '')).toBeUndefined();
  });

  it('puts every chapter on the timeline, in story order, with an end date only where there is one', () => {
    expect(chapterPage(story, 'third')?.timeline).toEqual([
      { slug: 'first', title: 'Title first', start: '2017-01-23', end: '2017-01-24' },
      { slug: 'second', title: 'Title second', start: '2017-02-15' },
      { slug: 'third', title: 'Title third', start: '2017-03-14' },
    ]);
    expect(storyPage(story).timeline).toEqual(chapterPage(story, 'first')?.timeline);
  });

  it('carries the gazetteer the chapter’s map needs', () => {
    expect(chapterPage(story, 'first')?.gazetteer).toBe(gazetteer);
  });
});

describe('placePage', () => {
  it('lists the steps that mention a place, in story order, each with its chapter', () => {
    expect(placePage(story, 'astana')?.mentions.map(({ chapter: c, step: s }) => `${c.slug}#${s.id}`)).toEqual(['first#first-1', 'first#first-2', 'third#third-1']);
  });

  it('has a page for a place no step mentions, and none for an unknown id', () => {
    expect(placePage(story, 'geneva')).toEqual({ place: gazetteer.byId.get('geneva'), mentions: [] });
    expect(placePage(story, 'ruritania')).toBeUndefined();
  });
});

describe('the static paths and single steps', () => {
  it('lists every chapter, place and step', () => {
    expect(chapterSlugs(story)).toEqual(['first', 'second', 'third']);
    expect(placeIds(story)).toEqual(['astana', 'aleppo', 'geneva']);
    expect(stepIds(story)).toEqual(['first-1', 'first-2', 'second-1', 'third-1']);
  });

  it('finds a step by id, or nothing', () => {
    expect(stepOf(story, 'second-1')).toBe(story.chapters[1]?.steps[0]);
    expect(stepOf(story, 'second-2')).toBeUndefined();
  });
});

describe('the questions on the site’s story', () => {
  it('answer from the real chapters', async () => {
    const { chapters } = await getStory();
    const first = chapters[0]!;
    const last = chapters.at(-1)!;
    expect((await getChapterPage(first.slug))?.previous).toBeUndefined();
    expect((await getChapterPage(last.slug))?.next).toBeUndefined();
    expect((await getChapterPage(chapters[1]!.slug))?.previous?.slug).toBe(first.slug);
    expect(await getChapterPage('no-such-chapter')).toBeUndefined();
    expect(await getChapter(undefined)).toBeUndefined();
    expect((await getChapter(last.slug))?.title).toBe(last.title);
  });
});
