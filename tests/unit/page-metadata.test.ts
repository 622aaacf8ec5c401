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
