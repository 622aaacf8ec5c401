import { describe, expect, it } from 'vitest';
import { runCli } from './repo';

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

  it('fails on a broken gazetteer', () => {
    const { status, stderr } = check('--content', 'tests/fixtures/content/valid', '--gazetteer', 'tests/fixtures/geo/duplicate-id.json');
    expect(status).toBe(1);
    expect(stderr).toContain('tests/fixtures/geo/duplicate-id.json:49: place "aleppo": duplicate id');
  });
});
