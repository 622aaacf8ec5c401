import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { cameraForStep } from '../../app/_lib/content/step-camera';
import type { LngLat } from '../../app/_lib/geometry/bounds';
import { countryIndex } from '../../app/_lib/map/basemap/country-index';
import { mapKey } from '../../app/_lib/map/key';
import { LOCATOR_MIN_ZOOM, LOCATOR_SIZE, locatorForStep, projectToLocator, type LocatorFrame } from '../../app/_lib/map/locator';
import { cameraOn, expect, goToStep, map, startMap, test } from './fixtures';
import { allSteps, story } from './story-data';

/*
 * The locator inset and the map key (docs/contract.md):
 * found by the steps' own data, so the test follows the chapters' cameras and legends.
 */

const countries = countryIndex(JSON.parse(readFileSync('public/basemap/basemap.json', 'utf8')));
const target = (step: (typeof allSteps)[number]) => cameraForStep(step, story.gazetteer.byId);
const placesOf = (step: (typeof allSteps)[number]) => step.places.map((id) => story.gazetteer.byId.get(id)!);
const isCloseUp = (step: (typeof allSteps)[number]) => {
  const camera = target(step);
  return camera.kind === 'point' && camera.zoom >= LOCATOR_MIN_ZOOM;
};
const regional = allSteps.find((step) => {
  const camera = target(step);
  return camera.kind === 'point' && camera.zoom < LOCATOR_MIN_ZOOM - 0.5;
})!;
const closeUps = allSteps.filter(isCloseUp);
const first = closeUps[0]!;
// The next close-up elsewhere: the locator must follow the camera there.
const second = closeUps.find((step) => allSteps.indexOf(step) > allSteps.indexOf(first) && step.places[0] !== first.places[0])!;
const keyed = allSteps.filter((step) => step.legend.length > 0);
const keyLines = (step: (typeof allSteps)[number]) => mapKey(step.legend, countries);

/** Where the camera's centre falls in the locator, and the mark drawn there. */
async function markAndCentre(page: Page) {
  const locator = page.locator('[data-map-locator]');
  const [lng, lat] = (await map(page).getAttribute('data-center'))!.split(',').map(Number) as LngLat;
  const [flng, flat, zoom] = (await locator.getAttribute('data-frame'))!.split(',').map(Number) as [number, number, number];
  const frame: LocatorFrame = { center: [flng, flat], zoom, ...LOCATOR_SIZE };
  const mark = await locator.evaluate((element) => {
    const rect = element.querySelector<SVGRectElement>('rect.locator-view')!;
    const dot = element.querySelector<SVGGElement>('g.locator-dot')!;
    if (rect.style.display !== 'none') return { kind: 'rect', x: rect.x.baseVal.value, y: rect.y.baseVal.value, width: rect.width.baseVal.value, height: rect.height.baseVal.value };
    const [, x, y] = /translate\(([-\d.]+) ([-\d.]+)\)/.exec(dot.getAttribute('transform') ?? '') ?? [];
    return { kind: 'dot', x: Number(x), y: Number(y), width: 0, height: 0 };
  });
  return { centre: projectToLocator(frame, [lng, lat]), mark };
}

function expectMarkAroundCentre({ centre: [cx, cy], mark }: Awaited<ReturnType<typeof markAndCentre>>) {
  if (mark.kind === 'rect') {
    expect(cx).toBeGreaterThan(mark.x);
    expect(cx).toBeLessThan(mark.x + mark.width);
    expect(cy).toBeGreaterThan(mark.y);
    expect(cy).toBeLessThan(mark.y + mark.height);
  } else {
    expect(Math.hypot(cx - mark.x, cy - mark.y)).toBeLessThan(1);
  }
}

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

