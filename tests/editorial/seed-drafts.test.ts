import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGazetteer, loadStory } from '@/app/_lib/content/loader.server';
import { draftChapter } from '@/app/_lib/editorial/draft/draft-chapter';
import { decodeArticle } from '@/app/_lib/editorial/draft/article';

/*
 * An editorial check, not part of `npm test`: the source articles are kept beside the
 * project, not in it. `.ci/run` runs it when they are there:
 *   SEEDS_DIR=<folder of the articles> npm run check:seeds
 */
const root = path.resolve(import.meta.dirname, '../..');
if (!process.env.SEEDS_DIR) throw new Error('set SEEDS_DIR to the folder of source articles (see .ci/run)');
const seeds = path.resolve(root, process.env.SEEDS_DIR);
const { gazetteer } = await loadGazetteer(path.join(root, 'geo/places.json'), root);
const story = await loadStory({ root });

const seedChapters: Record<string, string> = {
  '001_8c8c4ff59910322a.txt': 'first-round',
  '003_05e4e3443a3de206.txt': 'ceasefire-mechanism',
  '000_bf5095209e868d64.txt': 'second-round',
  '002_cb5d4cec40c74855.txt': 'third-round',
  '004_2d2b0128ddd47361.txt': 'eighth-round',
};

/** Places a chapter adds through a context note, which its article never names (the third round's Daraa). */
const fromPublicRecord: Record<string, string[]> = { 'third-round': ['daraa'] };

describe('drafting the source articles finds every place their chapters use', () => {
  it('has all five articles to work on', () => {
    expect(readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort()).toEqual(Object.keys(seedChapters).sort());
  });

  for (const [file, slug] of Object.entries(seedChapters)) {
    it(`finds the places of "${slug}" in ${file}`, () => {
      const draft = draftChapter(decodeArticle(readFileSync(path.join(seeds, file)), file), gazetteer.places);
      const chapter = story.chapters.find((c) => c.slug === slug)!;
      const expected = chapter.places.filter((id) => !(fromPublicRecord[slug] ?? []).includes(id));
      expect(draft.places).toEqual(expect.arrayContaining(expected));
      expect(draft.steps.length).toBeGreaterThanOrEqual(4);
      for (const step of draft.steps) expect(step.places.length).toBeGreaterThan(0);
    });
  }
});
