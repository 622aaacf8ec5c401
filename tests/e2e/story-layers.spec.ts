import type { Page } from '@playwright/test';
import { formatRoutes, routeKey } from '../../app/_lib/content/connections';
import { cameraOn, expect, goToStep, startMap, test } from './fixtures';
import { allSteps } from './story-data';

/*
 * A step's layers (docs/authoring.md, "Layers"): its connections `[data-map-route]` and callouts
 * `[data-map-annotation]`, drawn on the live map when the step is active and gone when it
 * leaves, and in the static maps (first view, embeds, reader thumbnails).
 */

const order = allSteps.map((step) => step.id);
const routed = allSteps.find((step) => step.routes.length > 0)!;
const before = allSteps[order.indexOf(routed.id) - 1]!;
const after = allSteps.slice(order.indexOf(routed.id) + 1).find((step) => step.routes.length === 0)!;
const annotated = allSteps.find((step) => step.annotations.length > 0)!;
const unannotated = allSteps.slice(order.indexOf(annotated.id) + 1).find((step) => step.annotations.length === 0)!;
const live = (page: Page) => page.locator('.gl-layer');

/** Records, from now on, the `data-drawn` state of every connection the page draws. */
async function recordRouteStates(page: Page) {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { routeStates: string[] }).routeStates = seen;
    new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes)
          if (node instanceof Element) for (const element of [node, ...node.querySelectorAll('[data-map-route]')]) if (element.matches('[data-map-route]')) seen.push(element.getAttribute('data-drawn') ?? '');
    }).observe(document.body, { childList: true, subtree: true });
  });
}
const routeStates = (page: Page) => page.evaluate(() => (window as unknown as { routeStates: string[] }).routeStates);

test('a step’s connections draw in on the live map when it activates, are keyed, and go when it leaves', async ({ page }) => {
  await page.goto(`/#${before.id}`);
  await startMap(page);
  await cameraOn(page, before.id);
  await expect(live(page).locator('[data-map-route]')).toHaveCount(before.routes.length);
  await recordRouteStates(page);

  await goToStep(page, routed.id);
  const drawn = live(page).locator('[data-map-route]');
  await expect(drawn).toHaveCount(routed.routes.length);
  for (const route of routed.routes) await expect(live(page).locator(`[data-map-route="${routeKey(route)}"]`)).toHaveAttribute('data-drawn', 'full');
  expect(await drawn.evaluateAll((groups) => groups.map((g) => g.getAttribute('data-map-route')).join(','))).toBe(formatRoutes(routed.routes));
  const states = await routeStates(page);
  expect(states, 'drawn in, then whole').toContain('partial');
  expect(states.at(-1)).toBe('full');
  // Directed connections end in an arrowhead: a second, filled path.
  if (routed.routes[0]!.directed) await expect(drawn.first().locator('path')).toHaveCount(3);
  await expect(page.locator('[data-map-legend] [data-key-kind="route"], [data-map-legend] [data-key-kind="link"]')).not.toHaveCount(0);

  await goToStep(page, after.id);
  await expect(live(page).locator('[data-map-route]')).toHaveCount(0);
});

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('a connection is drawn whole at once', async ({ page }) => {
    await page.goto(`/#${before.id}`);
    await startMap(page);
    await cameraOn(page, before.id);
    await recordRouteStates(page);
    await goToStep(page, routed.id);
    await expect(live(page).locator('[data-map-route]')).toHaveCount(routed.routes.length);
    const states = await routeStates(page);
    expect(states.length).toBeGreaterThan(0);
    expect(states.every((state) => state === 'full'), states.join(',')).toBe(true);
  });
});

