import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, runCli } from './repo';

const check = (...args: string[]) => runCli('app/_cli/check-content.ts', ...args);

describe('npm run check', () => {
  it('passes the real story', () => {
    const { status, stdout } = check();
    expect(status).toBe(0);
    expect(stdout).toMatch(/^content ok: 5 chapters \(0 drafts\), \d+ steps, \d+ of \d+ gazetteer places used/);
  });

  it('fails on broken content, listing every problem with file and line', () => {
    const { status, stderr } = check('--content', 'tests/fixtures/content/wrong-types', '--gazetteer', 'tests/fixtures/geo/places.json');
    expect(status).toBe(1);
    expect(stderr).toContain("3 problems in the story's data:");
    expect(stderr).toContain('tests/fixtures/content/wrong-types/one.mdx:11: places:');
    expect(stderr).toContain('tests/fixtures/content/wrong-types/one.mdx:12: draft:');
    expect(stderr).toContain('tests/fixtures/content/wrong-types/one.mdx:21: <Step id="one-2"> zoom:');
  });

  it('reports every problem in every file in one run, frontmatter included where a body does not compile', () => {
    const { status, stderr } = check('--content', 'tests/fixtures/content/many-problems', '--gazetteer', 'tests/fixtures/geo/places.json');
    expect(status).toBe(1);
    expect(stderr).toContain("4 problems in the story's data:");
    expect(stderr).toContain('tests/fixtures/content/many-problems/a.mdx:6: dates.start: must be an ISO date (YYYY-MM-DD)');
    expect(stderr).toContain('tests/fixtures/content/many-problems/a.mdx:10: places: unknown place "atlantis"');
    expect(stderr).toContain('tests/fixtures/content/many-problems/a.mdx:21: MDX does not compile: Expected a closing tag for `<em>`');
    // A chapter that does not compile hides nothing in another.
    expect(stderr).toContain('tests/fixtures/content/many-problems/b.mdx:19: step "two-2": unknown place "moskow" (did you mean "moscow"?)');
  });

  it('checks drafts, unless asked to check only what a production build publishes', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'check-'));
    for (const name of ['one.mdx', 'wip.mdx']) {
      writeFileSync(path.join(dir, name), readFileSync(path.join(root, 'tests/fixtures/content/draft-variants', name)));
    }
    const all = check('--content', dir, '--gazetteer', 'tests/fixtures/geo/places.json');
    expect(all.status).toBe(1);
    expect(all.stderr).toMatch(/wip\.mdx:6: dates\.start: must be an ISO date/);
    const production = check('--production', '--content', dir, '--gazetteer', 'tests/fixtures/geo/places.json');
    expect(production.stderr).toBe('');
    expect(production.status).toBe(0);
    expect(production.stdout).toMatch(/^content ok: 1 chapters, drafts left out \(production\)/);
  });

  it('is what the build runs, drafts left out', () => {
    const scripts = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).scripts as Record<string, string>;
    expect(scripts.build).toMatch(/npm run -s check -- --production && next build$/);
  });

  it('fails on a broken gazetteer', () => {
    const { status, stderr } = check('--content', 'tests/fixtures/content/valid', '--gazetteer', 'tests/fixtures/geo/duplicate-id.json');
    expect(status).toBe(1);
    expect(stderr).toContain('tests/fixtures/geo/duplicate-id.json:49: place "aleppo": duplicate id');
  });

  it('fails on broken map labels with file:line: an unknown country code, a sea without coordinates or out of range', () => {
    const { status, stderr } = check('--labels', 'tests/fixtures/geo/map-labels-broken.json');
    expect(status).toBe(1);
    const file = 'tests/fixtures/geo/map-labels-broken.json';
    expect(stderr).toContain(`${file}:4: seas "nowhere-sea": coordinates: is required`);
    expect(stderr).toContain(`${file}:5: seas "far-sea": coordinates.1: latitude must lie inside the basemap`);
    expect(stderr).toContain(`${file}:8: countryNames "XYZ": country: is not a country of the basemap`);
    expect(stderr).toContain(`${file}:11: omittedCapitals "Pristina": reason: must say why`);
    expect(stderr).not.toContain('black-sea');
  });
});
