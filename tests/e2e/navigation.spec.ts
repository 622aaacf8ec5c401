import type { Page } from '@playwright/test';
import { cameraOn, expect, map, scrollSettled, startMap, test } from './fixtures';
import { allSteps, story } from './story-data';

interface Counts {
  activations: string[];
  announcements: string[];
  urls: string[];
}

/** Counts URL changes from the first script on; call `startCounting` once the page has settled. */
async function countUrlChanges(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __urls: string[] };
    w.__urls = [];
    for (const method of ['pushState', 'replaceState'] as const) {
      const original = history[method].bind(history);
      history[method] = (...args: Parameters<History['pushState']>) => {
        const before = location.href;
        original(...args);
        if (location.href !== before) w.__urls.push(location.hash);
      };
    }
  });
}

/** Records every change of the active step and of the map's live announcement. */
async function startCounting(page: Page): Promise<() => Promise<Counts>> {
  await page.evaluate(() => {
    const w = window as unknown as { __urls: string[]; __activations: string[]; __announcements: string[] };
    w.__urls.length = 0;
    w.__activations = [];
    w.__announcements = [];
    const box = document.querySelector('[data-story-map]')!;
    const live = box.querySelector('[data-map-announcement]')!;
    new MutationObserver(() => {
      const id = box.getAttribute('data-active-step') ?? '';
      if (id !== w.__activations.at(-1)) w.__activations.push(id);
    }).observe(box, { attributes: true, attributeFilter: ['data-active-step'] });
    let said = live.textContent;
    new MutationObserver(() => {
      if (live.textContent !== said) w.__announcements.push((said = live.textContent));
    }).observe(live, { childList: true, characterData: true, subtree: true });
  });
  return () =>
    page.evaluate(() => {
      const w = window as unknown as { __urls: string[]; __activations: string[]; __announcements: string[] };
      return { activations: w.__activations, announcements: w.__announcements, urls: w.__urls };
    });
}

test.describe('malformed fragments', () => {
  for (const path of ['/#100%-sure', '/#%', `/chapters/${story.chapters[1]!.slug}#%E0%A4%A`, '/#no-such-step']) {
    test(`${path} leaves the story readable, at the top`, async ({ page }) => {
      const chapter = path.startsWith('/chapters/') ? story.chapters[1]! : story.chapters[0]!;
      for (const load of [() => page.goto(path), () => page.reload()]) {
        await load();
        // The client code has run once the map has started (a fragment starts it at once).
        await expect(map(page)).toHaveAttribute('data-state', 'ready', { timeout: 20_000 });
        await expect(page.getByText("This page couldn't load")).toHaveCount(0);
        await expect(page.getByRole('heading', { name: chapter.title })).toBeVisible();
        await expect(page.locator(`[data-step="${chapter.steps[0]!.id}"]`)).toBeAttached();
        await expect(map(page)).toHaveAttribute('data-active-step', '');
        expect(await page.evaluate(() => window.scrollY)).toBe(0);
      }
    });
  }
});

test.describe('jumps activate their target only', () => {
  for (const reducedMotion of ['no-preference', 'reduce'] as const) {
    test(`the timeline's last chapter, reduced motion "${reducedMotion}"`, async ({ page }) => {
      await page.emulateMedia({ reducedMotion });
      await countUrlChanges(page);
      await page.goto('/');
      await startMap(page);
      const counts = await startCounting(page);
      const chapter = story.chapters.at(-1)!;
      const target = chapter.steps[0]!.id;
      await page.locator(`[data-timeline-chapter="${chapter.slug}"]`).click();
      await expect(map(page)).toHaveAttribute('data-active-step', target);
      await cameraOn(page, target);
      await scrollSettled(page);
      await expect(page.locator(`#chapter-${chapter.slug} h2`)).toBeInViewport();
      const place = story.gazetteer.byId.get(chapter.steps[0]!.places[0]!)!;
      expect(await counts()).toEqual({ activations: [target], urls: [`#${target}`], announcements: [expect.stringContaining(place.name)] });
    });
  }

  test(`a popup's "In this story" link`, async ({ page }) => {
    const mentions = allSteps.filter((s) => s.places.includes('geneva'));
    // From a step that shows other places too, so the map has something new to announce.
    const to = mentions.at(-1)!;
    const from = mentions.find((s) => s.places.join() !== to.places.join() && allSteps.indexOf(to) - allSteps.indexOf(s) > 3)!;
    await countUrlChanges(page);
    await page.goto(`/#${from.id}`);
    await startMap(page);
    await cameraOn(page, from.id);
    const counts = await startCounting(page);
    await page.locator('button[data-place="geneva"]').click();
    await page.locator(`[data-place-popup="geneva"] a[href="#${to.id}"]`).click();
    await expect(map(page)).toHaveAttribute('data-active-step', to.id);
    await cameraOn(page, to.id);
    await scrollSettled(page);
    const result = await counts();
    expect(result.activations).toEqual([to.id]);
    expect(result.urls).toEqual([`#${to.id}`]);
    expect(result.announcements).toHaveLength(1);
    await expect(page.locator(`[data-step="${to.id}"] .step-card`)).toBeInViewport({ ratio: 1 });
  });

  test('reading on after a jump still drives the story', async ({ page }) => {
    const chapter = story.chapters[2]!;
    await page.goto('/');
    await startMap(page);
    await page.locator(`[data-timeline-chapter="${chapter.slug}"]`).click();
    await expect(map(page)).toHaveAttribute('data-active-step', chapter.steps[0]!.id);
    await scrollSettled(page);
    await page.mouse.move(300, 400);
    for (let i = 0; i < 40 && (await map(page).getAttribute('data-active-step')) === chapter.steps[0]!.id; i++) await page.mouse.wheel(0, 200);
    await expect(map(page)).toHaveAttribute('data-active-step', chapter.steps[1]!.id);
  });
});

