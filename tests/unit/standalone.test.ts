import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

/*
 * The README's two commands must work in a fresh clone with nothing beside it, so no
 * code, test or script may reach past the repository (the seed articles beside it
 * are where chapters came from, not something the project reads).
 */
describe('the repository stands alone', () => {
  it('no code, test or script names a path outside it', () => {
    const files = execFileSync('git', ['ls-files', '-z', '--', '*.ts', '*.tsx', '*.mjs', '*.js', '*.json'], { cwd: root, encoding: 'utf8' })
      .split('\0')
      .filter(Boolean);
    expect(files.length).toBeGreaterThan(20);
    // The folder's name is assembled so that this file does not name the path it looks for.
    const beside = 'sha' + 'red';
    const pattern = new RegExp(`(["'\`])\\.\\./(?:\\.\\./)*${beside}\\b|/work/${beside}\\b`);
    const outside = files.filter((file) => pattern.test(readFileSync(path.join(root, file), 'utf8')));
    expect(outside).toEqual([]);
  });
});
