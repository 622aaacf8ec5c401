import { existsSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { cameraOn, expect, map, scrollSettled, startMap, test } from './fixtures';
import { allSteps, story } from './story-data';

/*
 * Labels on the live map, at every step of the story, on a laptop and on a phone: the map
 * alone tells the reader where they are. Found through the labels' own attributes (docs/contract.md).
 */

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Seen {
  labels: { id: string; kind: string; country: string | null; box: Box }[];
  markers: Box[];
  /** The names of the step's own markers. */
  activeNames: { id: string; box: Box }[];
  /** Every place drawn with its name, the step's own and the others. */
  namedPlaces: string[];
  attribution: Box | null;
  map: Box;
  column: Box | null;
}

/** Every label drawn on the live map, with the boxes it must stay clear of. */
function readMap(page: Page): Promise<Seen> {
  return page.evaluate(() => {
    const box = (element: Element) => {
      const r = element.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    };
    const root = document.querySelector('[data-story-map]')!;
    const labels = [...root.querySelectorAll('.gl-layer [data-map-label]')].map((element) => ({
      id: element.getAttribute('data-map-label')!,
      kind: element.getAttribute('data-label-kind')!,
      country: element.getAttribute('data-country'),
      box: box(element.querySelector('text')!),
    }));
    // What the map draws of its markers: the layout leaves some places undrawn (data-shown="false").
    const drawn = 'button[data-place]:not([data-shown="false"])';
    const markers = [...root.querySelectorAll(`${drawn} .marker-dot, ${drawn} .marker-label`)].map(box).filter((b) => b.width > 0);
    const activeNames = [...root.querySelectorAll('button[data-place][data-active="true"]')].map((button) => ({ id: button.getAttribute('data-place')!, box: box(button.querySelector('.marker-label')!) }));
    const namedPlaces = [...root.querySelectorAll(`${drawn}:not([data-name="none"])`)].map((button) => button.getAttribute('data-place')!);
    const attribution = root.querySelector('.maplibregl-ctrl-attrib');
    const column = document.querySelector('[data-story-text]');
    return { labels, markers, activeNames, namedPlaces, attribution: attribution ? box(attribution) : null, map: box(root), column: column ? box(column) : null };
  });
}

/** Resolves after two more frames: the overlay draws in the frame after the camera's last move. */
const framesLater = (page: Page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (a: Box, b: Box) => a.x >= b.x - 0.5 && a.y >= b.y - 0.5 && a.x + a.width <= b.x + b.width + 0.5 && a.y + a.height <= b.y + b.height + 0.5;

/** Each chapter's first step: the view a reader opening it sees. */
const openings = new Set(story.chapters.map((chapter) => chapter.steps[0]!.id));

/** What is wrong with the labels of one step, as sentences; none when all is well. */
function problemsAt(stepId: string, seen: Seen, desktop: boolean): string[] {
  const step = allSteps.find((s) => s.id === stepId)!;
  const wanted = [...new Set(step.places.map((id) => story.gazetteer.byId.get(id)!.countryCode))];
  // In view: inside the map's box, and on a laptop clear of the text column beside it.
  const visible = seen.labels.filter((label) => inside(label.box, seen.map) && !(desktop && seen.column && overlaps(label.box, seen.column)));
  const named = new Set(visible.filter((label) => label.kind === 'country').map((label) => label.country));
  const problems: string[] = [];
  for (const code of wanted) if (!named.has(code)) problems.push(`${stepId}: ${code} (a place's country) is not named in view`);
  // A chapter opens on the country the story is about, and names the places its view spans.
  if (openings.has(stepId) && !named.has('SYR')) problems.push(`${stepId}: opens a chapter without naming Syria`);
  for (const id of step.camera.frame ?? []) if (!seen.namedPlaces.includes(id)) problems.push(`${stepId}: ${id}, which the view frames, is not named`);
  // At least a neighbour: a country besides the place's (for a step across two countries, each is the other's).
  if (named.size < 2) problems.push(`${stepId}: no other country is named in view (named: ${[...named].join(', ') || 'none'})`);
  // A name near the right edge goes left of its dot rather than off the map.
  for (const name of seen.activeNames)
    if (name.box.x < seen.map.x - 0.5 || name.box.x + name.box.width > seen.map.x + seen.map.width + 0.5) problems.push(`${stepId}: the name of ${name.id} runs off the map`);
  seen.labels.forEach((a, i) => {
    for (const b of seen.labels.slice(i + 1)) if (overlaps(a.box, b.box)) problems.push(`${stepId}: labels ${a.id} and ${b.id} overlap`);
    for (const marker of seen.markers) if (overlaps(a.box, marker)) problems.push(`${stepId}: label ${a.id} covers a marker`);
    if (seen.attribution && overlaps(a.box, seen.attribution)) problems.push(`${stepId}: label ${a.id} covers the attribution`);
  });
  return problems;
}

/** Debian's fonts-noto-core, which .ci/run installs: Noto Sans as a reader's own font. */
const NOTO_INSTALLED = existsSync('/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf');

test("runs on the fonts its project says: the machine's Noto Sans, or none (without-noto)", async ({ browser }, testInfo) => {
  // A page of our own would declare the web font under the same family; a blank one sees only the machine's.
  const blank = await browser.newPage();
  const local = await blank.evaluate(() => {
    const context = document.createElement('canvas').getContext('2d')!;
    const width = (font: string) => ((context.font = font), context.measureText('Mmmiiilll Astana').width);
    return width('16px "Noto Sans", monospace') !== width('16px monospace');
  });
  await blank.close();
  expect(local).toBe(testInfo.project.name === 'without-noto' ? false : NOTO_INSTALLED);
});

for (const { name, viewport } of [
  { name: 'laptop', viewport: { width: 1280, height: 800 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
]) {
  test.describe(`on a ${name} (${viewport.width}×${viewport.height})`, () => {
    test.use({ viewport });

    test('every step names the country of each of its places and another country in view, each opening names Syria and the places it frames, with no label over another, a marker or the attribution', async ({ page }) => {
      test.setTimeout(300_000);
      const first = allSteps[0]!;
      await page.goto(`/#${first.id}`);
      await startMap(page);
      const problems: string[] = [];
      for (const [index, step] of allSteps.entries()) {
        const before = await map(page).getAttribute('data-center');
        // J moves to the next step, after reading a card taller than the room a screen at a time.
        for (let presses = 0; index > 0 && presses < 8 && (await map(page).getAttribute('data-active-step')) !== step.id; presses++) {
          await page.keyboard.press('j');
          await scrollSettled(page);
        }
        await expect(map(page)).toHaveAttribute('data-active-step', step.id);
        // Read the map where this step's flight ends: the last step's centre may already lie in a
        // wide view's bounds, so wait for a new `moveend` (data-center changes only then).
        if (index > 0) await expect.poll(() => map(page).getAttribute('data-center'), { timeout: 15_000, message: `camera moved for ${step.id}` }).not.toBe(before);
        await cameraOn(page, step.id);
        await framesLater(page);
        problems.push(...problemsAt(step.id, await readMap(page), viewport.width >= 900));
      }
      expect(problems).toEqual([]);
    });
  });
}

test('with the label font missing, the map keeps its markers and labels in a fallback font', async ({ page, consoleErrors }) => {
  await page.route('**/fonts/**', (route) => route.fulfill({ status: 404, body: 'missing' }));
  await page.goto('/');
  // The first view is a drawing whose text is set in the fallback face already (it cannot load a font).
  const drawing = page.locator('[data-story-map] img[data-static-map]');
  await expect.poll(() => drawing.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await expect(page.locator('[data-story-map] .static-frame:visible .marker-label').first()).toBeVisible();
  await startMap(page);
  await expect(page.locator('button[data-place]').first()).toBeAttached();
  await expect(page.locator('.gl-layer [data-map-label]').first()).toBeVisible();
  // The failed font request is the one expected console error.
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !/404|Failed to load resource/.test(e)));
});

test('the labels are hidden from screen readers and let clicks through to the markers', async ({ page }) => {
  await page.goto('/');
  // The first view is an image, named for what it shows; its labels are hidden inside it too.
  const drawing = page.locator('[data-story-map] img[data-static-map]');
  await expect(drawing).toHaveAttribute('alt', /^Map: /);
  const svg = await (await page.request.get(await drawing.evaluate((img: HTMLImageElement) => img.currentSrc))).text();
  expect(svg).toMatch(/<g aria-hidden="true" pointer-events="none"[^>]*data-map-labels=""/);
  await startMap(page);
  const overlay = page.locator('svg[data-map-labels-overlay]');
  await expect(overlay).toHaveAttribute('aria-hidden', 'true');
  await expect(overlay).toHaveCSS('pointer-events', 'none');
});

test('the labels step aside while the camera flies, are placed again where it stops, and follow a drag at the same zoom', async ({ page }) => {
  const [first, second] = allSteps;
  await page.goto(`/#${first!.id}`);
  await startMap(page);
  await cameraOn(page, first!.id);
  const overlay = page.locator('svg[data-map-labels-overlay]');
  await expect(overlay).not.toHaveAttribute('data-hidden');
  await expect(overlay.locator('[data-map-label]').first()).toBeVisible();

  // Watch from the page, every frame, so a short flight cannot slip between two polls.
  await page.evaluate(() => {
    (window as unknown as { __overlayHidden: boolean }).__overlayHidden = false;
    const svg = document.querySelector('svg[data-map-labels-overlay]')!;
    const watch = () => {
      if (svg.hasAttribute('data-hidden')) (window as unknown as { __overlayHidden: boolean }).__overlayHidden = true;
      requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
  });
  await page.keyboard.press('j');
  await expect(map(page)).toHaveAttribute('data-active-step', second!.id);
  await cameraOn(page, second!.id);
  expect(await page.evaluate(() => (window as unknown as { __overlayHidden: boolean }).__overlayHidden), 'hidden during the flight').toBe(true);
  await expect(overlay).not.toHaveAttribute('data-hidden');
  await expect(overlay.locator('[data-map-label]').first()).toBeVisible();

  // A drag pans at the same zoom: the labels move with the map, and stay shown.
  const label = overlay.locator('[data-map-label] text').first();
  const id = await overlay.locator('[data-map-label]').first().getAttribute('data-map-label');
  const before = (await label.boundingBox())!;
  const dot = page.locator('button[data-place] .marker-dot').first();
  const dotBefore = (await dot.boundingBox())!;
  const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
  // A point on the canvas itself, not on a marker, label or control.
  const start = await page.evaluate(({ x, y, width, height }) => {
    for (let fy = 0.3; fy <= 0.7; fy += 0.05)
      for (let fx = 0.5; fx <= 0.9; fx += 0.05) {
        const px = x + width * fx;
        const py = y + height * fy;
        if (document.elementFromPoint(px, py)?.classList.contains('maplibregl-canvas')) return [px, py] as const;
      }
    return null;
  }, canvas);
  expect(start, 'a free point on the map to drag').not.toBeNull();
  const [sx, sy] = start!;
  await page.mouse.move(sx, sy);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(sx - 6 * i, sy + 3 * i);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await expect(overlay).not.toHaveAttribute('data-hidden');
  const during = (await overlay.locator(`[data-map-label="${id}"] text`).boundingBox())!;
  const dotDuring = (await dot.boundingBox())!;
  // The map moved, and the label moved with it as far as a marker did.
  expect(dotDuring.x - dotBefore.x).toBeLessThan(-30);
  expect(dotDuring.y - dotBefore.y).toBeGreaterThan(15);
  expect(Math.abs(during.x - before.x - (dotDuring.x - dotBefore.x))).toBeLessThan(1.5);
  expect(Math.abs(during.y - before.y - (dotDuring.y - dotBefore.y))).toBeLessThan(1.5);
  await page.mouse.up();
});