/** The bottom of the sticky chrome over the text: the timeline, and on phones the map too. */
function chromeBottom(page: Page) {
  return page.evaluate(() => {
    const narrow = matchMedia('(max-width: 899px)').matches;
    const chrome = document.querySelector(narrow ? '.story-map-column' : '.timeline')!;
    return chrome.getBoundingClientRect().bottom;
  });
}

/** A card's last 16 px are its padding: a cut there hides no text. */
const slack = 16;

/**
 * Presses J through the first `count` steps. Each press must land the next card fully in view
 * below the chrome, or its top there when it is taller than the room; a press on a card whose
 * end is still below the fold scrolls about a screen instead of moving on.
 */
async function pressThrough(page: Page, count: number) {
  const viewport = page.viewportSize()!;
  const cards = page.locator('.step-card');
  const paged = new Set<string>();
  const tall = new Set<string>();
  let index = -1;
  // J is heard once the page has hydrated (its step links turn into buttons in the same commit): a press before that reaches no listener.
  await expect(page.locator('button[data-step-link]').first()).toBeAttached();
  for (let presses = 0; presses < count * 4 && index < count - 1; presses++) {
    const before = await page.evaluate(() => window.scrollY);
    const hidden = index < 0 ? 0 : (await cards.nth(index).boundingBox())!.y + (await cards.nth(index).boundingBox())!.height - viewport.height;
    await page.keyboard.press('j');
    const pages = hidden > slack;
    if (!pages) index++;
    const expected = allSteps[index]!.id;
    await expect(map(page)).toHaveAttribute('data-active-step', expected);
    await scrollSettled(page);
    const top = await chromeBottom(page);
    const room = viewport.height - top;
    const box = (await cards.nth(index).boundingBox())!;
    if (box.height > room + slack) tall.add(expected);
    if (pages) {
      paged.add(expected);
      const by = (await page.evaluate(() => window.scrollY)) - before;
      expect(by, `J on ${expected} pages by about a screen`).toBeGreaterThanOrEqual(Math.min(room * 0.5, hidden) - 1);
      expect(by).toBeLessThanOrEqual(room);
    } else {
      expect(box.y, `${expected} starts below the chrome`).toBeGreaterThanOrEqual(top - 0.5);
      if (box.height <= room) expect(box.y + box.height, `${expected} ends above the fold`).toBeLessThanOrEqual(viewport.height + 0.5);
      else expect(box.y, `${expected} starts at the top of the room`).toBeLessThan(top + 17);
    }
  }
  expect(index).toBe(count - 1);
  return { paged, tall };
}

test('J brings every next card fully into view below the timeline', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await startMap(page);
  const { paged, tall } = await pressThrough(page, allSteps.length);
  expect([...paged]).toEqual([...tall]);
});

