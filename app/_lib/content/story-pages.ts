import type { Gazetteer } from './gazetteer';
import type { Frontmatter, Place } from './schema';
import type { Chapter, StepMeta, Story } from './story-types';

/*
 * The questions pages ask of the story, answered from a loaded Story so they are tested
 * without files; story.server.ts asks them of the site's story, cached per request.
 */

/** A chapter as the timeline and the browser know it: no text, no file. */
export interface ViewChapter {
  slug: string;
  title: string;
  start: string;
  end?: string;
}

export function toViewChapter(c: Pick<Frontmatter, 'slug' | 'title' | 'dates'>): ViewChapter {
  return { slug: c.slug, title: c.title, start: c.dates.start, ...(c.dates.end ? { end: c.dates.end } : {}) };
}

/** The whole story on one page. */
export interface StoryPage {
  chapters: Chapter[];
  gazetteer: Gazetteer;
  /** Every chapter, for the timeline. */
  timeline: ViewChapter[];
}

/** One chapter, with its neighbours in story order. */
export interface ChapterPage {
  chapter: Chapter;
  /** Undefined for the first chapter. */
  previous?: ViewChapter;
  /** Undefined for the last chapter. */
  next?: ViewChapter;
  /** Every chapter, this one's neighbours included, for the timeline. */
  timeline: ViewChapter[];
  gazetteer: Gazetteer;
}

/** A place and the steps that mention it, in story order. */
export interface PlacePage {
  place: Place;
  mentions: Array<{ chapter: Chapter; step: StepMeta }>;
}

export function storyPage({ chapters, gazetteer }: Story): StoryPage {
  return { chapters, gazetteer, timeline: chapters.map(toViewChapter) };
}

export function chapterSlugs({ chapters }: Story): string[] {
  return chapters.map((chapter) => chapter.slug);
}

/**
 * @example chapterPage(story, 'second-round')?.previous?.slug // 'ceasefire-mechanism'
 */
export function chapterPage(story: Story, slug: string): ChapterPage | undefined {
  const { chapters, gazetteer } = story;
  const index = chapters.findIndex((chapter) => chapter.slug === slug);
  const chapter = chapters[index];
  if (!chapter) return undefined;
  const previous = index > 0 ? chapters[index - 1] : undefined;
  const next = chapters[index + 1];
  return {
    chapter,
    ...(previous ? { previous: toViewChapter(previous) } : {}),
    ...(next ? { next: toViewChapter(next) } : {}),
    timeline: chapters.map(toViewChapter),
    gazetteer,
  };
}

export function placeIds({ gazetteer }: Story): string[] {
  return gazetteer.places.map((place) => place.id);
}

/** Every place of the gazetteer has a page, mentioned or not. */
export function placePage({ chapters, gazetteer }: Story, id: string): PlacePage | undefined {
  const place = gazetteer.byId.get(id);
  if (!place) return undefined;
  const mentions = chapters.flatMap((chapter) => chapter.steps.filter((step) => step.places.includes(id)).map((step) => ({ chapter, step })));
  return { place, mentions };
}

export function stepIds({ chapters }: Pick<Story, 'chapters'>): string[] {
  return chapters.flatMap((chapter) => chapter.steps.map((step) => step.id));
}

export function stepOf({ chapters }: Pick<Story, 'chapters'>, id: string): StepMeta | undefined {
  for (const chapter of chapters) {
    const step = chapter.steps.find((s) => s.id === id);
    if (step) return step;
  }
  return undefined;
}
