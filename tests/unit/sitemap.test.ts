import { describe, expect, it } from 'vitest';
import { loadStory } from '@/app/_lib/content/loader.server';
import { MAX_LOC_LENGTH, MAX_URLS, SITEMAP_NAMESPACE, sitemapEntries, sitemapXml, type SitemapEntry } from '@/app/_lib/publishing/sitemap';
import { root } from './repo';

/** The sitemap protocol (sitemaps.org 0.9), checked on the document's text. */
function expectValidSitemap(xml: string) {
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
  expect(Buffer.from(xml, 'utf8').toString('utf8')).toBe(xml);
  const body = xml.replace(/^<\?xml[^>]*\?>\s*/, '').trim();
  const urlset = body.match(/^<urlset xmlns="([^"]+)">([\s\S]*)<\/urlset>$/);
  expect(urlset?.[1]).toBe(SITEMAP_NAMESPACE);
  const urls = [...urlset![2]!.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => m[1]!);
  // Nothing but <url> elements inside <urlset>.
  expect(urlset![2]!.replace(/<url>[\s\S]*?<\/url>/g, '').trim()).toBe('');
  expect(urls.length).toBeGreaterThan(0);
  expect(urls.length).toBeLessThanOrEqual(MAX_URLS);
  const locs = urls.map((url) => {
    const loc = url.match(/^<loc>([^<]*)<\/loc>(?:<lastmod>([^<]*)<\/lastmod>)?$/);
    expect(loc, url).not.toBeNull();
    // Entity-escaped: a bare & or a quote would make the document invalid.
    expect(loc![1]).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)|["'<>]/);
    const href = loc![1]!.replace(/&amp;/g, '&');
    expect(href.length).toBeLessThanOrEqual(MAX_LOC_LENGTH);
    expect(new URL(href).href, 'absolute').toBe(href);
    if (loc![2] !== undefined) expect(loc![2]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    return href;
  });
  expect(new Set(locs).size, 'no URL twice').toBe(locs.length);
  return locs;
}

describe('sitemap.xml', () => {
  it('lists the story, the reader view, every chapter and every place, with their dates', async () => {
    const story = await loadStory({ root });
    const xml = sitemapXml(sitemapEntries(story, 'https://story.example.org'));
    const locs = expectValidSitemap(xml);
    expect(locs).toEqual([
      'https://story.example.org/',
      'https://story.example.org/read',
      ...story.chapters.map((c) => `https://story.example.org/chapters/${c.slug}`),
      ...story.gazetteer.places.map((p) => `https://story.example.org/places/${p.id}`),
    ]);
    const first = story.chapters[0]!;
    expect(xml).toContain(`<loc>https://story.example.org/chapters/${first.slug}</loc><lastmod>${first.dates.end ?? first.dates.start}</lastmod>`);
  });

  it('is the same document every time: no date comes from the clock', async () => {
    const story = await loadStory({ root });
    const entries = sitemapEntries(story, 'https://story.example.org');
    const lastmods = new Set(entries.map((e) => e.lastmod));
    const chapterDates = new Set(story.chapters.flatMap((c) => [c.dates.start, c.dates.end].filter(Boolean)));
    for (const date of lastmods) expect(chapterDates.has(date), date).toBe(true);
  });

  it('escapes what XML needs escaped', () => {
    const xml = sitemapXml([{ loc: 'https://story.example.org/?a=1&b=<2>', lastmod: '2017-01-23' }]);
    expect(xml).toContain('<loc>https://story.example.org/?a=1&amp;b=&lt;2&gt;</loc>');
    expectValidSitemap(xml);
  });

  it('refuses to write past the protocol’s limits', () => {
    const entry: SitemapEntry = { loc: 'https://story.example.org/', lastmod: '2017-01-23' };
    expect(() => sitemapXml(Array.from({ length: MAX_URLS + 1 }, () => entry))).toThrow(/at most 50000 URLs/);
    expect(() => sitemapXml([{ ...entry, loc: `https://story.example.org/${'a'.repeat(MAX_LOC_LENGTH)}` }])).toThrow(/longer than 2048/);
  });
});