test('the locator is absent at a regional step, marks a close-up and follows the camera to the next', async ({ page }) => {
  expect(regional && first && second, 'the story has a regional step and two close-ups').toBeTruthy();
  await page.goto(`/#${regional.id}`);
  await startMap(page);
  await cameraOn(page, regional.id);
  await expect(page.locator('[data-map-locator]')).toBeHidden();
  await expect(page.getByRole('img', { name: /^Locator map/ })).toHaveCount(0);

  await goToStep(page, first.id);
  const expected = locatorForStep(placesOf(first), countries)!;
  expect(expected.label).toContain(placesOf(first)[0]!.name);
  const inset = page.getByRole('img', { name: expected.label });
  await expect(inset).toBeVisible();
  await expect(inset).toHaveAttribute('data-map-locator', '');
  await expect(inset.locator('img')).toHaveJSProperty('complete', true);
  const before = await markAndCentre(page);
  expectMarkAroundCentre(before);

  await goToStep(page, second.id);
  await expect(page.getByRole('img', { name: locatorForStep(placesOf(second), countries)!.label })).toBeVisible();
  const after = await markAndCentre(page);
  expectMarkAroundCentre(after);
  expect(after.centre).not.toEqual(before.centre);
});

test('the map key says what the active step’s colours mean, and changes with the step', async ({ page }) => {
  const withKey = keyed[0]!;
  const index = allSteps.indexOf(withKey);
  // Connections are keyed too: a step without a key colours nothing and connects nothing.
  const withoutKey = allSteps.slice(index + 1).find((step) => step.legend.length === 0 && step.routes.length === 0)!;
  const otherKey = allSteps.find((step) => step.legend.length > 0 && allSteps.indexOf(step) > allSteps.indexOf(withoutKey))!;
  await page.goto(`/#${withKey.id}`);
  await startMap(page);
  await cameraOn(page, withKey.id);
  const key = page.getByRole('region', { name: 'Map key' });
  await expect(key).toHaveAttribute('data-map-legend', '');
  for (const line of keyLines(withKey)) {
    await expect(key.getByRole('listitem').filter({ hasText: line.label })).toHaveText(`${line.label}: ${line.names.join(', ')}`);
  }
  expect(keyLines(withKey)[0]!.names.every((name) => !/^[A-Z]{3}$/.test(name)), 'countries are named, not coded').toBe(true);

  await goToStep(page, withoutKey.id);
  await expect(page.locator('[data-map-legend]')).toHaveCount(0);

  await goToStep(page, otherKey.id);
  await expect(key).toContainText(keyLines(otherKey)[0]!.label);
});

test('an embed shows the key of the step it is on, before and after MapLibre', async ({ page }) => {
  const chapter = story.chapters.find((c) => c.steps.some((step) => step.legend.length > 0))!;
  const stepIndex = chapter.steps.findIndex((step) => step.legend.length > 0);
  const line = mapKey(chapter.steps[stepIndex]!.legend, countries)[0]!;
  await page.goto(`/embed/${chapter.slug}?step=${stepIndex + 1}`);
  const key = page.getByRole('region', { name: 'Map key' });
  await expect(key).toContainText(`${line.label}: ${line.names.join(', ')}`);
  await startMap(page);
  await expect(key).toContainText(`${line.label}: ${line.names.join(', ')}`);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

  test('neither the locator, the key nor the attribution covers a place of the step', async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto(`/#${allSteps[0]!.id}`);
    await startMap(page);
    const checked: string[] = [];
    for (const step of allSteps) {
      if (!isCloseUp(step) && step.legend.length === 0 && step.routes.length === 0) continue;
      await goToStep(page, step.id);
      const overlays = await page.evaluate(() =>
        ['[data-map-locator]:not([hidden])', '[data-map-legend]', '.maplibregl-ctrl-attrib'].flatMap((selector) => {
          const box = document.querySelector(`[data-story-map] ${selector}`)?.getBoundingClientRect();
          return box && box.width > 0 ? [{ selector, left: box.left, top: box.top, right: box.right, bottom: box.bottom }] : [];
        }),
      );
      if (isCloseUp(step)) expect(overlays.map((o) => o.selector), step.id).toContain('[data-map-locator]:not([hidden])');
      if (step.legend.length || step.routes.length) expect(overlays.map((o) => o.selector), step.id).toContain('[data-map-legend]');
      for (const id of step.places) {
        const dot = (await page.locator(`[data-story-map] button[data-place="${id}"] .marker-dot`).boundingBox())!;
        for (const o of overlays) {
          const overlaps = dot.x < o.right && dot.x + dot.width > o.left && dot.y < o.bottom && dot.y + dot.height > o.top;
          expect(overlaps, `${step.id}: ${o.selector} covers ${id}`).toBe(false);
        }
      }
      checked.push(step.id);
    }
    expect(checked.length).toBeGreaterThan(10);
  });
});
