import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { centreDistancePx } from '../../app/_lib/map/explore';
import { cameraOn, expect, goToStep, map, startMap, test } from './fixtures';
import { hostOriginFor, hostPage, startHostServer } from './host-server';
import { centreMatches, story } from './story-data';

/*
 * Explore mode (issue 28): open it, zoom, pan, click a marker, come back; the scroll position
 * and the step's camera are as they were (centre within 1 px, zoom within 0.01) and the URL has
 * no new history entry. On a laptop, a phone and inside an embed. Every wait is for a state the
 * page shows (data-exploring, data-center and data-zoom, which change on `moveend`).
 */

// A chapter's step past its first (the page has scrolled) that shows one place (it stays in view as we zoom).
const chapter = story.chapters.find((c) => c.steps.length > 3)!;
const stepIndex = chapter.steps.findIndex((s, i) => i >= 2 && s.places.length === 1 && !s.camera.frame);
const step = chapter.steps[stepIndex]!;
const placeId = step.places[0]!;
const placeName = story.gazetteer.byId.get(placeId)!.name;

/** Embeds run beside embed.spec.ts: their host page takes its own port (tests/ports.ts). */
const HOST_OFFSET = 2;

type MapLocator = Locator;
interface Camera {
  center: [number, number];
  zoom: number;
}

async function cameraOf(box: MapLocator): Promise<Camera> {
  const center = ((await box.getAttribute('data-center')) ?? '').split(',').map(Number) as [number, number];
  return { center, zoom: Number(await box.getAttribute('data-zoom')) };
}

/** Waits until the settled camera is back where it was: the centre within 1 px, the zoom within 0.01. */
async function expectCameraBack(box: MapLocator, before: Camera) {
  await expect
    .poll(
      async () => {
        const now = await cameraOf(box);
        return centreDistancePx(now.center, before.center, before.zoom) <= 1 && Math.abs(now.zoom - before.zoom) <= 0.01;
      },
      { timeout: 15_000, message: 'camera back where the story left it' },
    )
    .toBe(true);
}

/** Waits for the settled zoom to pass `than`. */
async function zoomPast(box: MapLocator, than: number) {
  await expect.poll(async () => (await cameraOf(box)).zoom, { timeout: 15_000 }).toBeGreaterThan(than);
}

/** Waits for the settled centre to move by more than `px` pixels from `from`. */
async function centreMoved(box: MapLocator, from: Camera, px = 20) {
  await expect.poll(async () => centreDistancePx((await cameraOf(box)).center, from.center, (await cameraOf(box)).zoom), { timeout: 15_000 }).toBeGreaterThan(px);
}

/** Drags the map with the mouse from below the middle of `rect` (clear of the place there), and waits for the centre to move. */
async function dragMap(page: Page, box: MapLocator, rect: { x: number; y: number; width: number; height: number }) {
  const dragged = await cameraOf(box);
  await page.mouse.move(rect.x + rect.width / 2, rect.y + rect.height * 0.75);
  await page.mouse.down();
  await page.mouse.move(rect.x + rect.width / 2 - 120, rect.y + rect.height * 0.75 - 40, { steps: 8 });
  await page.mouse.up();
  await centreMoved(box, dragged);
}

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Where the reader is: scroll position, the page's address and history, and the settled camera. */
async function readerPlace(box: MapLocator) {
  const where = await box.evaluate(() => ({ x: window.scrollX, y: window.scrollY, href: location.href, history: history.length }));
  return { ...where, camera: await cameraOf(box) };
}

async function expectPlaceBack(box: MapLocator, before: Awaited<ReturnType<typeof readerPlace>>) {
  await expect(box).not.toHaveAttribute('data-exploring');
  await expectCameraBack(box, before.camera);
  const after = await box.evaluate(() => ({ x: window.scrollX, y: window.scrollY, href: location.href, history: history.length }));
  expect(after).toEqual({ x: before.x, y: before.y, href: before.href, history: before.history });
}

/** The reader is on `step`, scrolled into the chapter, the map live and settled there. */
async function openAtStep(page: Page) {
  await page.goto(`/chapters/${chapter.slug}`);
  await startMap(page);
  await goToStep(page, step.id);
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
}

