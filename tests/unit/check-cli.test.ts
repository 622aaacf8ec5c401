import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

function check(...args: string[]) {
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'app/_cli/check-content.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('npm run check', () => {
  it('passes the real story', () => {
    const { code, out } = check();
    expect(code).toBe(0);
    expect(out).toMatch(/^content ok: 5 chapters \(0 drafts\), \d+ steps, \d+ of \d+ gazetteer places used/);
  });

  it('fails on broken content, listing every problem with file and line', () => {
    const { code, err } = check('--content', 'tests/fixtures/content/wrong-types', '--gazetteer', 'tests/fixtures/geo/places.json');
    expect(code).toBe(1);
    expect(err).toContain("3 problems in the story's data:");
    expect(err).toContain('tests/fixtures/content/wrong-types/one.mdx:11: places:');
    expect(err).toContain('tests/fixtures/content/wrong-types/one.mdx:12: draft:');
    expect(err).toContain('tests/fixtures/content/wrong-types/one.mdx:21: <Step id="one-2"> zoom:');
  });

  it('reports every problem in every file in one run, frontmatter included where a body does not compile', () => {
    const { code, err } = check('--content', 'tests/fixtures/content/many-problems', '--gazetteer', 'tests/fixtures/geo/places.json');
    expect(code).toBe(1);
    expect(err).toContain("4 problems in the story's data:");
    expect(err).toContain('tests/fixtures/content/many-problems/a.mdx:6: dates.start: must be an ISO date (YYYY-MM-DD)');
    expect(err).toContain('tests/fixtures/content/many-problems/a.mdx:10: places: unknown place "atlantis"');
    expect(err).toContain('tests/fixtures/content/many-problems/a.mdx:21: MDX does not compile: Expected a closing tag for `<em>`');
    // A chapter that does not compile hides nothing in another.
    expect(err).toContain('tests/fixtures/content/many-problems/b.mdx:19: step "two-2": unknown place "moskow" (did you mean "moscow"?)');
  });

  it('checks drafts, unless asked to check only what a production build publishes', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'check-'));
    for (const name of ['one.mdx', 'wip.mdx']) {
      writeFileSync(path.join(dir, name), readFileSync(path.join(root, 'tests/fixtures/content/draft-variants', name)));
    }
    const all = check('--content', dir, '--gazetteer', 'tests/fixtures/geo/places.json');
    expect(all.code).toBe(1);
    expect(all.err).toMatch(/wip\.mdx:6: dates\.start: must be an ISO date/);
    const production = check('--production', '--content', dir, '--gazetteer', 'tests/fixtures/geo/places.json');
    expect(production.err).toBe('');
    expect(production.code).toBe(0);
    expect(production.out).toMatch(/^content ok: 1 chapters, drafts left out \(production\)/);
  });

  it('is what the build runs, drafts left out', () => {
    const scripts = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).scripts as Record<string, string>;
    expect(scripts.build).toMatch(/npm run -s check -- --production && next build$/);
  });

  it('fails on a broken gazetteer', () => {
    const { code, err } = check('--content', 'tests/fixtures/content/valid', '--gazetteer', 'tests/fixtures/geo/duplicate-id.json');
    expect(code).toBe(1);
    expect(err).toContain('tests/fixtures/geo/duplicate-id.json:49: place "aleppo": duplicate id');
  });
});