test('a callout shows beside its place on the live map, clear of labels and markers, and goes with its step', async ({ page }) => {
  await page.goto(`/#${annotated.id}`);
  await startMap(page);
  await cameraOn(page, annotated.id);
  const text = annotated.annotations[0]!.text;
  const callout = live(page).locator(`[data-map-annotation="${text}"]`);
  await expect(callout).toHaveCount(1);
  const box = (await callout.locator('text').boundingBox())!;
  const others = await page.evaluate(() =>
    // What the map draws: the layout leaves some of the story's places undrawn (data-shown="false").
    [...document.querySelectorAll('.gl-layer [data-map-label] text, .gl-layer .marker:not([data-shown="false"]) .marker-dot, .gl-layer .marker[data-active] .marker-label')].map((element) => {
      const r = element.getBoundingClientRect();
      return { what: element.textContent || element.className, left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    }),
  );
  for (const o of others) {
    const overlaps = box.x < o.right && box.x + box.width > o.left && box.y < o.bottom && box.y + box.height > o.top;
    expect(overlaps, `"${text}" overlaps ${o.what}`).toBe(false);
  }

  await goToStep(page, unannotated.id);
  await expect(live(page).locator('[data-map-annotation]')).toHaveCount(0);
});

test('the static maps draw the same layers: first view, embed and reader thumbnails', async ({ page, request }) => {
  const first = allSteps[0]!;
  /** The SVG of the first view the page shows. */
  const drawing = async () => {
    const image = page.locator('.static-layer img[data-static-map]');
    await expect(image).toBeVisible();
    return (await request.get(await image.evaluate((img: HTMLImageElement) => img.currentSrc))).text();
  };
  await page.goto('/');
  const svg = await drawing();
  expect([...svg.matchAll(/data-map-annotation=/g)]).toHaveLength(first.annotations.length);
  expect([...svg.matchAll(/data-map-route=/g)]).toHaveLength(first.routes.length);

  const chapterFirst = allSteps.find((step) => step.routes.length > 0 && allSteps.find((s) => s.chapter === step.chapter) === step);
  if (chapterFirst) {
    await page.goto(`/embed/${chapterFirst.chapter}`);
    const embedded = await drawing();
    for (const route of chapterFirst.routes) expect(embedded).toContain(`data-map-route="${routeKey(route).replaceAll('>', '&gt;')}"`);
  }

  for (const step of [routed, after, annotated]) {
    const svg = await (await request.get(`/read/maps/${step.id}.svg`)).text();
    expect([...svg.matchAll(/data-map-route="([^"]+)"/g)].map((m) => m[1]!.replaceAll('&gt;', '>')), step.id).toEqual(step.routes.map(routeKey));
    expect([...svg.matchAll(/data-map-annotation=/g)], step.id).toHaveLength(step.annotations.length);
  }
});

const zoned = allSteps.find((step) => step.areas.length > 0)!;
// The zones close the story: the step before them has none.
const unzoned = allSteps.slice(0, order.indexOf(zoned.id)).findLast((step) => step.areas.length === 0)!;

test('a step’s areas are hatched on the live map under the labels and markers, keyed as schematic, and go with their step', async ({ page }) => {
  expect(zoned.id).toBe('eighth-round-zones');
  await page.goto(`/#${zoned.id}`);
  await startMap(page);
  await cameraOn(page, zoned.id);
  const areas = live(page).locator('[data-map-area]');
  await expect(areas).toHaveCount(zoned.areas.length);
  expect(await areas.evaluateAll((paths) => paths.map((p) => p.getAttribute('data-map-area')))).toEqual(zoned.areas);
  // Under the connections and labels: the areas' overlay comes first, and takes no clicks.
  const order = await page.evaluate(() => [...document.querySelectorAll('.gl-layer .map-overlay')].map((svg) => svg.getAttribute('class') ?? ''));
  expect(order[0]).toContain('map-areas-overlay');
  expect(await areas.first().evaluate((path) => getComputedStyle(path).pointerEvents)).toBe('none');
  await expect(page.locator('[data-map-legend] [data-key-kind="area"]')).toHaveText(/Schematic: provinces named in the memorandum of 4 May 2017/);
  await expect(page.locator('[data-story-map] [data-map-announcement]')).toContainText('hatched: Idlib province');

  await goToStep(page, unzoned.id);
  await expect(live(page).locator('[data-map-area]')).toHaveCount(0);
});

test('the static maps hatch a step’s areas: its reader thumbnail and key line, and its first view where it opens a page', async ({ page, request }) => {
  const svg = await (await request.get(`/read/maps/${zoned.id}.svg`)).text();
  expect([...svg.matchAll(/data-map-area="([^"]+)"/g)].map((m) => m[1])).toEqual(zoned.areas);
  expect(svg).toContain('<pattern id="map-area-hatch"');
  await page.goto('/read');
  const caption = page.locator(`[data-reader-step="${zoned.id}"] [data-reader-key]`);
  await expect(caption.filter({ has: page.locator('.key-area') })).toHaveText(/Schematic: provinces named in the memorandum of 4 May 2017, hatched: Idlib province, .* and Quneitra province/);
  // No page opens on the zones (first views are a page's first step): a step without areas draws none.
  const first = await (await request.get('/maps/view/story-laptop.svg')).text();
  expect(first).not.toContain('data-map-area');
});
