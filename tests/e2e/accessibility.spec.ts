import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, startMap, tabToMarker, test } from './fixtures';
import { story } from './story-data';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

/** Starts the map and waits for it to finish fading in: mid-fade, axe reads the attribution's text half-blended. */
async function startMapShown(page: Page) {
  await startMap(page);
  await expect(page.locator('[data-story-map] .gl-layer')).toHaveCSS('opacity', '1');
}

const pages = [
  { name: 'the story', path: '/' },
  { name: 'a chapter', path: `/chapters/${story.chapters[2]!.slug}` },
  { name: 'a place page', path: '/places/aleppo' },
  { name: 'an embed', path: `/embed/${story.chapters[1]!.slug}` },
];

for (const { name, path } of pages) {
  test(`${name} has no serious or critical axe violations, before and after the map starts`, async ({ page }) => {
    await page.goto(path);
    expect(await seriousViolations(page)).toEqual([]);
    if (path.startsWith('/places/')) return;
    await startMapShown(page);
    await page.keyboard.press('j');
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('an open place popup has no serious or critical axe violations', async ({ page }) => {
  await page.goto(`/chapters/${story.chapters[0]!.slug}`);
  await startMapShown(page);
  await page.locator('button[data-place="astana"]').click();
  await expect(page.locator('[data-place-popup="astana"]')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('keyboard focus on a marker is visible', async ({ page }) => {
  await page.goto('/');
  await startMap(page);
  expect(await tabToMarker(page)).toBeTruthy();
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
});