test('a second J before the first has landed on a tall card moves on: a card is never paged before its top was shown', async ({ page }) => {
  // The room below the timeline once it has stuck, and every card's height.
  await page.goto(`/#${allSteps[0]!.id}`);
  await expect(map(page)).toHaveAttribute('data-active-step', allSteps[0]!.id);
  await scrollSettled(page);
  const room = 800 - (await chromeBottom(page));
  const heights = await page.locator('.step-card').evaluateAll((cards) => cards.map((card) => card.getBoundingClientRect().height));
  // A card taller than the room after one that fits (J moves on from it), as the content is today.
  const index = heights.findIndex((height, i) => i > 0 && i < heights.length - 1 && height > room + slack && heights[i - 1]! <= room);
  expect(index, 'a tall card after one that fits').toBeGreaterThan(0);
  const [before, tall, after] = [allSteps[index - 1]!.id, allSteps[index]!.id, allSteps[index + 1]!.id];
  await page.goto(`/#${before}`);
  await expect(map(page)).toHaveAttribute('data-active-step', before);
  await scrollSettled(page);
  await page.keyboard.press('j');
  await expect(map(page)).toHaveAttribute('data-active-step', tall);
  await page.keyboard.press('j');
  await expect(map(page)).toHaveAttribute('data-active-step', after);
  await scrollSettled(page);
  const top = await chromeBottom(page);
  const box = (await page.locator(`[data-step="${after}"] .step-card`).boundingBox())!;
  expect(box.y, `${after} starts below the chrome`).toBeGreaterThanOrEqual(top - 0.5);
});

/** The layout where the map takes the top of the screen (globals.css, use-step-observer.ts). */
const NARROW = '(max-width: 899px)';
/** Where a step becomes active, as a share of the viewport's height: mid-screen, or mid-text below a phone's map. */
const LINE = { wide: 0.5, narrow: 0.74 };

/**
 * Scrolls the story a few pixels a frame, from the step's top at the bottom of the screen
 * upwards, and answers where that top was (as a share of the viewport's height) when the map
 * made the step active. Scrolling once a frame, the answer lags the real crossing by the frames
 * React takes to commit: a few pixels, never more than the tolerance below.
 */
function activationLine(page: Page, stepId: string): Promise<number> {
  return page.evaluate(
    (id) =>
      new Promise<number>((resolve, reject) => {
        const step = document.querySelector(`[data-step="${id}"]`)!;
        const box = document.querySelector('[data-story-map]')!;
        if (box.getAttribute('data-active-step') === id) reject(new Error(`${id} is active already`));
        window.scrollBy({ top: step.getBoundingClientRect().top - window.innerHeight, behavior: 'instant' });
        let frame = 0;
        const activated = new MutationObserver(() => {
          if (box.getAttribute('data-active-step') !== id) return;
          activated.disconnect();
          cancelAnimationFrame(frame);
          resolve(step.getBoundingClientRect().top / window.innerHeight);
        });
        activated.observe(box, { attributes: true, attributeFilter: ['data-active-step'] });
        const tick = () => {
          if (step.getBoundingClientRect().bottom < 0) return reject(new Error(`${id} scrolled past without becoming active`));
          window.scrollBy({ top: 4, behavior: 'instant' });
          frame = requestAnimationFrame(tick);
        };
        frame = requestAnimationFrame(tick);
      }),
    stepId,
  );
}

async function expectActivationAt(page: Page, stepId: string, line: number) {
  const at = await activationLine(page, stepId);
  expect(at, `${stepId} became active with its top at ${at.toFixed(3)} of the screen`).toBeLessThanOrEqual(line + 0.005);
  expect(at, `${stepId} became active with its top at ${at.toFixed(3)} of the screen`).toBeGreaterThan(line - 0.04);
}

/** Resizes the page and waits for the layout `narrow` asks for; back at the top, where no step is at either line. */
async function resize(page: Page, size: { width: number; height: number }, narrow: boolean) {
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  await page.setViewportSize(size);
  await expect.poll(() => page.evaluate((query) => matchMedia(query).matches, NARROW)).toBe(narrow);
}

test('a step activates mid-screen on a laptop and lower on a phone, and the line follows a resize across the breakpoint', async ({ page }) => {
  await page.goto('/');
  await expectActivationAt(page, allSteps[1]!.id, LINE.wide);
  await resize(page, { width: 390, height: 844 }, true);
  await expectActivationAt(page, allSteps[3]!.id, LINE.narrow);
  await resize(page, { width: 1280, height: 800 }, false);
  await expectActivationAt(page, allSteps[5]!.id, LINE.wide);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

  test('a step activates when it crosses the middle of the text below the map', async ({ page }) => {
    await page.goto('/');
    await expectActivationAt(page, allSteps[1]!.id, LINE.narrow);
    await expectActivationAt(page, allSteps[4]!.id, LINE.narrow);
  });

  test('J lands each card below the map and pages through long ones', async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto(`/chapters/${story.chapters[0]!.slug}`);
    const { paged, tall } = await pressThrough(page, story.chapters[0]!.steps.length);
    expect(tall.size).toBeGreaterThan(0);
    expect([...paged]).toEqual([...tall]);
  });
});
