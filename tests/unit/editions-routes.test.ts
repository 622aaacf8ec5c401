import { afterEach, describe, expect, it, vi } from 'vitest';
import { alternatePaths, editionPath, splitEditionPath, twinPath } from '@/app/_lib/edition/edition';
import { STRINGS } from '@/app/_lib/edition/strings';
import { formatDateRange } from '@/app/_lib/content/dates';
import { loadEditions } from '@/app/_lib/content/loader.server';
import { chapterOf, oembedDiscoveryHref, oembedResponse } from '@/app/_lib/publishing/oembed';
import { pageMetadata } from '@/app/_lib/publishing/page-metadata';
import { editionSitemapEntries } from '@/app/_lib/publishing/sitemap';
import { root } from './repo';

/*
 * The Arabic edition's addresses: every page has a twin under /ar, pages link to the same
 * step in the other edition, metadata names both, the sitemap lists both (issue 27, item 1).
 */

describe('paths between editions', () => {
  it('puts the Arabic twin of every page under /ar, and English at the root as it was', () => {
    expect(editionPath('ar', '/')).toBe('/ar');
    expect(editionPath('ar', '/chapters/first-round')).toBe('/ar/chapters/first-round');
    expect(editionPath('ar', '/embed/first-round')).toBe('/ar/embed/first-round');
    expect(editionPath('en', '/places/astana')).toBe('/places/astana');
  });

  it('reads the edition off a path without mistaking a longer segment for it', () => {
    expect(splitEditionPath('/ar')).toEqual({ lang: 'ar', path: '/' });
    expect(splitEditionPath('/ar/read')).toEqual({ lang: 'ar', path: '/read' });
    expect(splitEditionPath('/ar#s1')).toEqual({ lang: 'ar', path: '/#s1' });
    expect(splitEditionPath('/arabic')).toEqual({ lang: 'en', path: '/arabic' });
    expect(splitEditionPath('/read')).toEqual({ lang: 'en', path: '/read' });
  });

  it('links to the same page and step in the other edition, both ways', () => {
    expect(twinPath('/chapters/first-round#first-round-astana', 'ar')).toBe('/ar/chapters/first-round#first-round-astana');
    expect(twinPath('/ar/chapters/first-round#first-round-astana', 'en')).toBe('/chapters/first-round#first-round-astana');
    expect(twinPath('/', 'ar')).toBe('/ar');
    expect(twinPath('/ar', 'en')).toBe('/');
    expect(twinPath('/#s2', 'ar')).toBe('/ar#s2');
  });

  it('gives hreflang alternates for each edition and English as x-default', () => {
    expect(alternatePaths('/read')).toEqual({ en: '/read', ar: '/ar/read', 'x-default': '/read' });
  });
});

describe('metadata per edition', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('gives each edition its own canonical and names the other in hreflang', () => {
    vi.stubEnv('SITE_URL', 'https://story.example.org');
    const input = { path: '/chapters/second-round', title: 't', description: 'd' };
    const languages = {
      en: 'https://story.example.org/chapters/second-round',
      ar: 'https://story.example.org/ar/chapters/second-round',
      'x-default': 'https://story.example.org/chapters/second-round',
    };
    const english = pageMetadata(input);
    expect(english.alternates).toEqual({ canonical: languages.en, languages });
    const arabic = pageMetadata({ ...input, lang: 'ar' });
    expect(arabic.alternates).toEqual({ canonical: languages.ar, languages });
    expect(arabic.openGraph).toMatchObject({ url: languages.ar, locale: 'ar_SY' });
  });
});

describe('both editions in the sitemap', () => {
  it('lists every English page and its Arabic twin', async () => {
    const editions = await loadEditions({ root });
    const locs = editionSitemapEntries(editions, 'https://s.example').map((entry) => entry.loc);
    expect(locs).toContain('https://s.example/');
    expect(locs).toContain('https://s.example/ar');
    expect(locs).toContain('https://s.example/ar/read');
    for (const chapter of editions.ar.chapters) expect(locs).toContain(`https://s.example/ar/chapters/${chapter.slug}`);
    expect(locs).toContain('https://s.example/ar/places/astana');
    expect(locs.filter((loc) => loc.startsWith('https://s.example/ar')).length).toBe(2 + editions.ar.chapters.length + editions.ar.gazetteer.places.length);
  });
});

describe('oEmbed for Arabic chapters', () => {
  it('reads the edition from a chapter or embed URL', () => {
    expect(chapterOf('https://s.example/ar/chapters/second-round', 'https://s.example')).toEqual({ slug: 'second-round', lang: 'ar' });
    expect(chapterOf('/ar/embed/second-round', 'https://s.example')).toEqual({ slug: 'second-round', lang: 'ar' });
    expect(chapterOf('/chapters/second-round', 'https://s.example')).toEqual({ slug: 'second-round', lang: 'en' });
    expect(chapterOf('/arx/chapters/second-round', 'https://s.example')).toBeUndefined();
  });

  it('answers with the Arabic embed, and the Arabic page announces its own answer', () => {
    const body = oembedResponse({ origin: 'https://s.example', slug: 'first-round', title: 'ع', width: 640, height: 700, lang: 'ar' });
    expect(body.html).toContain('src="https://s.example/ar/embed/first-round"');
    expect(body.provider_url).toBe('https://s.example/ar');
    expect(oembedDiscoveryHref('first-round', 'https://s.example', true, 'ar')).toBe('https://s.example/oembed/ar/first-round.json');
    expect(oembedDiscoveryHref('first-round', null, false, 'ar')).toBe(`/oembed?format=json&url=${encodeURIComponent('/ar/chapters/first-round')}`);
  });
});

describe('the Arabic edition’s words', () => {
  it('writes dates with Intl in Arabic, in the Western digits and Levantine months of content/ar', () => {
    expect(formatDateRange('2017-01-23', '2017-01-24', 'ar')).toBe('23–24 كانون الثاني 2017');
    expect(formatDateRange('2017-03-14', undefined, 'ar')).toBe('14 آذار 2017');
    expect(formatDateRange('2017-01-23', '2017-01-24')).toBe('23–24 January 2017');
  });

  it('has every interface string in both editions, the Arabic ones in Arabic', () => {
    expect(Object.keys(STRINGS.ar).sort()).toEqual(Object.keys(STRINGS.en).sort());
    for (const [key, value] of Object.entries(STRINGS.ar)) {
      const text =
        key === 'mapOf'
          ? STRINGS.ar.mapOf(['x'])
          : key === 'cardMapAlt'
            ? STRINGS.ar.cardMapAlt('x', ['y'])
            : typeof value === 'function'
              ? (value as (...args: unknown[]) => string)('x', 1)
              : value;
      // A table (the kinds of place, MapLibre's words): every entry, and the same keys as the English one.
      if (typeof text === 'object') {
        const entries = Object.values(text as Record<string, string>);
        expect(entries.length, key).toBeGreaterThan(0);
        for (const entry of entries) expect(entry, key).toMatch(/[\u0600-\u06FF]/);
        const english = Object.keys(STRINGS.en[key as keyof typeof STRINGS.en] as object);
        // English patches MapLibre with nothing: its defaults are English.
        if (english.length) expect(Object.keys(text as object).sort(), key).toEqual(english.sort());
      } else if (text) expect(text, key).toMatch(/[\u0600-\u06FF]/);
    }
  });
});
