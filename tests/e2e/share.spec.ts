import type { Page } from '@playwright/test';
import { allSteps, story } from './story-data';
import { expect, test } from './fixtures';

/*
 * Sharing: a "Copy link" per step, share-card metadata, canonical URLs, sitemap and robots.
 * This build has no SITE_URL: absolute URLs in metadata use npm start's origin (docs/embedding.md, SITE_URL).
 */

const first = allSteps[0]!;
const chapter = story.chapters[1]!;
const place = story.gazetteer.places[0]!;
const LOCAL = 'http://localhost:3000';

/** Presses Tab until the element matching `selector` has focus. */
async function tabTo(page: Page, selector: string) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

const activeStep = (page: Page) => page.locator('[data-step][aria-current="step"]').getAttribute('data-step');

test.describe('Copy link', () => {
  test('copies a step’s URL from the keyboard, says so politely, and leaves J/K to the story', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/');
    const button = page.locator(`button[data-step-link="${first.id}"]`);
    await expect(button).toHaveText('Copy link');
    await tabTo(page, `button[data-step-link="${first.id}"]`);
    await page.keyboard.press('Enter');
    const status = page.locator(`[data-step="${first.id}"] [role="status"]`);
    await expect(status).toHaveText('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/#${first.id}`);
    // The map's own live region is left alone.
    await expect(page.locator('[data-story-map] [aria-live]').filter({ hasText: 'Link copied' })).toHaveCount(0);
    // Keys still move the story while the button has focus.
    await expect.poll(() => activeStep(page)).toBe(first.id);
    await page.keyboard.press('j');
    await expect.poll(() => activeStep(page)).toBe(allSteps[1]!.id);
    // The page's address is the chapter's on a chapter page.
    await page.goto(`/chapters/${chapter.slug}`);
    const step = chapter.steps[1]!;
    await page.locator(`button[data-step-link="${step.id}"]`).click();
    await expect(page.locator(`[data-step="${step.id}"] [role="status"]`)).toHaveText('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/chapters/${chapter.slug}#${step.id}`);
  });

  test('shows the URL selected when the clipboard is refused', async ({ page, baseURL }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) } });
    });
    await page.goto('/');
    await tabTo(page, `button[data-step-link="${first.id}"]`);
    await page.keyboard.press('Enter');
    const field = page.locator(`[data-step="${first.id}"] input[readonly]`);
    await expect(field).toBeFocused();
    await expect(field).toHaveValue(`${baseURL}/#${first.id}`);
    expect(await field.evaluate((input: HTMLInputElement) => [input.selectionStart, input.selectionEnd])).toEqual([0, `${baseURL}/#${first.id}`.length]);
    await expect(page.locator(`[data-step="${first.id}"] [role="status"]`)).toHaveText('Copy the selected link');
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('is a plain link to the step', async ({ page }) => {
      await page.goto('/');
      await expect(page.locator(`a[data-step-link="${first.id}"]`)).toHaveAttribute('href', `#${first.id}`);
      await expect(page.locator('button[data-step-link]')).toHaveCount(0);
    });
  });
});

/** The PNG's size, from its IHDR chunk. */
function pngSize(png: Buffer) {
  return { signature: png.subarray(1, 4).toString('latin1'), width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

test.describe('share metadata', () => {
  const pages = [
    { path: '/', type: 'website', card: '/cards/story.png' },
    { path: `/chapters/${chapter.slug}`, type: 'article', card: `/cards/chapters/${chapter.slug}.png` },
    { path: `/places/${place.id}`, type: 'website', card: `/cards/places/${place.id}.png` },
    { path: '/read', type: 'website', card: '/cards/story.png' },
  ];

  for (const { path, type, card } of pages) {
    test(`${path} has a canonical URL and a 1200×630 card`, async ({ page, request }) => {
      await page.goto(path);
      const head = page.locator('head');
      const meta = (key: string) => head.locator(`meta[property="${key}"], meta[name="${key}"]`).first().getAttribute('content');
      // Next writes the root's URL without its slash; both are the same URL.
      const href = async (value: string | null | Promise<string | null>) => new URL((await value) ?? '').href;
      expect(await href(head.locator('link[rel="canonical"]').getAttribute('href'))).toBe(`${LOCAL}${path}`);
      expect(await href(meta('og:url'))).toBe(`${LOCAL}${path}`);
      expect(await meta('og:type')).toBe(type);
      expect(await meta('og:title')).toBeTruthy();
      expect(await meta('og:description')).toBeTruthy();
      expect(await meta('og:image')).toBe(`${LOCAL}${card}`);
      expect(await meta('og:image:width')).toBe('1200');
      expect(await meta('og:image:height')).toBe('630');
      expect(await meta('og:image:alt')).toMatch(/a map of/i);
      expect(await meta('twitter:card')).toBe('summary_large_image');
      expect(await meta('twitter:image')).toBe(`${LOCAL}${card}`);
      const image = await request.get(card);
      expect(image.headers()['content-type']).toBe('image/png');
      expect(pngSize(await image.body())).toEqual({ signature: 'PNG', width: 1200, height: 630 });
    });
  }

  test('an embed is noindex, points at its chapter and has no card', async ({ page }) => {
    await page.goto(`/embed/${chapter.slug}`);
    const head = page.locator('head');
    await expect(head.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    await expect(head.locator('link[rel="canonical"]')).toHaveAttribute('href', `${LOCAL}/chapters/${chapter.slug}`);
    await expect(head.locator('meta[property^="og:image"], meta[name^="twitter:image"]')).toHaveCount(0);
  });

  test('no card is fetched by a reader, before or after the map starts', async ({ page }) => {
    const cards: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname.startsWith('/cards/')) cards.push(r.url());
    });
    for (const path of ['/', `/chapters/${chapter.slug}`, `/places/${place.id}`]) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
    }
    // The story's map starts on the first interaction: a card must not come with it either.
    await page.goto('/');
    await page.mouse.wheel(0, 200);
    await expect(page.locator('[data-story-map]')).toHaveAttribute('data-state', 'ready', { timeout: 20_000 });
    await page.waitForLoadState('networkidle');
    expect(cards).toEqual([]);
  });
});

test.describe('sitemap and robots', () => {
  test('sitemap.xml is XML listing every page of both editions with absolute URLs', async ({ request }) => {
    const response = await request.get('/sitemap.xml');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/xml; charset=utf-8');
    const xml = await response.text();
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/);
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    const english = [`${LOCAL}/`, `${LOCAL}/read`, `${LOCAL}/chapters/${chapter.slug}`, `${LOCAL}/places/${place.id}`];
    const arabic = [`${LOCAL}/ar`, `${LOCAL}/ar/read`, `${LOCAL}/ar/chapters/${chapter.slug}`, `${LOCAL}/ar/places/${place.id}`];
    expect(locs).toEqual(expect.arrayContaining([...english, ...arabic]));
    // Both editions, every page once.
    expect(locs).toHaveLength(2 * (2 + story.chapters.length + story.gazetteer.places.length));
    expect(new Set(locs).size).toBe(locs.length);
  });

  test('robots.txt is plain text naming the sitemap', async ({ request }) => {
    const response = await request.get('/robots.txt');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^text\/plain/);
    expect(await response.text()).toContain(`Sitemap: ${LOCAL}/sitemap.xml`);
  });
});
