import type { Locator, Page } from '@playwright/test';
import { cameraOn, expect, map, scrollSettled, startMap, test } from './fixtures';
import { allSteps, firstStepWith, stepBounds, story } from './story-data';

/** The interactive map starts on the reader's first interaction; a pointer move is one. */
const mapReady = startMap;

/**
 * Opens a chapter, reads the first view (the drawing the page picked and the markers over it),
 * starts the live map and expects the same: the swap must not zoom or move the map, and at the
 * sizes the first views are drawn for (1280 × 800, 390 × 844) the live map lays out the same
 * labels, to 2 px, and names the same places on the same sides.
 */
async function expectSeamlessSwap(page: Page) {
  const chapter = story.chapters[0]!;
  const first = chapter.steps[0]!;
  await page.goto(`/chapters/${chapter.slug}`);
  const frame = page.locator('[data-story-map] .static-frame:visible');
  // The zoom the first view was drawn at, plus the scale the page shows it at.
  const staticZoom = await frame.evaluate((el: HTMLElement) => {
    const drawn = Number(el.dataset.camera!.split(',')[2]);
    return drawn + Math.log2(el.getBoundingClientRect().width / Number(el.dataset.box!.split(',')[0]));
  });
  const staticDot = (await frame.locator(`[data-static-place="${first.places[0]}"] .marker-dot`).boundingBox())!;
  const staticNames = await markerSides(page, '.static-frame:visible [data-static-place]', 'data-static-place');
  const staticLabels = await drawnLabels(page);
  expect(staticLabels.size).toBeGreaterThan(0);
  await mapReady(page);
  await expect.poll(async () => Number(await map(page).getAttribute('data-zoom'))).toBeCloseTo(staticZoom, 1);
  const marker = (await page.locator(`button[data-place="${first.places[0]}"] .marker-dot`).boundingBox())!;
  expect(Math.abs(marker.x + marker.width / 2 - (staticDot.x + staticDot.width / 2))).toBeLessThan(3);
  expect(Math.abs(marker.y + marker.height / 2 - (staticDot.y + staticDot.height / 2))).toBeLessThan(3);
  // The same labels, in the same places, and the same places named on the same sides.
  await expect.poll(async () => [...(await liveLabels(page)).keys()].sort()).toEqual([...staticLabels.keys()].sort());
  const live = await liveLabels(page);
  for (const [id, [x, y]] of staticLabels) {
    const [lx, ly] = live.get(id)!;
    expect(Math.abs(lx - x), `${id} x`).toBeLessThan(2);
    expect(Math.abs(ly - y), `${id} y`).toBeLessThan(2);
  }
  const liveNames = await markerSides(page, '.gl-layer button[data-place]:not([data-shown="false"])', 'data-place');
  expect(liveNames).toEqual(staticNames);
}

/** Where each label of the first view's drawing is anchored on screen, by id: read from the SVG file the page shows. */
async function drawnLabels(page: Page): Promise<Map<string, [number, number]>> {
  const image = page.locator('[data-story-map] img[data-static-map]');
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  const { src, box } = await image.evaluate((img: HTMLImageElement) => ({ src: img.currentSrc, box: img.getBoundingClientRect().toJSON() as DOMRect }));
  const svg = await (await page.request.get(src)).text();
  const [, drawnWidth] = svg.match(/viewBox="0 0 ([\d.]+) ([\d.]+)"/)!.map(Number);
  const [, , , offsetX, offsetY] = svg.match(/data-box="([\d.]+),([\d.]+),([\d.]+),([\d.]+)"/)!.map(Number);
  const scale = box.width / drawnWidth!;
  const labels = new Map<string, [number, number]>();
  for (const [, id, x, y] of svg.matchAll(/data-map-label="([^"]+)"[^>]*>(?:<rect[^>]*>)?<text x="([\d.-]+)" y="([\d.-]+)"/g)) {
    labels.set(id!, [box.x + (Number(x) + offsetX!) * scale, box.y + (Number(y) + offsetY!) * scale]);
  }
  return labels;
}

