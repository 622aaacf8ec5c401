import { get, type IncomingHttpHeaders } from 'node:http';
import { expect, startMap, test } from './fixtures';
import { story } from './story-data';

/* The embed page itself, and what a publisher copies to embed a chapter (snippet, oEmbed). */

const [first, second] = story.chapters as [(typeof story.chapters)[0], (typeof story.chapters)[0]];

/** A GET with a Host header of our choosing (fetch and Playwright's request set their own). */
function getWithHost(base: string, path: string, host: string): Promise<{ status: number; headers: IncomingHttpHeaders; body: string }> {
  const url = new URL(path, base);
  return new Promise((resolve, reject) => {
    get({ hostname: url.hostname, port: url.port, path: `${url.pathname}${url.search}`, headers: { host } }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    }).on('error', reject);
  });
}

test.describe('the embed page', () => {
  test('starts at ?step=<n> or ?step=<id>, and links to the full story in the top window', async ({ page }) => {
    await page.goto(`/embed/${second.slug}?step=3`);
    await expect(page.locator('[data-story-map]')).toHaveAttribute('data-active-step', second.steps[2]!.id);
    await expect(page.locator('[data-embed-counter]')).toHaveText(`Step 3 of ${second.steps.length}`);
    await expect(page.locator('[data-step]:visible')).toHaveCount(1);
    const more = page.getByRole('link', { name: 'Read the full story' });
    await expect(more).toHaveAttribute('href', `/chapters/${second.slug}#${second.steps[2]!.id}`);
    await expect(more).toHaveAttribute('target', '_top');

    await page.goto(`/embed/${second.slug}?step=${second.steps[4]!.id}`);
    await expect(page.locator('[data-embed-counter]')).toHaveText(`Step 5 of ${second.steps.length}`);
  });

  for (const width of [300, 1200]) {
    test(`works at ${width} px wide`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`/embed/${first.slug}`);
      await startMap(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.getByRole('button', { name: /Next/ }).click();
      await expect(page.locator('[data-story-map]')).toHaveAttribute('data-active-step', first.steps[1]!.id);
      await expect(page.getByRole('button', { name: /Previous/ })).toBeInViewport();
    });
  }

  test('without JavaScript it shows every step of the chapter', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/embed/${first.slug}`);
    await expect(page.locator('[data-step]:visible')).toHaveCount(first.steps.length);
    await context.close();
  });

  test('unknown embeds are 404', async ({ page, consoleErrors }) => {
    expect((await page.goto('/embed/no-such-chapter'))?.status()).toBe(404);
    consoleErrors.length = 0;
  });

});

test.describe('sharing a chapter', () => {
  test('the Embed button shows the snippet and the iframe code', async ({ page, baseURL }) => {
    await page.goto(`/chapters/${first.slug}`);
    await page.getByRole('button', { name: 'Embed this chapter' }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed this chapter' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel('Snippet')).toHaveValue(`<div data-astana-story="${first.slug}"></div>\n<script async src="${baseURL}/embed.js"></script>`);
    await expect(dialog.getByLabel('Iframe')).toHaveValue(new RegExp(`^<iframe src="${baseURL}/embed/${first.slug}"`));
    await expect(dialog.getByRole('button', { name: 'Copy snippet' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  test('oEmbed takes its origin from configuration, never from a Host header', async ({ baseURL }) => {
    const port = new URL(baseURL!).port;
    const path = `/oembed?format=json&url=${encodeURIComponent(`/chapters/${second.slug}`)}`;
    // This build has no SITE_URL: any host but a loopback one is refused, and says why.
    for (const host of ['evil.example', `evil.example:${port}`, `127.0.0.1.evil.example:${port}`, 'localhost.evil.example', 'evil.example@localhost', `localhost:${port}/x`]) {
      const answer = await getWithHost(baseURL!, path, host);
      expect(answer.status, host).toBe(400);
      expect(answer.body, host).toMatch(/SITE_URL/);
      expect(answer.body, host).not.toContain('evil');
      expect(answer.headers['cache-control'], host).toBe('no-store');
    }
    // Loopback hosts work for local development; those answers depend on the Host, so no cache keeps them.
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `127.9.9.9:${port}`, `[::1]:${port}`]) {
      const answer = await getWithHost(baseURL!, path, host);
      expect(answer.status, host).toBe(200);
      const body = JSON.parse(answer.body);
      expect(body.html, host).toContain(`src="http://${host}/embed/${second.slug}"`);
      expect(body.provider_url, host).toBe(`http://${host}/`);
      expect(body.cache_age, host).toBeUndefined();
      expect(answer.headers['cache-control'], host).toBe('no-store');
      expect(answer.headers.vary, host).toMatch(/\bhost\b/i);
    }
  });

  test('oEmbed never exceeds maxwidth or maxheight, and refuses bad ones', async ({ request, baseURL }) => {
    const url = `/oembed?format=json&url=${encodeURIComponent(`${baseURL}/chapters/${first.slug}`)}`;
    for (const [query, maxWidth, maxHeight] of [['&maxwidth=400&maxheight=500', 400, 500], ['&maxheight=600', Infinity, 600], ['&maxwidth=350.9', 350, Infinity], ['&maxwidth=5000&maxheight=5000', 5000, 5000]] as const) {
      const response = await request.get(url + query);
      expect(response.status(), query).toBe(200);
      const body = await response.json();
      expect(body.width, query).toBeGreaterThanOrEqual(300);
      expect(body.width, query).toBeLessThanOrEqual(maxWidth);
      expect(body.height, query).toBeLessThanOrEqual(maxHeight);
      expect(body.html, query).toContain(`width="${body.width}" height="${body.height}"`);
    }
    // Too small for a readable chapter: 501, as oEmbed asks when the bounds cannot be met.
    for (const query of ['&maxwidth=200', '&maxwidth=299', '&maxheight=400', '&maxwidth=640&maxheight=480']) {
      expect((await request.get(url + query)).status(), query).toBe(501);
    }
    for (const query of ['&maxheight=-5', '&maxwidth=0', '&maxwidth=abc', '&maxwidth=', '&maxheight=NaN', '&maxwidth=1e3', '&maxwidth=-400']) {
      expect((await request.get(url + query)).status(), query).toBe(400);
    }
  });

  test("every chapter's oEmbed discovery link answers with an iframe of its embed", { tag: '@publisher' }, async ({ page, request, baseURL }) => {
    for (const chapter of story.chapters) {
      await page.goto(`/chapters/${chapter.slug}`);
      const href = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href');
      const response = await request.get(new URL(href!, baseURL).href);
      expect(response.status(), href!).toBe(200);
      expect(response.headers()['content-type']).toMatch(/application\/json/);
      expect(response.headers()['access-control-allow-origin']).toBe('*');
      const body = await response.json();
      expect(body).toMatchObject({ version: '1.0', type: 'rich', title: chapter.title, provider_url: `${baseURL}/` });
      expect(body.html).toContain(`src="${baseURL}/embed/${chapter.slug}"`);
    }
  });

  test('oEmbed answers for every chapter and is discoverable', async ({ page, request, baseURL }) => {
    for (const chapter of story.chapters) {
      const response = await request.get(`/oembed?format=json&url=${encodeURIComponent(`${baseURL}/chapters/${chapter.slug}`)}`);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toMatch(/application\/json/);
      const body = await response.json();
      expect(body).toMatchObject({ version: '1.0', type: 'rich', title: chapter.title, provider_name: expect.any(String), provider_url: `${baseURL}/` });
      expect(body.width).toBeGreaterThan(0);
      expect(body.height).toBeGreaterThan(0);
      expect(body.html).toContain(`src="${baseURL}/embed/${chapter.slug}"`);
    }
    const narrow = await (await request.get(`/oembed?url=${encodeURIComponent(`${baseURL}/embed/${first.slug}`)}&maxwidth=400`)).json();
    expect(narrow.width).toBe(400);

    await page.goto(`/chapters/${second.slug}`);
    const href = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href');
    const discovered = await request.get(new URL(href!, baseURL).href);
    expect((await discovered.json()).title).toBe(second.title);

    expect((await request.get(`/oembed?url=${encodeURIComponent('https://example.com/chapters/first-round')}`)).status()).toBe(404);
    expect((await request.get(`/oembed?url=${encodeURIComponent(`${baseURL}/chapters/nope`)}`)).status()).toBe(404);
    expect((await request.get(`/oembed?format=xml&url=${encodeURIComponent(`${baseURL}/chapters/${first.slug}`)}`)).status()).toBe(501);
  });
});
