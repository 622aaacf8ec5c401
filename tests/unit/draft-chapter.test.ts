import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGazetteer, loadStory } from '@/app/_lib/content.server';
import { ArticleError, decodeArticle, draftChapter, MAX_ARTICLE_BYTES, slugify } from '@/app/_lib/draft-chapter';
import { ContentError } from '@/app/_lib/problems';

const root = path.resolve(import.meta.dirname, '../..');
// The seed articles live beside the repository, as in CI (see ../shared/seeds/README.md).
const seeds = path.resolve(root, '../shared/seeds');
const { gazetteer } = await loadGazetteer(path.join(root, 'geo/places.json'), root);
const story = await loadStory({ root });

const seedChapters: Record<string, string> = {
  '001_8c8c4ff59910322a.txt': 'first-round',
  '003_05e4e3443a3de206.txt': 'ceasefire-mechanism',
  '000_bf5095209e868d64.txt': 'second-round',
  '002_cb5d4cec40c74855.txt': 'third-round',
  '004_2d2b0128ddd47361.txt': 'eighth-round',
};

/**
 * Places a chapter adds from public record that its article never names, so no reader
 * of the article alone would expect them: the third round's note that the 2011
 * protests began in Daraa.
 */
const fromPublicRecord: Record<string, string[]> = { 'third-round': ['daraa'] };

function draftOf(file: string) {
  const text = decodeArticle(readFileSync(path.join(seeds, file)), file);
  return draftChapter(text, gazetteer.places);
}

describe('drafting the seed articles', () => {
  it('has all five seeds to work on', () => {
    expect(readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort()).toEqual(Object.keys(seedChapters).sort());
  });

  for (const [file, slug] of Object.entries(seedChapters)) {
    it(`finds the places of "${slug}" in ${file}`, () => {
      const draft = draftOf(file);
      const chapter = story.chapters.find((c) => c.slug === slug)!;
      const expected = chapter.places.filter((id) => !(fromPublicRecord[slug] ?? []).includes(id));
      expect(draft.places).toEqual(expect.arrayContaining(expected));
      expect(draft.steps.length).toBeGreaterThanOrEqual(4);
      for (const step of draft.steps) expect(step.places.length).toBeGreaterThan(0);
    });
  }

  it('takes the title from the first line, the outlet from a Source line, and drops page debris', () => {
    const aljazeera = draftOf('003_05e4e3443a3de206.txt');
    expect(aljazeera.title).toBe('Russia, Turkey, Iran discuss Syria ceasefire in Astana');
    expect(aljazeera.outlet).toBe('Al Jazeera');
    expect(aljazeera.slug).toBe('russia-turkey-iran-discuss-syria-ceasefire');
    const bbcLike = draftOf('001_8c8c4ff59910322a.txt');
    expect(bbcLike.outlet).toBeNull();
    expect(bbcLike.mdx).not.toMatch(/Image caption|Image copyright|Media caption|^> Reuters$/m);
    expect(bbcLike.mdx).not.toContain('The rebel delegation said it would not sign');
  });

  it('maps "the Kazakh capital" to Astana and "Ankara" to Ankara', () => {
    const { places } = draftChapter('T\n\nThey met in the Kazakh capital.\n\nA later round was set for Ankara.\n', gazetteer.places);
    expect(places).toEqual(['astana', 'ankara']);
  });

  it('lists unknown place names with the sentences they occur in', () => {
    const draft = draftChapter('T\n\nDelegates flew in from Ruritania on Monday. They met in Astana.\n', gazetteer.places);
    expect(draft.candidates).toEqual([{ name: 'Ruritania', sentences: ['Delegates flew in from Ruritania on Monday.'] }]);
  });

  it('writes a draft the check refuses until its TODOs are done', () => {
    const draft = draftOf('004_2d2b0128ddd47361.txt');
    expect(draft.mdx).toMatch(/^draft: true$/m);
    expect(draft.mdx).toMatch(/^ {2}start: "TODO"/m);
  });
});