/** Where each label of the live map is anchored on screen, by id. */
async function liveLabels(page: Page): Promise<Map<string, [number, number]>> {
  const entries = await page.locator('[data-story-map] .gl-layer svg[data-map-labels-overlay] [data-map-label] text').evaluateAll((texts) =>
    texts.map((text) => {
      const svg = (text as SVGTextElement).ownerSVGElement!.getBoundingClientRect();
      const id = text.parentElement!.getAttribute('data-map-label')!;
      return [id, [svg.x + Number(text.getAttribute('x')), svg.y + Number(text.getAttribute('y'))]] as [string, [number, number]];
    }),
  );
  return new Map(entries);
}

/** Which places' names a map shows, and on which side, by id. */
async function markerSides(page: Page, selector: string, idAttribute: string): Promise<Record<string, string>> {
  return Object.fromEntries(
    await page.locator(`[data-story-map] ${selector}`).evaluateAll(
      (elements, attribute) =>
        elements.filter((el) => el.getAttribute('data-name') !== 'none').map((el) => [el.getAttribute(attribute)!, el.getAttribute('data-name-side') ?? 'right']),
      idAttribute,
    ),
  );
}

interface Track {
  positions: Set<string>;
  samples: number;
}

/**
 * Counts the distinct screen positions a marker's dot takes while the camera moves, sampled
 * every frame. The dot, not the button: the button's box also changes when its label shows or
 * hides, which is not camera movement. Resolves once the first position is recorded, so no move
 * goes unseen. `settled()` waits for two more samples, so the camera's last position is counted,
 * and answers how many positions there were.
 */
async function trackMarker(page: Page, placeId: string) {
  await page.evaluate(
    (id) =>
      new Promise<void>((recorded) => {
        const track: Track = { positions: new Set(), samples: 0 };
        (window as unknown as { __track: Track }).__track = track;
        const sample = () => {
          const box = document.querySelector(`button[data-place="${id}"] .marker-dot`)?.getBoundingClientRect();
          if (box) {
            track.positions.add(`${Math.round(box.x + box.width / 2)},${Math.round(box.y + box.height / 2)}`);
            track.samples++;
            recorded();
          }
          requestAnimationFrame(sample);
        };
        requestAnimationFrame(sample);
      }),
    placeId,
  );
  const read = () =>
    page.evaluate(() => {
      const { positions, samples } = (window as unknown as { __track: Track }).__track;
      return { positions: positions.size, samples };
    });
  return async () => {
    const now = (await read()).samples;
    await expect.poll(async () => (await read()).samples).toBeGreaterThanOrEqual(now + 2);
    return (await read()).positions;
  };
}

test('scrolling through the whole story activates every step in order and the map follows', { tag: '@publisher' }, async ({ page }) => {
  test.setTimeout(300_000);
  await page.goto('/');
  await mapReady(page);
  await page.mouse.move(300, 400);
  const seen: string[] = [];
  const last = allSteps.at(-1)!.id;
  for (let guard = 0; guard < 800 && seen.at(-1) !== last; guard++) {
    await page.mouse.wheel(0, 240);
    await scrollSettled(page);
    const active = await map(page).getAttribute('data-active-step');
    if (active && active !== seen.at(-1)) {
      seen.push(active);
      await expect(page.locator(`[data-step="${active}"]`)).toHaveAttribute('aria-current', 'step');
      await cameraOn(page, active);
    }
  }
  expect(seen).toEqual(allSteps.map((s) => s.id));
  expect(await page.locator('[aria-current="step"]').count()).toBe(1);
});

