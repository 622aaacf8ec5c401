import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileChapterFile, compileProblems, type CompileCache } from '@/app/_lib/content/chapter-file.server';
import { loadStory } from '@/app/_lib/content/loader.server';

const root = path.resolve(import.meta.dirname, '../..');
const valid = readFileSync(path.join(root, 'tests/fixtures/content/valid/one.mdx'), 'utf8');

function chapterDir(): { dir: string; file: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'chapters-'));
  const file = path.join(dir, 'one.mdx');
  writeFileSync(file, valid);
  return { dir, file };
}

describe('compileChapterFile', () => {
  it('compiles a chapter alone: frontmatter, places list, lines, steps and code', async () => {
    const { file } = chapterDir();
    const compiled = await compileChapterFile(file, 'content/one.mdx');
    expect(compiled.problems).toEqual({ frontmatter: [], body: [] });
    expect(compiled.frontmatter?.slug).toBe('one');
    expect(compiled.declaredPlaces).toEqual(['astana', 'aleppo']);
    expect(compiled.lines).toEqual({ slug: 2, title: 3, dek: 4, dates: 5, sourceFile: 8, outlet: 9, note: 10, places: 11, frontmatterEnd: 12 });
    expect(compiled.body?.steps.map((s) => [s.id, s.chapter, s.line])).toEqual([
      ['one-1', 'one', 14],
      ['one-2', 'one', 20],
      ['one-3', 'one', 26],
    ]);
    expect(compiled.body?.code).toContain('Text of step 1');
  });

  it('with a cache, compiles a file again only when its text changed', async () => {
    const { file } = chapterDir();
    const cache: CompileCache = new Map();
    const first = await compileChapterFile(file, 'content/one.mdx', cache);
    expect(await compileChapterFile(file, 'content/one.mdx', cache)).toBe(first);

    writeFileSync(file, valid.replace('Text of step 1', 'Edited text of step 1'));
    const edited = await compileChapterFile(file, 'content/one.mdx', cache);
    expect(edited).not.toBe(first);
    expect(edited.body?.steps[0]?.text).toBe('Edited text of step 1 about astana.');
  });

  it('with a cache, compiles once for loads that overlap', async () => {
    const { file } = chapterDir();
    const cache: CompileCache = new Map();
    const [a, b] = await Promise.all([compileChapterFile(file, 'content/one.mdx', cache), compileChapterFile(file, 'content/one.mdx', cache)]);
    expect(a).toBe(b);
  });

  it('without a cache, compiles every time', async () => {
    const { file } = chapterDir();
    expect(await compileChapterFile(file, 'content/one.mdx')).not.toBe(await compileChapterFile(file, 'content/one.mdx'));
  });
});

describe('loadStory with a compile cache', () => {
  it('reuses the chapters compiled by the previous load while their files are unchanged', async () => {
    const { dir, file } = chapterDir();
    const options = { root, contentDir: dir, gazetteerFile: path.join(root, 'tests/fixtures/geo/places.json'), compileCache: new Map() };
    const before = await loadStory(options);
    const again = await loadStory(options);
    expect(again.chapters[0]?.steps).toBe(before.chapters[0]?.steps);

    writeFileSync(file, valid.replace('Text of step 1', 'Edited text of step 1'));
    const edited = await loadStory(options);
    expect(edited.chapters[0]?.steps[0]?.text).toBe('Edited text of step 1 about astana.');
  });
});

describe('compileProblems', () => {
  it('maps esbuild messages to the file’s lines, without the location MDX repeats', () => {
    const error = { errors: [{ text: 'Cannot process MDX file with esbuild: 22:5-22:9: Expected a closing tag for `<em>`', location: { file: 'x', line: 22, column: 5 } }] };
    expect(compileProblems(error, 'content/one.mdx')).toEqual([{ file: 'content/one.mdx', line: 22, message: 'MDX does not compile: Expected a closing tag for `<em>`' }]);
  });

  it('keeps any other failure’s message, without a line', () => {
    expect(compileProblems(new Error('boom'), 'content/one.mdx')).toEqual([{ file: 'content/one.mdx', message: 'MDX does not compile: boom' }]);
  });
});
