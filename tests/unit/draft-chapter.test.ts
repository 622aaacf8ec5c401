import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bundleMDX } from 'mdx-bundler';
import { getMDXComponent } from 'mdx-bundler/client';
import { createElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { loadGazetteer, loadStory } from '@/app/_lib/content/loader.server';
import { draftChapter, slugify } from '@/app/_lib/editorial/draft/draft-chapter';
import { ArticleError, decodeArticle, MAX_ARTICLE_BYTES } from '@/app/_lib/editorial/draft/article';
import { ContentError } from '@/app/_lib/content/problems';
import { root, runCli } from './repo';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const articles = path.join(root, 'tests/fixtures/articles');
const { gazetteer } = await loadGazetteer(path.join(root, 'geo/places.json'), root);

// Fixture articles are the project's own text, in the shape of real wire copy: captions glued
// to credits, "Image caption" labels, a repeated headline, a "Source:" line.
function draftOf(file: string) {
  const text = decodeArticle(readFileSync(path.join(articles, file)), file);
  return draftChapter(text, gazetteer.places);
}

describe('drafting an article', () => {
  it('finds places by name and alias, in order of first mention, and groups paragraphs into steps by them', () => {
    const draft = draftOf('wire-with-captions.txt');
    expect(draft.places).toEqual(['astana', 'moscow', 'tehran', 'geneva']);
    expect(draft.steps.map((step) => step.places)).toEqual([['astana'], ['moscow'], ['tehran'], ['geneva']]);
    // The ceasefire paragraph names no place: it stays with the step before it.
    expect(draft.steps[0]?.paragraphs).toHaveLength(3);
    expect(draftOf('agency-with-source.txt').places).toEqual(['ankara', 'moscow', 'aleppo', 'damascus']);
  });

  it('takes the title from the first line, the outlet from a Source line, and drops page debris', () => {
    const agency = draftOf('agency-with-source.txt');
    expect(agency.title).toBe('Guarantors review the truce at a technical meeting');
    expect(agency.outlet).toBe('Example News');
    expect(agency.slug).toBe('guarantors-review-the-truce-at-a');
    expect(agency.mdx).not.toMatch(/Inside Story|^> Source:/m);
    const wire = draftOf('wire-with-captions.txt');
    expect(wire.outlet).toBeNull();
    expect(wire.mdx).not.toMatch(/Image caption|Image copyright|Media caption|^> Reuters$/m);
    // The caption under "Image caption", and the headline repeated at the end of the page.
    expect(wire.mdx).not.toContain('a paper without guarantees');
    expect(wire.mdx.match(/Envoys gather again/g)).toHaveLength(1);
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
    const draft = draftOf('agency-with-source.txt');
    expect(draft.mdx).toMatch(/^draft: true$/m);
    expect(draft.mdx).toMatch(/^ {2}start: "TODO"/m);
  });

  it('keeps the article\'s text literal: no expressions, tags or markup from backslashes, braces or brackets', async () => {
    const paragraphs = [
      'He wrote \\{x\\} and {1 + 1} in Astana, then <b>bold</b> and a back\\slash.',
      '1. Not a list, *not emphasis*, _nor this_, `nor code` & [no link](x) in Astana.',
      '# Not a heading in Astana',
      '- Not a list item in Astana',
    ];
    const draft = draftChapter(`A headline\n\n${paragraphs.join('\n\n')}\n`, gazetteer.places);
    const { code } = await bundleMDX({ source: draft.mdx.replace(/^---[\s\S]*?^---$/m, '') });
    const Component = getMDXComponent(code);
    const html = renderToStaticMarkup(createElement(Component, { components: { Step: ({ children }: { children?: ReactNode }) => createElement('section', null, children) } }));
    const text = html.replace(/<\/?(section|blockquote|p)>/g, '').replace(/\s+/g, ' ');
    for (const paragraph of paragraphs) expect(text).toContain(escapeHtml(paragraph));
    expect(html).not.toMatch(/<(b|em|strong|code|a|h1|ol|ul)[ >]/);
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
  const cli = (...args: string[]) => runCli('app/_cli/new-chapter.ts', ...args);

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

  it('explains a mistaken command line in one line, not a stack trace', () => {
    for (const args of [['tests/fixtures/articles/short.txt', '--slug', '-a'], ['tests/fixtures/articles/short.txt', '--slug'], ['--nope']]) {
      const result = cli(...args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr, args.join(' ')).toMatch(/^chapter:new: .+\nusage: npm run chapter:new -- <article\.txt> \[--slug <slug>\]\n$/);
    }
  });

  it('explains a bad article instead of crashing', () => {
    const result = cli('tests/fixtures/articles/latin1.txt', '--content', mkdtempSync(path.join(tmpdir(), 'chapters-')));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^chapter:new: .*not valid UTF-8/);
    expect(cli('tests/fixtures/articles/missing.txt').stderr).toMatch(/cannot read it \(ENOENT\)/);
  });

  it('refuses a slug that is not a kebab-case id, and writes nothing outside the content folder', () => {
    const parent = mkdtempSync(path.join(tmpdir(), 'chapters-'));
    const dir = path.join(parent, 'content');
    mkdirSync(dir);
    for (const slug of ['../evil', '../app/evil', 'a/b', 'Upper', '']) {
      const result = cli('tests/fixtures/articles/short.txt', '--content', dir, '--slug', slug);
      expect(result.status, slug).toBe(1);
      expect(result.stderr, slug).toMatch(/^chapter:new: --slug ".*": must be kebab-case/);
    }
    expect(readdirSync(parent)).toEqual(['content']);
    expect(readdirSync(dir)).toEqual([]);
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
