import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { precompress } from '../../app/_lib/publishing/precompress.mjs';

function folder() {
  const dir = mkdtempSync(path.join(tmpdir(), 'precompress-'));
  mkdirSync(path.join(dir, 'chunks'));
  const script = 'export const story = "Astana";\n'.repeat(100);
  writeFileSync(path.join(dir, 'chunks', 'app.js'), script);
  writeFileSync(path.join(dir, 'small.css'), 'body{}');
  writeFileSync(path.join(dir, 'font.woff2'), Buffer.alloc(4096, 7));
  return { dir, script };
}

describe('precompress', () => {
  it('writes brotli and gzip copies of text files worth compressing, in subfolders too, and nothing else', () => {
    const { dir, script } = folder();
    expect(precompress(dir)).toBe(1);
    expect(brotliDecompressSync(readFileSync(path.join(dir, 'chunks', 'app.js.br'))).toString()).toBe(script);
    expect(gunzipSync(readFileSync(path.join(dir, 'chunks', 'app.js.gz'))).toString()).toBe(script);
    expect(readdirSync(dir).sort()).toEqual(['chunks', 'font.woff2', 'small.css']);
  });

  it('writes gzip alone when asked (the export, for nginx gzip_static)', () => {
    const { dir } = folder();
    precompress(dir, { brotli: false });
    expect(readdirSync(path.join(dir, 'chunks')).sort()).toEqual(['app.js', 'app.js.gz']);
  });
});
