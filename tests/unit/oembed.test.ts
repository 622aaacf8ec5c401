import { afterEach, describe, expect, it, vi } from 'vitest';
import { NextRequest } from 'next/server';
import { chapterSlugOf, embedHeight, fitEmbed, parseBound } from '@/app/_lib/publishing/oembed';
import { GET } from '@/app/oembed/route.dynamic';

describe('oEmbed sizes', () => {
  it('reads maxwidth and maxheight as positive pixels, and refuses anything else', () => {
    expect(parseBound(null)).toBeUndefined();
    expect(parseBound('400')).toBe(400);
    expect(parseBound('400.9')).toBe(400);
    // A float would round this up to 488, over the bound as written.
    expect(parseBound('487.99999999999999999')).toBe(487);
    expect(parseBound('0.99999999999999999999')).toBe('invalid');
    for (const value of ['', '0', '0.5', '-5', 'abc', '1e3', 'NaN', 'Infinity', ' 400', '9999999999']) expect(parseBound(value), value).toBe('invalid');
  });

  it('never exceeds the bounds, keeping the chapter whole', () => {
    expect(fitEmbed()).toEqual({ width: 640, height: embedHeight(640) });
    expect(fitEmbed(400)).toEqual({ width: 400, height: 550 });
    expect(fitEmbed(400, 500)).toEqual({ width: 320, height: 500 });
    for (const maxHeight of [488, 489, 501, 599, 700]) {
      const size = fitEmbed(undefined, maxHeight)!;
      expect(size.height, String(maxHeight)).toBeLessThanOrEqual(maxHeight);
      expect(embedHeight(size.width + 1), String(maxHeight)).toBeGreaterThan(maxHeight);
    }
  });

  it('gives up when even the narrowest chapter does not fit', () => {
    expect(fitEmbed(299)).toBeNull();
    expect(fitEmbed(undefined, 487)).toBeNull();
    expect(fitEmbed(300, 488)).toEqual({ width: 300, height: 488 });
  });
});

describe('oEmbed urls', () => {
  it('name a chapter or an embed of our origin', () => {
    const origin = 'https://story.example.org';
    expect(chapterSlugOf('https://story.example.org/chapters/second-round', origin)).toBe('second-round');
    expect(chapterSlugOf('/embed/second-round/', origin)).toBe('second-round');
    expect(chapterSlugOf('https://evil.example/chapters/second-round', origin)).toBeUndefined();
    expect(chapterSlugOf('https://story.example.org/places/astana', origin)).toBeUndefined();
    expect(chapterSlugOf('http://[bad', origin)).toBeUndefined();
  });
});

describe('the oEmbed route with SITE_URL', () => {
  afterEach(() => vi.unstubAllEnvs());

  const ask = (host: string, query: string) =>
    GET(new NextRequest(`http://${host}/oembed?${query}`, { headers: { host } }));

  it('answers with SITE_URL whatever the Host header says, cacheably', async () => {
    vi.stubEnv('SITE_URL', 'https://story.example.org/');
    const response = await ask('evil.example', `url=${encodeURIComponent('https://story.example.org/chapters/second-round')}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=86400');
    expect(response.headers.get('vary')).toBeNull();
    const body = await response.json();
    expect(body.html).toContain('src="https://story.example.org/embed/second-round"');
    expect(body.provider_url).toBe('https://story.example.org/');
    expect(body.cache_age).toBe(86400);
    expect(JSON.stringify(body)).not.toContain('evil');

    // A url on the requested host is not ours.
    expect((await ask('evil.example', `url=${encodeURIComponent('http://evil.example/chapters/second-round')}`)).status).toBe(404);
  });

  it('without SITE_URL refuses hosts other than loopback ones', async () => {
    vi.stubEnv('SITE_URL', '');
    const refused = await ask('evil.example', 'url=/chapters/second-round');
    expect(refused.status).toBe(400);
    expect(await refused.text()).toMatch(/SITE_URL is not configured/);
    const local = await ask('localhost:3000', 'url=/chapters/second-round');
    expect(local.status).toBe(200);
    expect(local.headers.get('cache-control')).toBe('no-store');
    expect((await local.json()).html).toContain('src="http://localhost:3000/embed/second-round"');
  });
});
