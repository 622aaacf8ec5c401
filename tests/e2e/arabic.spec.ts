import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { loadStory } from '@/app/_lib/content/loader.server';
import { excerpt } from '@/app/_lib/reading/story-view';
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

test('the link to the other edition lands on the same step, both ways', async ({ page }) => {
  const step = chapter.steps[2]!;
  await page.goto(`/chapters/${chapter.slug}#${step.id}`);
  await expect(page.locator(`[data-step="${step.id}"]`)).toHaveAttribute('aria-current', 'step');
  // Pressed where the reader is: Playwright's click would first scroll the header into view, and
  // reading back up to it makes an earlier step the one being read, which the link then carries.
  await page.locator('[data-edition-link="ar"]').evaluate((link: HTMLElement) => link.click());
  await expect(page).toHaveURL(new RegExp(`/ar/chapters/${chapter.slug}#${step.id}$`));
  await expect(page.locator(`[data-step="${step.id}"]`)).toHaveAttribute('aria-current', 'step');
  await page.locator('[data-edition-link="en"]').evaluate((link: HTMLElement) => link.click());
  await expect(page).toHaveURL(new RegExp(`/chapters/${chapter.slug}#${step.id}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test("an Arabic chapter's embed dialog speaks Arabic and gives the Arabic edition's codes", async ({ page }) => {
  await page.goto(`/ar/chapters/${chapter.slug}`);
  await page.getByRole('button', { name: 'تضمين هذا الفصل' }).click();
  const dialog = page.getByRole('dialog', { name: 'تضمين هذا الفصل' });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('#embed-snippet')).toHaveValue(new RegExp(`<div data-astana-story="${chapter.slug}" data-lang="ar"></div>`));
  await expect(dialog.locator('#embed-iframe')).toHaveValue(new RegExp(`src="[^"]*/ar/embed/${chapter.slug}"`));
  await expect(dialog.getByRole('button', { name: 'إغلاق', exact: true })).toBeVisible();
});

test("a popup quotes a step as its text reads: a translated quote in «», no screen reader's marker", async ({ page }) => {
  const quoting = arabic.chapters.flatMap((c) => c.steps.map((step) => ({ chapter: c, step }))).find(({ step }) => excerpt(step.text).includes('«'))!;
  expect(quoting, 'a step whose first words quote someone').toBeTruthy();
  const { chapter: quoted, step } = quoting;
  await page.goto(`/ar/chapters/${quoted.slug}#${step.id}`);
  await startMap(page);
  await cameraOn(page, step.id);
  await page.locator(`button[data-place="${step.places[0]}"]`).click();
  const mention = page.locator(`[data-place-popup="${step.places[0]}"] a[href="#${step.id}"] .mention-excerpt`);
  await expect(mention).toHaveText(excerpt(step.text));
});

for (const path of ['/ar', `/ar/chapters/${chapter.slug}`, '/ar/places/aleppo', `/ar/embed/${chapter.slug}`, '/ar/read']) {
  test(`axe finds no serious or critical violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    expect(await seriousViolations(page)).toEqual([]);
  });
}

const SIZES = [
  { name: 'laptop (1280×800)', use: { viewport: { width: 1280, height: 800 } } },
  { name: 'phone (390×844)', use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } },
] as const;

/** Latin words (three letters or more): an English fallback on an Arabic map. */
const LATIN_WORD = /[A-Za-z]{3,}/;

for (const size of SIZES) {
  test.describe(`on a ${size.name}`, () => {
    test.use(size.use);

    test('scrolling and the keys move through the Arabic story, and markers open their popups in Arabic', async ({ page }) => {
      await page.goto(`/ar/chapters/${chapter.slug}`);
      await startMap(page);
      const [first, second] = chapter.steps;
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
      const popup = page.locator(`[data-place-popup="${place}"]`);
      await expect(popup).toBeVisible();
      await expect(popup.locator('h3')).toHaveText('في هذه القصة');
      // Its country and kind, its context and the steps that mention it, quoted from the page: all Arabic.
      for (const part of [popup.locator('.popup-country'), popup.locator('h2 + p + p'), popup.locator('.mention-excerpt').first()]) {
        await expect(part).toHaveText(ARABIC);
        expect(await part.textContent()).not.toMatch(LATIN_WORD);
      }
    });

    test('the map speaks Arabic: first view, labels, markers, key, locator and announcement, in its Arabic font', async ({ page }) => {
      const fonts: string[] = [];
      page.on('request', (request) => {
        if (/\.woff2$/.test(request.url())) fonts.push(new URL(request.url()).pathname);
      });
      const step = chapter.steps.find((s) => s.legend.length > 0)!;
      await page.goto(`/ar/chapters/${chapter.slug}`);
      const firstView = page.locator('img[data-static-map]').first();
      await expect(firstView).toHaveAttribute('src', /^\/ar\/maps\/view\//);
      await expect(firstView).toHaveAttribute('alt', /^خريطة: /);
      await startMap(page);
      await page.locator(`[data-step="${step.id}"]`).evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await cameraOn(page, step.id);
      const texts = await map(page).evaluate((root) => ({
        labels: [...root.querySelectorAll('.gl-layer [data-map-label] text')].map((t) => t.textContent ?? ''),
        markers: [...root.querySelectorAll('button[data-place]:not([data-name="none"]) .marker-label')].map((t) => t.textContent ?? ''),
        key: [...root.querySelectorAll('[data-map-legend] li')].map((li) => li.textContent ?? ''),
        announcement: root.querySelector('[data-map-announcement]')?.textContent ?? '',
      }));
      expect(texts.labels.length).toBeGreaterThan(3);
      expect(texts.markers.length).toBeGreaterThan(0);
      expect(texts.key.length).toBeGreaterThan(0);
      for (const text of [...texts.labels, ...texts.markers, ...texts.key]) {
        expect(text, text).toMatch(ARABIC);
        expect(text, text).not.toMatch(LATIN_WORD);
      }
      // Its accessible names too: the map's region, its key, its markers (MapLibre's own words patched).
      for (const name of await map(page).evaluate((root) => [...root.querySelectorAll('[aria-label]')].map((el) => el.getAttribute('aria-label') ?? ''))) {
        expect(name, name).not.toMatch(LATIN_WORD);
      }
      expect(texts.announcement).toMatch(/^خريطة: /);
      expect(texts.announcement).not.toMatch(LATIN_WORD);
      // The Arabic faces come from our origin, with the live map; the page before it fetched none.
      await expect.poll(() => page.evaluate(() => document.fonts.check('16px "Noto Sans Arabic"', 'سوريا'))).toBe(true);
      expect(fonts.some((path) => /^\/fonts\/.*arabic.*\.woff2$/i.test(path)), fonts.join(', ')).toBe(true);
    });

    test('the Arabic embed steps with its buttons and keys, left being next', async ({ page }) => {
      await page.goto(`/ar/embed/${chapter.slug}`);
      const counter = page.locator('[data-embed-counter]');
      await expect(counter).toHaveText(`الخطوة 1 من ${chapter.steps.length}`);
      await page.locator('[data-embed-next]').click();
      await expect(counter).toHaveText(`الخطوة 2 من ${chapter.steps.length}`);
      await page.locator('body').press('ArrowLeft');
      await expect(counter).toHaveText(`الخطوة 3 من ${chapter.steps.length}`);
      await page.locator('body').press('ArrowRight');
      await expect(counter).toHaveText(`الخطوة 2 من ${chapter.steps.length}`);
      await expect(page.locator('img[data-static-map]').first()).toHaveAttribute('src', /^\/ar\/maps\/view\/embed-/);
    });

    test('an Arabic place page shows its Arabic map, and explores it in Arabic', async ({ page }) => {
      await page.goto('/ar/places/aleppo');
      const image = page.locator('[data-place-map="aleppo"] img[data-static-map]');
      await expect(image).toHaveAttribute('alt', 'خريطة: حلب');
      const shown = await image.evaluate((img: HTMLImageElement) => new URL(img.currentSrc || img.src).pathname);
      expect(shown).toMatch(/^\/ar\/maps\/place\/aleppo(-phone)?\.svg$/);
      await page.locator('[data-place-map="aleppo"] button[data-explore="open"]').click();
      await expect(page.locator('[data-place-map="aleppo"]')).toHaveAttribute('data-state', 'ready', { timeout: 20_000 });
      await expect(page.locator('[data-place-map="aleppo"] button[data-place="aleppo"] .marker-label')).toHaveText('حلب');
    });

    test.describe('without JavaScript', () => {
      test.use({ javaScriptEnabled: false });

      test('an Arabic chapter reads whole: every step, its quotes marked as translated, a link per step, an Arabic map', async ({ page }) => {
        await page.goto(`/ar/chapters/${chapter.slug}`);
        await expect(page.locator('[data-step]')).toHaveCount(chapter.steps.length);
        for (const step of chapter.steps) await expect(page.locator(`[data-step="${step.id}"]`)).toBeAttached();
        await expect(page.locator(`[data-step-link="${chapter.steps[0]!.id}"]`)).toHaveText('رابط هذه الخطوة');
        const quotes = page.locator('q[data-quote="translated"]');
        if ((await quotes.count()) > 0) await expect(quotes.first().locator('xpath=following-sibling::span[1]')).toHaveText(' (مترجَم)');
        await expect(page.locator('[data-edition-link="en"]')).toHaveAttribute('href', `/chapters/${chapter.slug}`);
        const image = page.locator('img[data-static-map]').first();
        await expect(image).toHaveAttribute('src', /^\/ar\/maps\/view\//);
        // The drawing the reader's screen shows has loaded, and is the Arabic one.
        const shown = await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0 ? new URL(img.currentSrc).pathname : '');
        expect(shown).toMatch(/^\/ar\/maps\/view\/chapter-/);
        const svg = await (await page.request.get(shown)).text();
        expect(svg).toMatch(ARABIC);
      });
    });
  });
}

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
