import { spawnSync } from 'node:child_process';
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

  it('fails on a broken gazetteer', () => {
    const { code, err } = check('--content', 'tests/fixtures/content/valid', '--gazetteer', 'tests/fixtures/geo/duplicate-id.json');
    expect(code).toBe(1);
    expect(err).toContain('tests/fixtures/geo/duplicate-id.json:49: place "aleppo": duplicate id');
  });
});
