import { expect, test } from './fixtures';
import { mapAnnouncement } from '../../app/_lib/map/announcement';
import { allSteps, story } from './story-data';

test.describe('the reader view', () => {
  test.use({ javaScriptEnabled: false });

  test('unrolls every chapter with a small map per step, without JavaScript', { tag: '@publisher' }, async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Reader view' }).click();
    await expect(page).toHaveURL(/\/read$/);
    await expect(page.locator('[data-chapter]')).toHaveCount(story.chapters.length);
    await expect(page.locator('[data-reader-step]')).toHaveCount(allSteps.length);
    const maps = page.locator('[data-reader-step] img');
    await expect(maps).toHaveCount(allSteps.length);
    await expect(maps.first()).toHaveAttribute('src', `/read/maps/${allSteps[0]!.id}.svg`);
    for (const chapter of story.chapters) await expect(page.getByRole('heading', { level: 2, name: chapter.title })).toBeVisible();
    const sources = page.locator('#sources li');
    await expect(sources).toHaveCount(story.chapters.length);
    await expect(sources.nth(1)).toContainText(story.chapters[1]!.source.outlet ?? 'outlet not named');
  });

  test('says the connections a thumbnail draws in text under it, in the words the live map announces them', async ({ page }) => {
    await page.goto('/read');
    const withRoutes = allSteps.filter((step) => step.routes.length > 0);
    await expect(page.locator('[data-reader-routes]')).toHaveCount(withRoutes.length);
    for (const step of withRoutes) {
      const text = page.locator(`[data-reader-step="${step.id}"] figure [data-reader-routes]`);
      await expect(text).toBeVisible();
      await expect(text).toHaveText(mapAnnouncement(step, (id) => story.gazetteer.byId.get(id)));
    }
    const converging = withRoutes.find((s) => s.routes.length > 1 && s.routes.every((r) => r.directed && r.to === s.routes[0]!.to))!;
    const name = (id: string) => story.gazetteer.byId.get(id)!.name;
    const list = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });
    await expect(page.locator(`[data-reader-step="${converging.id}"] [data-reader-routes]`)).toHaveText(
      `Map: ${list.format(converging.routes.map((r) => name(r.from)))} to ${name(converging.routes[0]!.to)}`,
    );
  });

  test('each step map is a static SVG file', async ({ request }) => {
    const response = await request.get(`/read/maps/${allSteps[5]!.id}.svg`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^image\/svg\+xml/);
    const svg = await response.text();
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain(story.gazetteer.byId.get(allSteps[5]!.places[0]!)!.name);
    expect((await request.get('/read/maps/no-such-step.svg')).status()).toBe(404);
  });

  test('prints as clean pages: text, maps and sources, no interface', async ({ page }) => {
    await page.emulateMedia({ media: 'print' });
    await page.goto('/read');
    await expect(page.locator('.reader-switch')).toBeHidden();
    await expect(page.locator('.site-nav')).toBeHidden();
    await expect(page.locator('#sources')).toBeVisible();
    await expect(page.locator('[data-reader-step] img').first()).toBeVisible();
    const breaks = await page.locator('.reader-chapter').evaluateAll((els) => els.map((el) => getComputedStyle(el).breakBefore));
    expect(breaks.slice(1).every((b) => b === 'page')).toBe(true);
  });

  test('the story page prints without its map and timeline', async ({ page }) => {
    await page.emulateMedia({ media: 'print' });
    await page.goto(`/chapters/${story.chapters[0]!.slug}`);
    await expect(page.locator('[data-story-map]')).toBeHidden();
    await expect(page.getByRole('navigation', { name: /timeline/i })).toBeHidden();
    await expect(page.locator('.chapter-source')).toBeVisible();
    await expect(page.locator('[data-step]').first()).toBeVisible();
  });
});
