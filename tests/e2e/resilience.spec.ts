import { expect, expectSecurityHeaders, interact, map, startMap, test } from './fixtures';
import { allSteps, firstStepWith, story } from './story-data';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a chapter reads in full, with headings, dates, sources and a static map linking to places', async ({ page }) => {
    for (const chapter of story.chapters) {
      await page.goto(`/chapters/${chapter.slug}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(chapter.title);
      await expect(page.locator('time')).toHaveAttribute('datetime', chapter.dates.start);
      await expect(page.locator('.chapter-source')).toContainText(chapter.source.note);
      await expect(page.locator('[data-step]')).toHaveCount(chapter.steps.length);
      for (const step of chapter.steps) await expect(page.locator(`[data-step="${step.id}"]`)).toBeVisible();
    }
    const staticMap = page.locator('[data-story-map] img[data-static-map]');
    await expect(staticMap).toBeVisible();
    await expect.poll(() => staticMap.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    // The first view's markers are links to their places' pages, over the drawing.
    const link = page.locator('[data-story-map] .static-frame:visible a[data-static-place]').first();
    await expect(link).toBeVisible();
    const id = await link.getAttribute('data-static-place');
    await expect(link).toHaveAttribute('href', `/places/${id}`);
  });

  test('a place page shows its map image and text, with no button that needs a script', async ({ page }) => {
    await page.goto('/places/aleppo');
    const image = page.locator('[data-place-map] img[data-static-map]');
    await expect(image).toBeVisible();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await expect(page.locator('[data-explore]')).toHaveCount(0);
    await expect(page.locator('[data-mention]').first()).toBeVisible();
  });
});

test.describe('without WebGL', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
        if (/webgl/.test(type)) return null;
        return original.call(this, type as '2d', ...(rest as []));
      } as typeof original;
    });
  });

  test('the map falls back to the static map and a list of places whose context still opens', async ({ page }) => {
    await page.goto('/');
    await interact(page);
    await expect(map(page)).toHaveAttribute('data-state', 'fallback');
    await expect(map(page).locator('[data-static-map]')).toBeVisible();
    await expect(map(page).getByText(/interactive map is not available/)).toBeVisible();
    const buttons = map(page).locator('button[data-place]');
    await expect(buttons).toHaveCount(new Set(allSteps.flatMap((s) => s.places)).size);
    await buttons.filter({ hasText: 'Aleppo' }).click();
    const popup = page.locator('[data-place-popup="aleppo"]');
    await expect(popup).toContainText(story.gazetteer.byId.get('aleppo')!.context);
    await page.keyboard.press('Escape');
    await expect(popup).toBeHidden();
    // Reading still drives the active step.
    await page.keyboard.press('j');
    await expect(map(page)).toHaveAttribute('data-active-step', allSteps[0]!.id);
    await expect(map(page).locator('button[data-place][data-active="true"]')).toHaveCount(allSteps[0]!.places.length);
  });

  test('on a place page "Explore the map" leaves the image, says the live map is not available and moves focus there', async ({ page }) => {
    await page.goto('/places/aleppo');
    const box = page.locator('[data-place-map="aleppo"]');
    await box.locator('button[data-explore="open"]').click();
    await expect(box).toHaveAttribute('data-state', 'fallback');
    await expect(box).not.toHaveAttribute('data-exploring');
    await expect(box.locator('img[data-static-map]')).toBeVisible();
    const notice = box.getByText(/interactive map is not available/);
    await expect(notice).toBeVisible();
    await expect(notice).toBeFocused();
    await expect(box.locator('[data-explore]')).toHaveCount(0);
    await expect(box.locator('.gl-layer')).toHaveCount(0);
  });

  test('in the fallback list a popup closes on Escape, focus back on its button, and on a click outside it', async ({ page }) => {
    await page.goto('/');
    await interact(page);
    await expect(map(page)).toHaveAttribute('data-state', 'fallback');
    const button = map(page).locator('button[data-place="aleppo"]');
    const popup = page.locator('[data-place-popup="aleppo"]');
    await button.click();
    await expect(popup).toBeVisible();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Escape');
    await expect(popup).toBeHidden();
    await expect(button).toBeFocused();
    await expect(button).toHaveAttribute('aria-expanded', 'false');

    await button.click();
    await expect(popup).toBeVisible();
    await page.getByRole('heading', { level: 1 }).click();
    await expect(popup).toBeHidden();

    // Another place's button closes this popup and opens its own, which Escape closes in turn.
    await button.click();
    await expect(popup).toBeVisible();
    const other = map(page).locator('button[data-place]:not([data-place="aleppo"])').first();
    const otherId = await other.getAttribute('data-place');
    await other.click();
    await expect(page.locator(`[data-place-popup="${otherId}"]`)).toBeVisible();
    await expect(popup).toBeHidden();
    await page.keyboard.press('Escape');
    await expect(page.locator('[data-place-popup]')).toHaveCount(0);
    await expect(other).toBeFocused();
  });
});

test('when the basemap fails, markers stay over a plain background with a notice', async ({ page, consoleErrors }) => {
  await page.route('**/basemap/basemap.json', (route) => route.abort('failed'));
  const step = firstStepWith('aleppo');
  await page.goto(`/#${step.id}`);
  await expect(map(page)).toHaveAttribute('data-state', 'ready', { timeout: 20_000 });
  await expect(page.locator('button[data-place="aleppo"]')).toBeVisible();
  await expect(map(page).getByText(/background could not be loaded/)).toBeVisible();
  // The aborted request logs a network error; nothing else may.
  expect(consoleErrors.filter((e) => !/Failed to load resource|ERR_FAILED|basemap/.test(e))).toEqual([]);
  consoleErrors.length = 0;
});