describe('bad articles', () => {
  it('refuses an empty file', () => {
    expect(() => decodeArticle(new Uint8Array(), 'a.txt')).toThrow(new ArticleError('a.txt: the file is empty'));
    expect(() => decodeArticle(new TextEncoder().encode('  \n\n '), 'a.txt')).toThrow('a.txt: the file has no text');
  });

  it('refuses text that is not UTF-8, saying where', () => {
    const bytes = readFileSync(path.join(root, 'tests/fixtures/articles/latin1.txt'));
    expect(() => decodeArticle(bytes, 'latin1.txt')).toThrow(/latin1\.txt: not valid UTF-8 text \(first bad byte near offset 10\)/);
  });

  it('refuses huge input and binary files', () => {
    expect(() => decodeArticle(new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(65), 'big.txt')).toThrow(/too large for an article/);
    expect(() => decodeArticle(new Uint8Array([72, 105, 0, 33]), 'bin.txt')).toThrow(/NUL bytes/);
  });

  it('refuses an article with a title and nothing else', () => {
    expect(() => draftChapter('Only a title\n\nImage caption\nA caption\n', gazetteer.places)).toThrow('the article has a title but no paragraphs');
  });

  it('makes URL-safe slugs', () => {
    expect(slugify('Syria: Astana “settlement” talks end — without meeting goals')).toBe('syria-astana-settlement-talks-end-without');
    expect(slugify('Çatışma sürüyor')).toBe('catisma-suruyor');
    expect(slugify('!!!')).toBe('chapter');
  });
});

describe('npm run chapter:new', () => {
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'app/_cli/new-chapter.ts', ...args], { cwd: root, encoding: 'utf8' });

  it('writes a draft once and never overwrites it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'chapters-'));
    const first = cli('tests/fixtures/articles/short.txt', '--content', dir);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('places found: astana, moscow, aleppo');
    expect(first.stdout).toContain('Ruritania');
    const file = path.join(dir, 'talks-resume-in-the-kazakh-capital.mdx');
    writeFileSync(file, 'edited by an author');
    const second = cli('tests/fixtures/articles/short.txt', '--content', dir);
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(/already exists; choose another --slug/);
    expect(readFileSync(file, 'utf8')).toBe('edited by an author');
  });

  it('explains a bad article instead of crashing', () => {
    const result = cli('tests/fixtures/articles/latin1.txt', '--content', mkdtempSync(path.join(tmpdir(), 'chapters-')));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^chapter:new: .*not valid UTF-8/);
    expect(cli('tests/fixtures/articles/missing.txt').stderr).toMatch(/cannot read it \(ENOENT\)/);
  });
});

describe('drafts in the story', () => {
  const options = { root, contentDir: path.join(root, 'tests/fixtures/content/with-draft'), gazetteerFile: path.join(root, 'tests/fixtures/geo/places.json') };

  it('are left out of production builds', async () => {
    const { chapters } = await loadStory({ ...options, includeDrafts: false });
    expect(chapters.map((c) => c.slug)).toEqual(['one']);
  });

  it('are checked with every TODO reported at its line', async () => {
    const error = await loadStory({ ...options, includeDrafts: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    const problems = (error as ContentError).problems;
    expect(problems.filter((p) => p.message.startsWith('TODO left')).map((p) => p.line)).toEqual([3, 4, 6, 9, 16, 24, 32]);
    expect(problems).toContainEqual({ file: 'tests/fixtures/content/with-draft/draft.mdx', line: 6, message: 'dates.start: must be an ISO date (YYYY-MM-DD)' });
  });

  it('are skipped, not fatal, in a preview', async () => {
    const { chapters } = await loadStory({ ...options, includeDrafts: true, draftProblems: 'skip' });
    expect(chapters.map((c) => c.slug)).toEqual(['one']);
  });
});
