import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './repo';

/** Runs `npm run export` in a scratch project: the real code, a chapter folder of our choosing. */
function exportWith(contentFixture: string, env: Record<string, string>) {
  const dir = mkdtempSync(path.join(tmpdir(), 'export-'));
  for (const name of ['app', 'node_modules']) symlinkSync(path.join(root, name), path.join(dir, name));
  cpSync(path.join(root, 'tests/fixtures/content', contentFixture), path.join(dir, 'content'), { recursive: true });
  mkdirSync(path.join(dir, 'geo'));
  cpSync(path.join(root, 'tests/fixtures/geo/places.json'), path.join(dir, 'geo/places.json'));
  const result = spawnSync(process.execPath, [path.join(root, 'app/_cli/export.mjs')], { cwd: dir, encoding: 'utf8', env: { ...process.env, SITE_URL: '', ...env } });
  return { ...result, dir };
}

describe('npm run export', () => {
  it('fails on a broken chapter before building, naming file and line as the build does', () => {
    const { status, stderr, dir } = exportWith('wrong-types', { SITE_URL: 'https://story.example.org' });
    expect(status).toBe(1);
    expect(stderr).toContain('content/one.mdx:11: places:');
    expect(stderr).toContain('content/one.mdx:21: <Step id="one-2"> zoom:');
    expect(stderr).toContain('export: the content check failed');
    expect(existsSync(path.join(dir, 'out')), 'nothing exported').toBe(false);
  });

  it('needs SITE_URL, a bare http(s) origin, and says so', () => {
    const unset = exportWith('valid', {});
    expect(unset.status).toBe(1);
    expect(unset.stderr).toMatch(/export: set SITE_URL to the public origin/);
    const bad = exportWith('valid', { SITE_URL: 'https://story.example.org/astana' });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/SITE_URL must be an origin only/);
  });
});