/** A one-finger drag, as a phone sends it. */
async function touchDrag(page: Page, from: [number, number], by: [number, number]) {
  const cdp = await page.context().newCDPSession(page);
  const at = (t: number) => [{ x: from[0] + by[0] * t, y: from[1] + by[1] * t, id: 1 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
  for (let i = 1; i <= 10; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(i / 10) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

/** Two fingers moving apart around `centre`. */
async function pinchOut(page: Page, centre: [number, number]) {
  const cdp = await page.context().newCDPSession(page);
  const at = (gap: number) => [
    { x: centre[0] - gap, y: centre[1], id: 1 },
    { x: centre[0] + gap, y: centre[1], id: 2 },
  ];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(30) });
  for (let gap = 40; gap <= 140; gap += 10) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(gap) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

const focusInMap = (page: Page) => page.evaluate(() => !!document.activeElement?.closest('[data-story-map]'));

test.describe('on a laptop (1280×800)', () => {
  test('open, zoom, pan, click a marker, return: scroll, camera and history as they were', async ({ page }) => {
    await openAtStep(page);
    const box = map(page);
    const before = await readerPlace(box);
    const opener = page.getByRole('button', { name: 'Explore the map' });
    await opener.click();
    await expect(box).toHaveAttribute('data-exploring', 'true');
    // The controls' own live region (it loads with them), beside the step's.
    await expect(box.locator('[aria-live]').filter({ hasText: 'Exploring the map' })).toHaveCount(1);
    expect(await focusInMap(page)).toBe(true);

    await page.getByRole('button', { name: 'Zoom in' }).click();
    await zoomPast(box, before.camera.zoom + 0.9);
    // Labels are laid out again where the zoom stops.
    await expect(page.locator('[data-map-labels-overlay]:not([data-hidden])')).not.toHaveCount(0);
    await page.keyboard.press('+');
    await zoomPast(box, before.camera.zoom + 1.9);
    await page.keyboard.press('-');
    await expect.poll(async () => (await cameraOf(box)).zoom).toBeLessThan(before.camera.zoom + 1.1);
    const zoomed = await cameraOf(box);
    await page.keyboard.press('ArrowRight');
    await centreMoved(box, zoomed);

    // Drag the map with the mouse; the page does not scroll.
    await dragMap(page, box, (await box.boundingBox())!);
    expect(await page.evaluate(() => window.scrollY)).toBe(before.y);

    // Markers open their popups; Escape closes the popup and leaves explore mode on.
    await box.locator(`button[data-place="${placeId}"]`).click();
    await expect(page.locator(`[data-place-popup="${placeId}"]`)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.locator(`[data-place-popup="${placeId}"]`)).toBeHidden();
    await expect(box).toHaveAttribute('data-exploring', 'true');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Back to the story' }).click();
    await expectPlaceBack(box, before);
    await expect(opener).toBeFocused();
    // The controls' own live region (it loads with them), beside the step's.
    await expect(box.locator('[aria-live]').filter({ hasText: 'Back to the story' })).toHaveCount(1);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('from the keyboard: Enter opens, focus moves into the map, + zooms, one Escape returns', async ({ page }) => {
    await openAtStep(page);
    const box = map(page);
    const before = await readerPlace(box);
    const opener = page.getByRole('button', { name: 'Explore the map' });
    await opener.focus();
    await page.keyboard.press('Enter');
    await expect(box).toHaveAttribute('data-exploring', 'true');
    expect(await focusInMap(page)).toBe(true);
    await page.keyboard.press('+');
    await zoomPast(box, before.camera.zoom + 0.9);
    // The arrows pan the map; they do not move the story.
    await page.keyboard.press('ArrowDown');
    await centreMoved(box, await cameraOf(box), 1);
    await expect(box).toHaveAttribute('data-active-step', step.id);
    await page.keyboard.press('Escape');
    await expectPlaceBack(box, before);
    await expect(opener).toBeFocused();
  });

  test('with reduced motion, zooming and the return are cuts that land exactly', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openAtStep(page);
    const box = map(page);
    const before = await readerPlace(box);
    await page.getByRole('button', { name: 'Explore the map' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await zoomPast(box, before.camera.zoom + 0.9);
    await page.getByRole('button', { name: 'Back to the story' }).click();
    await expectPlaceBack(box, before);
  });

  test('scrolling the page while exploring returns to the story camera at the next step', async ({ page }) => {
    await openAtStep(page);
    const box = map(page);
    const before = await cameraOf(box);
    await page.getByRole('button', { name: 'Explore the map' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await zoomPast(box, before.zoom + 0.9);
    // The wheel scrolls the page (over the map too): it never zooms.
    await page.mouse.move(200, 400);
    await expect
      .poll(
        async () => {
          await page.mouse.wheel(0, 250);
          return box.getAttribute('data-active-step');
        },
        { timeout: 30_000, intervals: [300] },
      )
      .not.toBe(step.id);
    await expect(box).not.toHaveAttribute('data-exploring');
    await cameraOn(page, (await box.getAttribute('data-active-step'))!);
  });
});

test.describe('on a phone (390×844)', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

  test('the map goes full-screen: zoom, pan, pinch, tap a marker, return to the same place', async ({ page }) => {
    await openAtStep(page);
    const box = map(page);
    const inPage = (await box.boundingBox())!;
    const before = await readerPlace(box);
    const opener = page.getByRole('button', { name: 'Explore the map' });
    await opener.tap();
    await expect(box).toHaveAttribute('data-exploring', 'true');
    await expect.poll(async () => box.boundingBox()).toEqual({ x: 0, y: 0, width: 390, height: 844 });
    expect(await focusInMap(page)).toBe(true);

    await page.getByRole('button', { name: 'Zoom in' }).tap();
    await zoomPast(box, before.camera.zoom + 0.9);
    // The step's place is still in view: its marker opens its popup.
    await box.locator(`button[data-place="${placeId}"]`).tap();
    await expect(page.locator(`[data-place-popup="${placeId}"]`)).toBeVisible();
    await page.getByRole('button', { name: `Close ${placeName}` }).tap();
    await expect(page.locator(`[data-place-popup="${placeId}"]`)).toBeHidden();
    await expect(box).toHaveAttribute('data-exploring', 'true');
    const zoomed = await cameraOf(box);
    await touchDrag(page, [195, 500], [-100, -60]);
    await centreMoved(box, zoomed);
    const panned = await cameraOf(box);
    await pinchOut(page, [195, 420]);
    await zoomPast(box, panned.zoom + 0.2);
    expect(await page.evaluate(() => window.scrollY)).toBe(before.y);

    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Back to the story' }).tap();
    await expectPlaceBack(box, before);
    await expect.poll(async () => box.boundingBox()).toEqual(inPage);
    await expect(opener).toBeFocused();
  });
});

test.describe('in an embed', () => {
  const embedStep = stepIndex + 1;

  for (const { name, viewport, touch } of [
    { name: 'laptop', viewport: { width: 1280, height: 800 }, touch: false },
    { name: 'phone', viewport: { width: 390, height: 844 }, touch: true },
  ]) {
    test.describe(`on a ${name}`, () => {
      test.use({ viewport, isMobile: touch, hasTouch: touch });

      test('open, zoom, pan, click a marker, return', async ({ page }) => {
        await page.goto(`/embed/${chapter.slug}?step=${embedStep}`);
        await startMap(page);
        const box = map(page);
        await expect(box).toHaveAttribute('data-active-step', step.id);
        await cameraOn(page, step.id);
        const root = page.locator('[data-embed-root]');
        const height = (await root.boundingBox())!.height;
        const before = await readerPlace(box);
        const press = (locator: Locator) => (touch ? locator.tap() : locator.click());

        await press(page.getByRole('button', { name: 'Explore the map' }));
        await expect(box).toHaveAttribute('data-exploring', 'true');
        await press(page.getByRole('button', { name: 'Zoom in' }));
        await zoomPast(box, before.camera.zoom + 0.9);
        const zoomed = await cameraOf(box);
        await page.keyboard.press('ArrowLeft');
        await centreMoved(box, zoomed);
        // The embed's content keeps its height: the host is never asked to resize.
        expect((await root.boundingBox())!.height).toBe(height);
        await press(box.locator(`button[data-place="${placeId}"]`));
        await expect(page.locator(`[data-place-popup="${placeId}"]`)).toBeVisible();
        await press(page.getByRole('button', { name: `Close ${placeName}` }));
        await expect(box).toHaveAttribute('data-exploring', 'true');

        await press(page.getByRole('button', { name: 'Back to the story' }));
        await expectPlaceBack(box, before);
        expect((await root.boundingBox())!.height).toBe(height);
      });
    });
  }

  test.describe('on a host page', () => {
    let host: Awaited<ReturnType<typeof startHostServer>>;
    test.use({ allowedOrigins: async ({ baseURL }, use) => use([hostOriginFor(baseURL!, HOST_OFFSET)]) });
    test.beforeAll(async ({ baseURL }) => {
      const site = baseURL!;
      host = await startHostServer(
        site,
        {
          '/stepper': hostPage('An embed', `<div class="filler"></div><div data-astana-story="${chapter.slug}" data-step="${embedStep}"></div><div class="filler"></div><script async src="${site}/embed.js"></script>`),
          '/scroll': hostPage('A scroll-driven embed', `<div data-astana-story="${chapter.slug}" data-mode="scroll"></div><div class="filler"></div><script async src="${site}/embed.js"></script>`),
        },
        HOST_OFFSET,
      );
    });
    test.afterAll(async () => host?.close());

    test('exploring stays inside the iframe: the host page neither scrolls nor resizes', async ({ page }) => {
      await page.goto(`${host.origin}/stepper`);
      const iframe = page.locator('[data-astana-story] iframe');
      await iframe.scrollIntoViewIfNeeded();
      const frame = page.frameLocator('[data-astana-story] iframe');
      const box = frame.locator('[data-story-map]');
      await expect(box).toHaveAttribute('data-active-step', step.id);
      // A stepper embed starts its live map when the reader engages with it: move until it has
      // started (its GL layer is in the page), then give MapLibre the time it needs on a busy machine.
      await expect
        .poll(
          async () => {
            const { x, y, width, height } = (await iframe.boundingBox())!;
            await page.mouse.move(x + width * (0.3 + Math.random() * 0.4), y + height / 3);
            return box.locator('.gl-layer').count();
          },
          { timeout: 20_000, intervals: [100, 250, 500] },
        )
        .toBeGreaterThan(0);
      await expect(box).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
      await expect.poll(async () => centreMatches(await box.getAttribute('data-center'), step.id), { timeout: 15_000 }).toBe(true);
      const hostBefore = await page.evaluate(() => ({ y: window.scrollY, history: history.length, href: location.href }));
      const frameBox = await iframe.boundingBox();
      const content = (await frame.locator('[data-embed-root]').boundingBox())!.height;
      const camera = await cameraOf(box);

      await frame.getByRole('button', { name: 'Explore the map' }).click();
      await expect(box).toHaveAttribute('data-exploring', 'true');
      await frame.getByRole('button', { name: 'Zoom in' }).click();
      await zoomPast(box, camera.zoom + 0.9);
      await page.keyboard.press('ArrowUp');
      await centreMoved(box, await cameraOf(box), 1);
      expect((await frame.locator('[data-embed-root]').boundingBox())!.height).toBe(content);
      await frame.getByRole('button', { name: 'Back to the story' }).click();
      await expect(box).not.toHaveAttribute('data-exploring');
      await expectCameraBack(box, camera);

      expect(await page.evaluate(() => ({ y: window.scrollY, history: history.length, href: location.href }))).toEqual(hostBefore);
      expect(await iframe.boundingBox()).toEqual(frameBox);
      expect((await frame.locator('[data-embed-root]').boundingBox())!.height).toBe(content);
    });

    test('in scroll-driven mode the host page scrolling ends exploring', async ({ page }) => {
      await page.goto(`${host.origin}/scroll`);
      const cards = page.locator('[data-astana-step]');
      await expect(cards).toHaveCount(chapter.steps.length);
      const box = page.frameLocator('[data-astana-story] iframe').locator('[data-story-map]');
      await expect(box).toHaveAttribute('data-state', 'ready', { timeout: 20_000 });
      await cards.nth(stepIndex).evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await expect(box).toHaveAttribute('data-active-step', step.id);
      await expect.poll(async () => centreMatches(await box.getAttribute('data-center'), step.id), { timeout: 15_000 }).toBe(true);
      const frame = page.frameLocator('[data-astana-story] iframe');
      await frame.getByRole('button', { name: 'Explore the map' }).click();
      await expect(box).toHaveAttribute('data-exploring', 'true');
      await frame.getByRole('button', { name: 'Zoom in' }).click();

      const next = chapter.steps[stepIndex + 1]!;
      await cards.nth(stepIndex + 1).evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await expect(box).toHaveAttribute('data-active-step', next.id);
      await expect(box).not.toHaveAttribute('data-exploring');
      await expect.poll(async () => centreMatches(await box.getAttribute('data-center'), next.id), { timeout: 15_000 }).toBe(true);
    });
  });
});

test.describe('on a place page', () => {
  // A place the story mentions more than once, so its popup lists several steps.
  const place = story.gazetteer.byId.get('aleppo')!;
  const mentions = story.chapters.flatMap((c) => c.steps.filter((s) => s.places.includes(place.id)));
  const placeMap = (page: Page) => page.locator(`[data-place-map="${place.id}"]`);
  const focusInPlaceMap = (page: Page) => page.evaluate(() => !!document.activeElement?.closest('[data-place-map]'));

  /** The page, scrolled a little (the map still in view), with nothing of the live map loaded. */
  async function openPlacePage(page: Page) {
    const mapRequests: string[] = [];
    page.on('request', (request) => {
      if (/maplibre|\/basemap\/|\/maps\/place\/.*\.json$|\/fonts\//.test(request.url())) mapRequests.push(request.url());
    });
    await page.goto(`/places/${place.id}`);
    const box = placeMap(page);
    await expect(box.locator('img[data-static-map]')).toBeVisible();
    await page.evaluate(() => window.scrollTo(0, 120));
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(120);
    await expect(box).not.toHaveAttribute('data-state');
    await expect(box.locator('.gl-layer')).toHaveCount(0);
    return { box, mapRequests };
  }

  /**
   * The camera the live map opens at: that of the image the page shows (the phone's on a phone), at
   * the scale it shows it (its box's width over the width it was drawn for).
   */
  async function imageCamera(page: Page, box: MapLocator): Promise<Camera> {
    type Drawn = { camera: Camera; drawnWidth: number };
    const view = (await (await page.request.get(`/maps/place/${place.id}.json`)).json()) as Drawn & { phone: Drawn };
    const phoneImage = /-phone\.svg$/.test(await box.locator('img[data-static-map]').evaluate((img: HTMLImageElement) => img.currentSrc));
    const drawn = phoneImage ? view.phone : view;
    const shown = (await box.boundingBox())!.width;
    // An image shrunk much below the size it was drawn at has names too small to read.
    expect(shown / drawn.drawnWidth, 'the image is shown near the size it was drawn at').toBeGreaterThan(0.9);
    return { center: drawn.camera.center, zoom: drawn.camera.zoom + Math.log2(shown / drawn.drawnWidth) };
  }

  for (const { name, viewport, touch } of [
    { name: 'laptop', viewport: { width: 1280, height: 800 }, touch: false },
    { name: 'phone', viewport: { width: 390, height: 844 }, touch: true },
  ]) {
    test.describe(`on a ${name}`, () => {
      test.use({ viewport, isMobile: touch, hasTouch: touch, deviceScaleFactor: touch ? 2 : 1 });

      test('"Explore the map" loads the live map framed as the image; zoom, pan, the marker\'s popup, then back', async ({ page }) => {
        const { box, mapRequests } = await openPlacePage(page);
        expect(mapRequests, 'nothing of the live map before the reader asks').toEqual([]);
        const inPage = (await box.boundingBox())!;
        const framed = await imageCamera(page, box);
        const before = await box.evaluate(() => ({ x: window.scrollX, y: window.scrollY, href: location.href, history: history.length }));
        const press = (locator: Locator) => (touch ? locator.tap() : locator.click());
        const opener = box.locator('button[data-explore="open"]');
        await expect(opener).toHaveAccessibleName('Explore the map');

        await press(opener);
        await expect(box).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
        await expect(box).toHaveAttribute('data-exploring', 'true');
        await expect(box.locator('[aria-live]')).toContainText('Exploring the map');
        expect(await focusInPlaceMap(page)).toBe(true);
        if (touch) await expect.poll(async () => box.boundingBox()).toEqual({ x: 0, y: 0, width: 390, height: 844 });
        else expect(await box.boundingBox()).toEqual(inPage);
        // The image's camera: the place in the middle, at the image's zoom.
        await expectCameraBack(box, framed);
        // Its country tinted and named, as in the image; the place's marker, named.
        await expect(box.locator('[data-map-labels-overlay]:not([data-hidden]) [data-map-label="country-SYR"]')).toHaveCount(1, { timeout: 15_000 });
        const marker = box.locator(`button[data-place="${place.id}"]`);
        await expect(marker).toHaveAttribute('data-active', 'true');
        await expect(marker).not.toHaveAttribute('data-name', 'none');

        // The marker opens the place's popup: its context and where the story mentions it.
        await press(marker);
        const popup = page.locator(`[data-place-popup="${place.id}"]`);
        await expect(popup).toBeVisible();
        await expect(popup).toContainText(place.context);
        await expect(popup.locator('.popup-mentions a')).toHaveCount(mentions.length);
        await expect(popup.locator('.popup-mentions a').first()).toHaveAttribute('href', `/chapters/${mentions[0]!.chapter}#${mentions[0]!.id}`);
        expect(await seriousViolations(page)).toEqual([]);
        await page.keyboard.press('Escape');
        await expect(popup).toBeHidden();
        await expect(box).toHaveAttribute('data-exploring', 'true');

        await press(page.getByRole('button', { name: 'Zoom in' }));
        await zoomPast(box, framed.zoom + 0.9);
        const zoomed = await cameraOf(box);
        if (touch) {
          await touchDrag(page, [195, 500], [-100, -60]);
          await centreMoved(box, zoomed);
          const panned = await cameraOf(box);
          await pinchOut(page, [195, 420]);
          await zoomPast(box, panned.zoom + 0.2);
        } else {
          await page.keyboard.press('+');
          await zoomPast(box, framed.zoom + 1.9);
          await page.keyboard.press('ArrowRight');
          await centreMoved(box, await cameraOf(box));
          await dragMap(page, box, inPage);
        }
        expect(await page.evaluate(() => window.scrollY)).toBe(before.y);
        expect(await seriousViolations(page)).toEqual([]);

        // A place page has no story to go back to: its way back says "the page".
        await press(page.getByRole('button', { name: 'Back to the page' }));
        await expect(box).not.toHaveAttribute('data-exploring');
        await expectCameraBack(box, framed);
        expect(await box.evaluate(() => ({ x: window.scrollX, y: window.scrollY, href: location.href, history: history.length }))).toEqual(before);
        await expect.poll(async () => box.boundingBox()).toEqual(inPage);
        await expect(opener).toBeFocused();
        await expect(box.locator('[aria-live]')).toContainText('Back to the page');
        expect(await seriousViolations(page)).toEqual([]);
      });
    });
  }

  test('from the keyboard: Enter opens, one Escape returns, and the map opens at once the second time', async ({ page }) => {
    const { box } = await openPlacePage(page);
    const framed = await imageCamera(page, box);
    const opener = box.locator('button[data-explore="open"]');
    await opener.focus();
    await page.keyboard.press('Enter');
    await expect(box).toHaveAttribute('data-exploring', 'true', { timeout: 30_000 });
    expect(await focusInPlaceMap(page)).toBe(true);
    await page.keyboard.press('+');
    await zoomPast(box, framed.zoom + 0.9);
    await page.keyboard.press('Escape');
    await expect(box).not.toHaveAttribute('data-exploring');
    await expectCameraBack(box, framed);
    await expect(opener).toBeFocused();
    // The live map stays: exploring again needs nothing more from the network.
    await page.keyboard.press('Enter');
    await expect(box).toHaveAttribute('data-exploring', 'true');
    await page.keyboard.press('Escape');
    await expect(opener).toBeFocused();
  });
});
