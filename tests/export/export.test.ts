import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPORT_ORIGIN } from '../ports';
import { story } from '../e2e/story-data';

const root = path.resolve(import.meta.dirname, '../..');
const out = path.join(root, 'out');

/** Runs `npm run export` for the origin the browser tests serve it on (nginx, tests/ports.ts). */
function exportSite() {
  const result = spawnSync(process.execPath, ['app/_cli/export.mjs'], { cwd: root, encoding: 'utf8', env: { ...process.env, SITE_URL: EXPORT_ORIGIN } });
  expect(result.status, result.stderr).toBe(0);
}

/** Every file of the export with the sha256 of its bytes. */
function digests(dir: string, prefix = ''): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const relative = path.join(prefix, entry.name);
    if (entry.isDirectory()) Object.assign(files, digests(dir, relative));
    else files[relative] = createHash('sha256').update(readFileSync(path.join(dir, relative))).digest('hex');
  }
  return files;
}

describe('the static export', () => {
  // Two full builds: this is the slow part of `npm test`, and it leaves out/ for the browser tests.
  it('is the same files, byte for byte, when exported twice from unchanged sources', () => {
    exportSite();
    const first = digests(out);
    exportSite();
    expect(digests(out)).toEqual(first);
  });

  it('holds every page, embed, map, loader and oEmbed answer, and its headers file', () => {
    const chapters = story.chapters.map((chapter) => chapter.slug);
    const expected = [
      'index.html', '404.html', 'read.html', 'embed.js', 'maplibre-gl-worker.mjs', 'basemap/basemap.json', '_headers', '_redirects',
      'places/astana.html',
      ...chapters.flatMap((slug) => [`chapters/${slug}.html`, `embed/${slug}.html`, `embed/${slug}/steps.json`, `oembed/${slug}.json`]),
      ...story.chapters.flatMap((chapter) => chapter.steps.map((step) => `read/maps/${step.id}.svg`)),
      // Share cards of both editions: the Arabic pages' og:image points at /ar/cards/.
      ...['', 'ar/'].flatMap((edition) => [
        `${edition}cards/story.png`,
        `${edition}cards/places/aleppo.png`,
        ...chapters.map((slug) => `${edition}cards/chapters/${slug}.png`),
      ]),
    ];
    for (const file of expected) expect(existsSync(path.join(out, file)), file).toBe(true);

    for (const slug of chapters) {
      const html = readFileSync(path.join(out, `chapters/${slug}.html`), 'utf8');
      expect(html).toContain(`<link rel="alternate" type="application/json+oembed" href="${EXPORT_ORIGIN}/oembed/${slug}.json"`);
      const answer = JSON.parse(readFileSync(path.join(out, `oembed/${slug}.json`), 'utf8'));
      expect(answer).toMatchObject({ version: '1.0', type: 'rich', width: 640, height: 700, provider_url: `${EXPORT_ORIGIN}/` });
      expect(answer.html).toContain(`src="${EXPORT_ORIGIN}/embed/${slug}"`);
    }
    // embed.js frames and trusts the export's origin, not the one `npm run build` baked into public/.
    expect(readFileSync(path.join(out, 'embed.js'), 'utf8')).toContain(JSON.stringify(EXPORT_ORIGIN));
  });
});
