import type { Metadata } from 'next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { absoluteUrl, cardPaths, LOCAL_ORIGIN, pageMetadata } from '@/app/_lib/publishing/page-metadata';

const page = { path: '/chapters/second-round', title: 'Second round', description: 'A dek.', type: 'article' as const, card: { path: cardPaths.chapter('second-round'), alt: 'Second round: a map' } };

describe('page metadata', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('takes every absolute URL from SITE_URL', () => {
    vi.stubEnv('SITE_URL', 'https://story.example.org/');
    const metadata = pageMetadata(page);
    expect(metadata.alternates?.canonical).toBe('https://story.example.org/chapters/second-round');
    expect(metadata.openGraph).toMatchObject({
      type: 'article',
      url: 'https://story.example.org/chapters/second-round',
      title: 'Second round',
      description: 'A dek.',
      images: [{ url: 'https://story.example.org/cards/chapters/second-round.png', width: 1200, height: 630, alt: 'Second round: a map', type: 'image/png' }],
    });
    expect(metadata.twitter).toMatchObject({ card: 'summary_large_image', images: [{ url: 'https://story.example.org/cards/chapters/second-round.png', alt: 'Second round: a map' }] });
    expect(absoluteUrl('/sitemap.xml')).toBe('https://story.example.org/sitemap.xml');
  });

  it('uses npm start’s local origin without SITE_URL', () => {
    vi.stubEnv('SITE_URL', '');
    expect(pageMetadata(page).alternates?.canonical).toBe(`${LOCAL_ORIGIN}/chapters/second-round`);
  });

  it('gives a page without a card no image', () => {
    const { card: _, ...plain } = page;
    const metadata = pageMetadata(plain);
    expect(metadata.openGraph).not.toHaveProperty('images');
    expect(metadata.twitter).toMatchObject({ card: 'summary' });
  });
});

describe('the Arabic edition’s metadata', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('points og:image and twitter:image at the Arabic twin of the card', () => {
    vi.stubEnv('SITE_URL', 'https://story.example.org/');
    const metadata = pageMetadata({ ...page, lang: 'ar', card: { path: cardPaths.chapter('second-round'), alt: 'الجولة الثانية: خريطة' } });
    const url = 'https://story.example.org/ar/cards/chapters/second-round.png';
    expect(metadata.openGraph).toMatchObject({ images: [{ url, alt: 'الجولة الثانية: خريطة' }] });
    expect(metadata.twitter).toMatchObject({ images: [{ url, alt: 'الجولة الثانية: خريطة' }] });
    expect(metadata.openGraph).toMatchObject({ siteName: 'محادثات أستانا', locale: 'ar_SY' });
    expect(pageMetadata(page).openGraph).toMatchObject({ siteName: 'The Astana talks', images: [{ url: 'https://story.example.org/cards/chapters/second-round.png' }] });
  });

  it('gives every Arabic page with a card its Arabic card and alt text; the English pages keep theirs', async () => {
    vi.stubEnv('SITE_URL', 'https://story.example.org/');
    const { storyMetadata } = await import('@/app/_components/pages/story-page');
    const { chapterMetadata } = await import('@/app/_components/pages/chapter-page');
    const { placeMetadata } = await import('@/app/_components/pages/place-page');
    const { readerMetadata } = await import('@/app/_components/pages/reader-page');
    const imageOf = (metadata: Metadata) => (metadata.openGraph as { images: { url: string; alt: string }[] }).images[0]!;
    const twitterOf = (metadata: Metadata) => (metadata.twitter as { images: { url: string; alt: string }[] }).images[0]!;
    const pages = [
      [await storyMetadata('ar'), '/ar/cards/story.png'],
      [await readerMetadata('ar'), '/ar/cards/story.png'],
      [await chapterMetadata('ar', 'first-round'), '/ar/cards/chapters/first-round.png'],
      [await placeMetadata('ar', 'aleppo'), '/ar/cards/places/aleppo.png'],
    ] as const;
    for (const [metadata, path] of pages) {
      expect(imageOf(metadata).url).toBe(`https://story.example.org${path}`);
      expect(twitterOf(metadata).url).toBe(`https://story.example.org${path}`);
      expect(imageOf(metadata).alt).toMatch(/خريطة/);
      expect(imageOf(metadata).alt).not.toMatch(/[A-Za-z]/);
    }
    expect(imageOf(await placeMetadata('ar', 'aleppo')).alt).toBe('خريطة حلب، سوريا');
    const english = await chapterMetadata('en', 'first-round');
    expect(imageOf(english)).toEqual({
      url: 'https://story.example.org/cards/chapters/first-round.png',
      width: 1200,
      height: 630,
      type: 'image/png',
      alt: "In Astana, a first round of talks sets out to shore up Syria's truce: a map of Astana, Moscow, Ankara, Tehran, Damascus, Geneva",
    });
    expect(imageOf(await placeMetadata('en', 'aleppo')).alt).toBe('A map of Aleppo, Syria');
    expect(imageOf(await storyMetadata('en')).url).toBe('https://story.example.org/cards/story.png');
  });
});
