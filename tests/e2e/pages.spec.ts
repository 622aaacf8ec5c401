import { expect, expectNotFound, expectSecurityHeaders, test } from './fixtures';
import { allSteps, story } from './story-data';

test('the story page shows every chapter in order, with its date and source', async ({ page }) => {
  await page.goto('/');
  const chapters = page.locator('article[data-chapter]');
  await expect(chapters).toHaveCount(5);
  for (const [index, chapter] of story.chapters.entries()) {
    const article = chapters.nth(index);
    await expect(article).toHaveAttribute('data-chapter', chapter.slug);
    await expect(article.getByRole('heading', { level: 2 })).toHaveText(chapter.title);
    await expect(article.locator('time')).toHaveAttribute('datetime', chapter.dates.start);
    await expect(article.locator('.chapter-source')).toContainText(chapter.source.outlet ?? 'outlet not named');
    await expect(article.locator('[data-step]')).toHaveCount(chapter.steps.length);
  }
});

test('a chapter page renders its steps with their places', async ({ page }) => {
  const chapter = story.chapters[2]!;
  await page.goto(`/chapters/${chapter.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(chapter.title);
  await expect(page).toHaveTitle(new RegExp(chapter.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  const steps = page.locator('[data-step]');
  await expect(steps).toHaveCount(chapter.steps.length);
  for (const [index, step] of chapter.steps.entries()) {
    await expect(steps.nth(index)).toHaveAttribute('data-step', step.id);
    await expect(steps.nth(index)).toHaveAttribute('data-places', step.places.join(','));
  }
  await expect(page.getByRole('link', { name: /The whole story/ })).toHaveAttribute('href', '/');
});

test('each step lists its connections in data-routes, in the order declared, and has none without them', async ({ page }) => {
  await page.goto('/');
  const withRoutes = page.locator('[data-step][data-routes]');
  await expect(withRoutes).toHaveCount(allSteps.filter((step) => step.routes.length > 0).length);
  for (const step of allSteps) {
    const element = page.locator(`[data-step="${step.id}"]`);
    if (step.routes.length === 0) {
      await expect(element).not.toHaveAttribute('data-routes');
      continue;
    }
    // `from>to` when directed, `from-to` when not, comma-separated.
    const expected = step.routes.map((route) => `${route.from}${route.directed ? '>' : '-'}${route.to}`).join(',');
    await expect(element).toHaveAttribute('data-routes', expected);
    // Both ends of every connection are among the step's places, which is how a reader splits `al-bab-manbij`.
    const places = (await element.getAttribute('data-places'))!.split(',');
    for (const route of step.routes) expect(places).toEqual(expect.arrayContaining([route.from, route.to]));
  }
  // The contract's two spellings, on content that has both.
  const sequence = allSteps.find((step) => step.routes.length > 1 && step.routes.every((r, i) => r.directed && (i === 0 || step.routes[i - 1]!.to === r.from)))!;
  await expect(page.locator(`[data-step="${sequence.id}"]`)).toHaveAttribute('data-routes', /^[a-z0-9-]+>[a-z0-9-]+,[a-z0-9-]+>[a-z0-9-]+/);
  const undirected = allSteps.find((step) => step.routes.some((r) => !r.directed))!;
  const route = undirected.routes.find((r) => !r.directed)!;
  await expect(page.locator(`[data-step="${undirected.id}"]`)).toHaveAttribute('data-routes', new RegExp(`(^|,)${route.from}-${route.to}(,|$)`));
});

test('unknown chapters and pages are 404 with a way back', { tag: '@publisher' }, async ({ page, consoleErrors }) => {
  await expectNotFound(page, '/chapters/no-such-chapter', consoleErrors);
  await expectNotFound(page, '/no-such-page', consoleErrors);
});

test('a path with malformed percent-encoding is a 404 page with the usual headers', async ({ page, request, consoleErrors }) => {
  // Bad escapes, and escapes that are not UTF-8 (which no id of ours could be), in every dynamic route.
  const paths = ['/places/%ZZ', '/chapters/%ZZ', '/embed/%ZZ', '/read/maps/%ZZ', '/embed/%ZZ/steps.json', '/places/%FF', '/chapters/%C3%28', '/places/%E0%A4%A'];
  for (const path of paths) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(response.headers()['content-type'], path).toMatch(/text\/html/);
    expectSecurityHeaders(response.headers(), path);
    await expectNotFound(page, path, consoleErrors);
  }
  // Well-formed escapes still reach the pages they name.
  expect((await request.get('/places/%61stana')).status()).toBe(200);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every chapter reads in full', async ({ page }) => {
    await page.goto('/');
    for (const chapter of story.chapters) {
      await expect(page.getByRole('heading', { name: chapter.title })).toBeVisible();
      const firstStep = chapter.steps[0]!;
      await expect(page.locator(`[data-step="${firstStep.id}"]`)).toContainText(firstStep.text.split('\n')[0]!.slice(0, 60));
    }
  });
});

test('a place page on a phone fetches no other page before the reader does anything', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const place = story.gazetteer.byId.get('aleppo')!;
  const payloads: string[] = [];
  page.on('request', (request) => {
    if (request.headers()['rsc'] || /[?&]_rsc=/.test(request.url())) payloads.push(request.url());
  });
  await page.goto(`/places/${place.id}`, { waitUntil: 'networkidle' });
  // Its breadcrumb (and, on a taller screen, its mentions) are in view: Next would prefetch their payloads.
  await expect(page.locator('.breadcrumb a')).toBeInViewport();
  await page.waitForLoadState('networkidle');
  expect(payloads).toEqual([]);
});