test('MapLibre loads only once the reader interacts, in place of the static map', async ({ page }) => {
  const mapRequests: string[] = [];
  page.on('request', (request) => {
    if (/maplibre|basemap/.test(request.url())) mapRequests.push(request.url());
  });
  await page.goto('/');
  await expect(page.locator('[data-story-map] [data-static-map]')).toBeVisible();
  // Proving that nothing loads needs the page settled first: React has hydrated the map (its
  // node carries a fiber), its effects have run (an idle callback comes after them), and the
  // network is idle. Code that started MapLibre at once would have asked for it by then.
  await expect.poll(() => map(page).evaluate((el) => Object.keys(el).some((key) => key.startsWith('__reactFiber$')))).toBe(true);
  await page.evaluate(() => new Promise((idle) => requestIdleCallback(idle)));
  await page.waitForLoadState('networkidle');
  expect(mapRequests).toEqual([]);
  await expect(map(page)).toHaveAttribute('data-state', 'loading');
  const before = await map(page).boundingBox();
  await page.mouse.wheel(0, 200);
  await expect(map(page)).toHaveAttribute('data-state', 'ready', { timeout: 20_000 });
  expect(mapRequests.some((url) => url.endsWith('/maplibre-gl-worker.mjs'))).toBe(true);
  expect(mapRequests.some((url) => url.endsWith('/basemap/basemap.json'))).toBe(true);
  await expect(page.locator('[data-story-map] img[data-static-map]')).toBeHidden();
  // The live map takes exactly the static map's box: nothing shifts.
  const after = await map(page).boundingBox();
  expect(after?.width).toBe(before?.width);
  expect(after?.height).toBe(before?.height);
});

test('the live map replaces the static one at the same scale and place', async ({ page }) => {
  await expectSeamlessSwap(page);
});

test('the live map paints no layer over the whole canvas: its sea is the box\'s CSS background', async ({ page }) => {
  // The step whose places lie farthest apart shows the most sea (Black Sea, Caspian).
  const span = (id: string) => {
    const [[west, south], [east, north]] = stepBounds(id);
    return east - west + north - south;
  };
  const step = allSteps.reduce((wide, s) => (span(s.id) > span(wide.id) ? s : wide));
  await page.goto(`/#${step.id}`);
  await mapReady(page);
  await cameraOn(page, step.id);
  // A probe colour no layer uses: a background layer, or any fill over the whole canvas, hides it.
  await map(page).evaluate((box: HTMLElement) => box.style.setProperty('--sea', 'rgb(255, 0, 255)'));
  const png = (await map(page).screenshot()).toString('base64');
  const probeShare = await page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height).data;
    let probe = 0;
    for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! > 250 && pixels[i + 1]! < 5 && pixels[i + 2]! > 250) probe++;
    return probe / (pixels.length / 4);
  }, png);
  expect(probeShare).toBeGreaterThan(0.02);
});

test('the URL follows reading without adding history entries', async ({ page }) => {
  await page.goto('/');
  await mapReady(page);
  const historyLength = await page.evaluate(() => history.length);
  const target = allSteps[3]!;
  await page.locator(`[data-step="${target.id}"]`).evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await expect(map(page)).toHaveAttribute('data-active-step', target.id);
  await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${target.id}`);
  expect(await page.evaluate(() => history.length)).toBe(historyLength);
});

test('a deep link opens at its step with its camera set at once', async ({ page }) => {
  const target = story.chapters[2]!.steps[2]!;
  await page.goto(`/#${target.id}`);
  await expect(map(page)).toHaveAttribute('data-active-step', target.id);
  await mapReady(page);
  await cameraOn(page, target.id);
  const box = await page.locator(`[data-step="${target.id}"]`).boundingBox();
  const viewport = page.viewportSize()!;
  expect(box!.y).toBeLessThan(viewport.height / 2);
  expect(box!.y + box!.height).toBeGreaterThan(viewport.height / 2);
});

for (const reducedMotion of ['reduce', 'no-preference'] as const) {
  test(`with reduced motion "${reducedMotion}" the camera ${reducedMotion === 'reduce' ? 'jumps' : 'flies'}`, async ({ page }) => {
    await page.emulateMedia({ reducedMotion });
    const from = firstStepWith('aleppo');
    const to = allSteps[allSteps.indexOf(allSteps.find((s) => s.id === from.id)!) + 1]!;
    await page.goto(`/#${from.id}`);
    await mapReady(page);
    await cameraOn(page, from.id);
    const positions = await trackMarker(page, 'aleppo');
    await page.keyboard.press('j');
    await expect(map(page)).toHaveAttribute('data-active-step', to.id);
    await cameraOn(page, to.id);
    // Where it was and where it jumped to, nothing between.
    if (reducedMotion === 'reduce') expect(await positions()).toBe(2);
    else expect(await positions()).toBeGreaterThan(5);
  });
}

