import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { loadStory } from '@/app/_lib/content/loader.server';
import { cameraOn, expect, map, scrollSettled, startMap, test } from './fixtures';

/*
 * The Arabic edition (issue 27): its pages under /ar, right to left, linked step by step to the
 * English; the reader's paths at 1280 × 800 and 390 × 844, and without JavaScript.
 */

const arabic = await loadStory({ lang: 'ar', includeDrafts: false });
const chapter = arabic.chapters[1]!;
const ARABIC = /[\u0600-\u06FF]/;

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('every Arabic page says lang="ar" dir="rtl", and names both editions in hreflang', async ({ page, baseURL }) => {
  for (const path of ['/ar', `/ar/chapters/${chapter.slug}`, '/ar/places/aleppo', '/ar/read', `/ar/embed/${chapter.slug}`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  }
  const links = async () =>
    page.locator('link[rel="alternate"][hreflang], link[rel="canonical"]').evaluateAll((els) => els.map((el) => `${el.getAttribute('rel')} ${el.getAttribute('hreflang') ?? ''} ${el.getAttribute('href')}`));
  await page.goto(`/ar/chapters/${chapter.slug}`);
  const origin = 'http://localhost:3000';
  expect((await links()).sort()).toEqual(
    [`alternate ar ${origin}/ar/chapters/${chapter.slug}`, `alternate en ${origin}/chapters/${chapter.slug}`, `alternate x-default ${origin}/chapters/${chapter.slug}`, `canonical  ${origin}/ar/chapters/${chapter.slug}`].sort(),
  );
  await page.goto(`/chapters/${chapter.slug}`);
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  expect(await links()).toContain(`alternate ar ${origin}/ar/chapters/${chapter.slug}`);
  expect(await links()).toContain(`canonical  ${origin}/chapters/${chapter.slug}`);
  expect(baseURL).toBeTruthy();
});

test('the English pages carry no Arabic but the link to the Arabic edition', async ({ page }) => {
  for (const path of ['/', `/chapters/${chapter.slug}`, '/places/aleppo', '/read']) {
    await page.goto(path);
    const text = await page.evaluate(() => {
      const body = document.body.cloneNode(true) as HTMLElement;
      body.querySelector('[data-edition-link]')?.remove();
      return body.textContent ?? '';
    });
    expect(text, path).not.toMatch(ARABIC);
  }
});

test('the text column is on the right, the map on the left, and the timeline runs right to left', async ({ page }) => {
  await page.goto('/ar');
  const text = (await page.locator('[data-story-text]').boundingBox())!;
  const mapBox = (await map(page).boundingBox())!;
  expect(mapBox.x).toBeLessThan(text.x);
  const dots = await page.locator('[data-timeline-chapter]').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().x));
  expect(dots).toEqual([...dots].sort((a, b) => b - a));
  await expect(page.locator('.chapter-date').first()).toContainText('2017');
  await expect(page.locator('.chapter-date').first()).toHaveText(ARABIC);
});

test('scrolling and the keys move through the Arabic story, and markers open their popups', async ({ page }) => {
  await page.goto(`/ar/chapters/${chapter.slug}`);
  await startMap(page);
  const [first, second] = chapter.steps;
  await page.mouse.move(900, 400);
  await page.locator(`[data-step="${second!.id}"]`).evaluate((el) => {
    const box = el.getBoundingClientRect();
    window.scrollBy(0, box.top - window.innerHeight * 0.4);
  });
  await expect(map(page)).toHaveAttribute('data-active-step', second!.id);
  await scrollSettled(page);
  await page.keyboard.press('k');
  await expect(map(page)).toHaveAttribute('data-active-step', first!.id);
  await page.keyboard.press('ArrowDown');
  await expect(map(page)).toHaveAttribute('data-active-step', second!.id);
  await cameraOn(page, second!.id);
  const place = second!.places[0]!;
  await page.locator(`button[data-place="${place}"]`).click();
  await expect(page.locator(`[data-place-popup="${place}"]`)).toBeVisible();
  await expect(page.locator(`[data-place-popup="${place}"] h3`)).toHaveText('في هذه القصة');
});

test('the link to the other edition lands on the same step, both ways', async ({ page }) => {
  const step = chapter.steps[2]!;
  await page.goto(`/chapters/${chapter.slug}#${step.id}`);
  await expect(page.locator(`[data-step="${step.id}"]`)).toHaveAttribute('aria-current', 'step');
  await page.locator('[data-edition-link="ar"]').click();
  await expect(page).toHaveURL(new RegExp(`/ar/chapters/${chapter.slug}#${step.id}$`));
  await expect(page.locator(`[data-step="${step.id}"]`)).toHaveAttribute('aria-current', 'step');
  await page.locator('[data-edition-link="en"]').click();
  await expect(page).toHaveURL(new RegExp(`/chapters/${chapter.slug}#${step.id}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('the Arabic embed steps with its buttons, and left is next', async ({ page }) => {
  await page.goto(`/ar/embed/${chapter.slug}`);
  const counter = page.locator('[data-embed-counter]');
  await expect(counter).toHaveText(`الخطوة 1 من ${chapter.steps.length}`);
  await page.locator('[data-embed-next]').click();
  await expect(counter).toHaveText(`الخطوة 2 من ${chapter.steps.length}`);
  await page.locator('body').press('ArrowLeft');
  await expect(counter).toHaveText(`الخطوة 3 من ${chapter.steps.length}`);
  await page.locator('body').press('ArrowRight');
  await expect(counter).toHaveText(`الخطوة 2 من ${chapter.steps.length}`);
});

for (const path of ['/ar', `/ar/chapters/${chapter.slug}`, '/ar/places/aleppo', `/ar/embed/${chapter.slug}`, '/ar/read']) {
  test(`axe finds no serious or critical violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('an Arabic chapter reads whole: every step, its quotes marked as translated, a link per step', async ({ page }) => {
    await page.goto(`/ar/chapters/${chapter.slug}`);
    await expect(page.locator('[data-step]')).toHaveCount(chapter.steps.length);
    for (const step of chapter.steps) await expect(page.locator(`[data-step="${step.id}"]`)).toBeVisible();
    await expect(page.locator(`[data-step-link="${chapter.steps[0]!.id}"]`)).toHaveText('رابط هذه الخطوة');
    const quotes = page.locator('q[data-quote="translated"]');
    if ((await quotes.count()) > 0) await expect(quotes.first().locator('xpath=following-sibling::span[1]')).toHaveText(' (مترجَم)');
    await expect(page.locator('[data-edition-link="en"]')).toHaveAttribute('href', `/chapters/${chapter.slug}`);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

  test('the map stays on top, the page does not overflow sideways, and scrolling moves the steps', async ({ page }) => {
    await page.goto(`/ar/chapters/${chapter.slug}`);
    const box = (await map(page).boundingBox())!;
    expect(box.width).toBe(390);
    for (const step of chapter.steps.slice(0, 3)) {
      await page.locator(`[data-step="${step.id}"]`).evaluate((el) => {
        const rect = el.getBoundingClientRect();
        window.scrollBy(0, rect.top - window.innerHeight * 0.7);
      });
      await expect(map(page)).toHaveAttribute('data-active-step', step.id);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const card = (await page.locator('.step-card').first().boundingBox())!;
    // The card's accent border is on its right: inline-start, right to left.
    const border = await page.locator('.step-card').first().evaluate((el) => getComputedStyle(el).borderRightWidth);
    expect(border).toBe('4px');
    expect(card.width).toBeGreaterThan(300);
  });
});