test('on a slow network the text paints before any map resource arrives', async ({ page }) => {
  // The network holds every map resource until the test lets it through: none arrives before.
  const held: string[] = [];
  let letThrough = () => {};
  const released = new Promise<void>((resolve) => (letThrough = resolve));
  await page.route(/maplibre|basemap/, async (route) => {
    held.push(route.request().url());
    await released;
    await route.continue();
  });
  const step = story.chapters[1]!.steps[1]!.id;
  await page.goto(`/#${step}`);
  // A deep link starts the map at once: it is waiting for its resources while the text paints.
  await expect.poll(() => held.length).toBeGreaterThan(0);
  await expect(page.locator(`[data-step="${step}"]`)).toBeVisible();
  await expect(page.getByRole('heading', { name: story.chapters[0]!.title })).toBeAttached();
  await expect(map(page).locator('[data-static-map]')).toBeVisible();
  await expect(map(page)).toHaveAttribute('data-state', 'loading');
  letThrough();
  await expect(map(page)).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
});

test.describe('bad URLs', () => {
  for (const path of [
    '/chapters/..%2f..%2fetc%2fpasswd',
    '/chapters/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    '/chapters/first-round%2f..%2f..%2fpackage.json',
    '/places/..%2fgeo%2fplaces.json',
    '/embed/..%2f..%2fpackage.json',
    '/content/first-round.mdx',
    '/geo/places.json',
    '/chapters/FIRST-ROUND',
  ]) {
    test(`${path} is a 404 with a way back`, async ({ page, consoleErrors }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('link', { name: /back to the story/i })).toHaveAttribute('href', '/');
      expect(await page.content()).not.toMatch(/"name":\s*"astana-talks|root:x:0/);
      consoleErrors.length = 0;
    });
  }
});

test('security headers are sent, with no unsafe-eval, and only embeds may be framed by other sites', { tag: '@publisher' }, async ({ request, exported }) => {
  const chapter = story.chapters[0]!.slug;
  // An export has no dynamic /oembed (it reads the request); its answers are static files.
  const oembed = exported ? `/oembed/${chapter}.json` : `/oembed?url=/chapters/${chapter}`;
  const paths = ['/', `/chapters/${chapter}`, '/places/astana', '/read', `/read/maps/${allSteps[0]!.id}.svg`, `/embed/${chapter}`, `/embed/${chapter}/steps.json`, oembed, '/embed.js', '/basemap/basemap.json'];
  for (const path of paths) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expectSecurityHeaders(response.headers(), path);
  }
  // A missing file gets the site's 404 page, headers included (nginx's own page has none).
  const missing = await request.get('/no-such-file.html');
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain('Page not found');
  expectSecurityHeaders(missing.headers(), '/no-such-file.html');
});

test('the map announces where it went, politely', async ({ page }) => {
  const step = allSteps[2]!;
  await page.goto('/');
  await startMap(page);
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await expect(map(page)).toHaveAttribute('data-active-step', step.id);
  const live = map(page).locator('[data-map-announcement][aria-live="polite"]');
  const names = step.places.map((id) => `${story.gazetteer.byId.get(id)!.name}, ${story.gazetteer.byId.get(id)!.country}`);
  await expect(live).toHaveText(`Map: ${names.join('; ')}`);
  await expect(map(page)).toHaveAttribute('role', 'region');
  await expect(map(page)).toHaveAccessibleName(/map/i);
});

test('the announcement names the connections of a step that has them', async ({ page }) => {
  const list = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });
  const name = (id: string) => story.gazetteer.byId.get(id)!.name;
  // Connections that converge on one place, and a sequence.
  const converging = allSteps.find((s) => s.routes.length > 1 && s.routes.every((r) => r.directed && r.to === s.routes[0]!.to))!;
  const sequence = allSteps.find((s) => s.routes.length > 1 && s.routes.every((r, i) => r.directed && (i === 0 || s.routes[i - 1]!.to === r.from)))!;
  const live = map(page).locator('[data-map-announcement][aria-live="polite"]');
  for (const step of [converging, sequence]) {
    // A deep link activates the step (a key could first page through a long card before it).
    await page.goto(`/#${step.id}`);
    await startMap(page);
    await expect(map(page)).toHaveAttribute('data-active-step', step.id);
    const expected =
      step === converging
        ? `Map: ${list.format(step.routes.map((r) => name(r.from)))} to ${name(step.routes[0]!.to)}`
        : `Map: ${[step.routes[0]!.from, ...step.routes.map((r) => r.to)].map(name).join(' to ')}`;
    await expect(live).toHaveText(expected);
  }
});