test('the timeline shows the chapters on 2017 and scrolls to one', async ({ page }) => {
  await page.goto('/');
  const timeline = page.getByRole('navigation', { name: /timeline/i });
  const dots: Locator = timeline.locator('[data-timeline-chapter]');
  await expect(dots).toHaveCount(story.chapters.length);
  const lefts = await timeline.locator('li').evaluateAll((items) => items.map((li) => parseFloat((li as HTMLElement).style.insetInlineStart)));
  expect(lefts).toEqual([...lefts].sort((a, b) => a - b));
  expect(lefts[0]).toBeLessThan(10);
  expect(lefts.at(-1)).toBeGreaterThan(90);

  const chapter = story.chapters[3]!;
  await timeline.locator(`[data-timeline-chapter="${chapter.slug}"]`).click();
  await expect(page.locator(`#chapter-${chapter.slug} h2`)).toBeInViewport();
  await page.mouse.wheel(0, 900);
  await expect(timeline.locator(`[data-timeline-chapter="${chapter.slug}"]`)).toHaveAttribute('aria-current', 'location');
});

test('a place page gives context, a map, structured data and every mention', async ({ page }) => {
  const place = story.gazetteer.byId.get('aleppo')!;
  await page.goto('/places/aleppo');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(place.name);
  await expect(page.locator('.place-context')).toHaveText(place.context);
  await expect(page.locator('[data-static-map]')).toBeVisible();
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  expect(jsonLd).toMatchObject({ '@type': 'Place', name: place.name, geo: { latitude: place.coordinates[1], longitude: place.coordinates[0] } });
  const mentions = allSteps.filter((s) => s.places.includes('aleppo'));
  await expect(page.locator('[data-mention]')).toHaveCount(mentions.length);
  await page.locator('[data-mention] a').first().click();
  await expect(page).toHaveURL(new RegExp(`/chapters/${mentions[0]!.chapter}#${mentions[0]!.id}$`));
  await expect(map(page)).toHaveAttribute('data-active-step', mentions[0]!.id);
});

test('unknown places are 404', async ({ page, consoleErrors }) => {
  const response = await page.goto('/places/atlantis');
  expect(response?.status()).toBe(404);
  consoleErrors.length = 0;
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

  test('the map stays pinned at the top while the text scrolls below it', async ({ page }) => {
    const chapter = story.chapters[1]!;
    await page.goto(`/chapters/${chapter.slug}`);
    await mapReady(page);
    const before = (await map(page).boundingBox())!;
    expect(before.height).toBeGreaterThan(250);
    expect(before.height).toBeLessThan(844 * 0.55);
    expect(before.width).toBe(390);
    for (const step of chapter.steps) {
      await page.locator(`[data-step="${step.id}"]`).evaluate((el) => {
        const box = el.getBoundingClientRect();
        window.scrollBy(0, box.top - window.innerHeight * 0.7);
      });
      await expect(map(page)).toHaveAttribute('data-active-step', step.id);
      await cameraOn(page, step.id);
      const box = (await map(page).boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeLessThan(60);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  test('the live map replaces the static one at the same scale and place', async ({ page }) => {
    await expectSeamlessSwap(page);
  });

  test('the site header fits its bar, under the timeline', async ({ page }) => {
    await page.goto('/');
    const header = (await page.locator('.site-header').boundingBox())!;
    for (const link of [page.getByRole('link', { name: 'The Astana talks', exact: true }), page.getByRole('link', { name: 'Reader view', exact: true })]) {
      const box = (await link.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(header.y + header.height);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
    }
  });
});
