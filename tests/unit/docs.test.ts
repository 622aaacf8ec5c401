import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './repo';

/*
 * The README is what a newcomer reads first, and docs/ is the reference it points to: the
 * README stays short and links every page, and every relative link in them names a file or
 * folder of the repository (and, for a page's #section, a heading of that page).
 */

const README_MAX_LINES = 150;
const pages = readdirSync(path.join(root, 'docs'))
  .filter((name) => name.endsWith('.md'))
  .map((name) => `docs/${name}`);
const documents = ['README.md', ...pages];
const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

/** The Markdown outside fenced code blocks, with inline code spans blanked out. */
function prose(markdown: string): string {
  return markdown.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, (code) => 'x'.repeat(code.length));
}

/** Every inline link's destination, balanced parentheses included (`app/(site)/read`). */
function links(markdown: string): string[] {
  const text = prose(markdown);
  const found: string[] = [];
  for (let at = text.indexOf(']('); at >= 0; at = text.indexOf('](', at + 2)) {
    let depth = 1;
    let end = at + 2;
    while (end < text.length && depth > 0) {
      if (text[end] === '(') depth++;
      else if (text[end] === ')') depth--;
      end++;
    }
    found.push(text.slice(at + 2, end - 1).trim());
  }
  return found;
}

/** GitHub's anchor for a heading. */
const anchorOf = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

const anchors = (file: string) => new Set([...read(file).matchAll(/^#{1,6}\s+(.+)$/gm)].map((match) => anchorOf(match[1]!)));

/** Why a relative link from `from` is broken, or null when it resolves. */
function broken(from: string, link: string): string | null {
  const [target = '', fragment] = link.split('#');
  const file = target ? path.posix.normalize(path.posix.join(path.posix.dirname(from), decodeURI(target))).replace(/\/$/, '') : from;
  const exists = tracked.includes(file) || tracked.some((name) => name.startsWith(`${file}/`));
  if (!exists) return `${from}: ${link} names nothing in the repository`;
  if (fragment && file.endsWith('.md') && !anchors(file).has(fragment)) return `${from}: ${link} names no heading of ${file}`;
  return null;
}

describe('the README and docs/', () => {
  it(`keep the README under ${README_MAX_LINES} lines`, () => {
    expect(read('README.md').replace(/\n$/, '').split('\n').length).toBeLessThanOrEqual(README_MAX_LINES);
  });

  it('link every page of docs/ from the README', () => {
    const linked = new Set(links(read('README.md')).map((link) => link.split('#')[0]));
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.filter((page) => !linked.has(page))).toEqual([]);
  });

  it('resolve every relative link to a file or folder of the repository', () => {
    const all = documents.flatMap((file) => links(read(file)).map((link) => ({ file, link })));
    expect(all.length).toBeGreaterThan(20);
    const relative = all.filter(({ link }) => !/^[a-z][a-z+.-]*:/i.test(link));
    expect(relative.flatMap(({ file, link }) => broken(file, link) ?? [])).toEqual([]);
  });
});
