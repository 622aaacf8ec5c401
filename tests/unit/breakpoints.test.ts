import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MEDIA_QUERIES } from '@/app/_lib/layout/breakpoints';
import { root } from './repo';

/*
 * One source for the page's breakpoints: app/_lib/layout/breakpoints.ts. Stylesheets cannot
 * import it, so every width media query they write must be one of its MEDIA_QUERIES; scripts
 * import it instead of writing a query of their own.
 */

function* filesUnder(dir: string): Generator<string> {
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) yield* filesUnder(rel);
    else yield rel;
  }
}

const files = [...filesUnder('app')];
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const WIDTH_QUERY = /\(\s*(min|max)-width\s*:\s*([^)]+?)\s*\)/g;

/** Every width query in the stylesheets' @media and @container rules, as `file: (max-width: 640px)`. */
const stylesheetQueries = files
  .filter((file) => file.endsWith('.css'))
  .flatMap((file) =>
    [...read(file).matchAll(/@(?:media|container)([^{]*)\{/g)].flatMap((media) => [...media[1]!.matchAll(WIDTH_QUERY)].map((q) => ({ file, query: `(${q[1]}-width: ${q[2]})` }))),
  );

describe('breakpoints', () => {
  it('finds the width queries of the stylesheets', () => {
    expect(stylesheetQueries.length).toBeGreaterThanOrEqual(6);
  });

  it('writes every width media or container query of a stylesheet as one of MEDIA_QUERIES', () => {
    const known = new Set<string>(Object.values(MEDIA_QUERIES));
    expect(stylesheetQueries.filter(({ query }) => !known.has(query)).map(({ file, query }) => `${file}: ${query}`)).toEqual([]);
  });

  it('leaves width queries out of scripts: they read MEDIA_QUERIES or BREAKPOINTS', () => {
    const scripts = files.filter((file) => /\.(?:ts|tsx|mjs)$/.test(file) && file !== 'app/_lib/layout/breakpoints.ts');
    // A query's shape: a width in pixels in parentheses, as matchMedia and @media take it.
    const query = /\(\s*(?:min|max)-width\s*:\s*\d+(?:\.\d+)?px\s*\)/;
    expect(scripts.filter((file) => query.test(read(file)))).toEqual([]);
  });
});
