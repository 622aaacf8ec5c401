import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEditions, loadStory } from '@/app/_lib/content/loader.server';
import { root } from './repo';

const fixtures = path.join(root, 'tests/fixtures');
const fixture = { root, contentDir: path.join(fixtures, 'content/arabic'), gazetteerFile: path.join(fixtures, 'geo/places-ar.json'), areasFile: path.join(fixtures, 'geo/areas.json') };

describe('the Arabic edition, through the one loader', () => {
  it('loads content/ar with the English loader, a language apart', async () => {
    const story = await loadStory({ ...fixture, lang: 'ar' });
    expect(story.chapters.map((c) => c.file)).toEqual(['tests/fixtures/content/arabic/ar/one.mdx']);
    const [first] = story.chapters[0]!.steps;
    // A translated quote reads as a quote wherever the step is plain text.
    expect(first!.text).toContain('«غير بعيدة»');
    expect(story.gazetteer.byId.get('astana')?.ar?.name).toBe('أستانا');
  });

  it('gives both editions of the real story, step for step', async () => {
    const { en, ar } = await loadEditions({ root, includeDrafts: false });
    expect(ar.chapters.map((c) => c.slug)).toEqual(en.chapters.map((c) => c.slug));
    expect(ar.chapters.map((c) => c.steps.map((s) => s.id))).toEqual(en.chapters.map((c) => c.steps.map((s) => s.id)));
    expect(ar.chapters.every((c) => c.file.startsWith('content/ar/'))).toBe(true);
  });

  it('leaves the English story as it was: English files, no Arabic text', async () => {
    const story = await loadStory({ root, includeDrafts: false });
    expect(story.chapters.every((c) => /^content\/[^/]+\.mdx$/.test(c.file))).toBe(true);
    expect(story.chapters.flatMap((c) => c.steps).some((s) => /[\u0600-\u06FF]/.test(s.text))).toBe(false);
  });
});
