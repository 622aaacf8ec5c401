import { cameraOn, expect, map, startMap, tabToMarker, test } from './fixtures';
import { allSteps, firstStepWith, story } from './story-data';

/* Markers and their popups: the context a reader opens by clicking or with the keyboard. */

const mapReady = startMap;

test('a marker opens its context, links to the story, and Escape closes it', async ({ page }) => {
  const step = firstStepWith('geneva');
  const place = story.gazetteer.byId.get('geneva')!;
  await page.goto(`/#${step.id}`);
  await mapReady(page);
  await cameraOn(page, step.id);

  const marker = page.locator('button[data-place="geneva"]');
  await expect(marker).toHaveAccessibleName(`${place.name}, ${place.country}`);
  await marker.click();
  const popup = page.locator('[data-place-popup="geneva"]');
  await expect(popup).toBeVisible();
  await expect(popup.getByRole('heading', { name: place.name })).toBeVisible();
  await expect(popup).toContainText(place.context);
  await expect(popup).toContainText(place.country);

  const mentions = allSteps.filter((s) => s.places.includes('geneva'));
  const links = popup.getByRole('list').getByRole('link');
  await expect(links).toHaveCount(mentions.length);
  await page.keyboard.press('Escape');
  await expect(popup).toBeHidden();
  await expect(marker).toBeFocused();

  await marker.click();
  const other = mentions.at(-1)!;
  await popup.locator(`a[href="#${other.id}"]`).click();
  await expect(popup).toBeHidden();
  await expect(map(page)).toHaveAttribute('data-active-step', other.id);
  await expect(page.locator(`[data-step="${other.id}"]`)).toBeInViewport();
  await cameraOn(page, other.id);
});

test('a popup is the platform\'s: Escape closes it and focus returns to the marker, a click outside closes it, keys leave the story alone', async ({ page }) => {
  const step = firstStepWith('geneva');
  await page.goto(`/#${step.id}`);
  await mapReady(page);
  await cameraOn(page, step.id);
  const marker = page.locator('button[data-place="geneva"]');
  const popup = page.locator('[data-place-popup="geneva"]');
  const scrollY = await page.evaluate(() => window.scrollY);

  await marker.click();
  await expect(popup).toBeVisible();
  await expect(marker).toHaveAttribute('aria-expanded', 'true');
  await expect(popup.getByRole('heading', { level: 2 })).toBeFocused();
  // While the popup is open, J and the arrows belong to it, not to the story.
  await page.keyboard.press('j');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Escape');
  await expect(popup).toBeHidden();
  await expect(marker).toBeFocused();
  await expect(marker).toHaveAttribute('aria-expanded', 'false');
  await expect(map(page)).toHaveAttribute('data-active-step', step.id);
  expect(await page.evaluate(() => window.scrollY)).toBe(scrollY);
  expect(await page.locator('.maplibregl-map').evaluate((el) => [el.scrollLeft, el.scrollTop])).toEqual([0, 0]);

  // A click outside the popup closes it: on the story's text, then on the map itself.
  await marker.click();
  await expect(popup).toBeVisible();
  await page.locator(`[data-step="${step.id}"] .step-card`).click({ position: { x: 8, y: 8 } });
  await expect(popup).toBeHidden();
  await expect(marker).toHaveAttribute('aria-expanded', 'false');
  await marker.click();
  await expect(popup).toBeVisible();
  await page.locator('.maplibregl-canvas').click({ position: { x: 4, y: 4 } });
  await expect(popup).toBeHidden();
  await expect(map(page)).toHaveAttribute('data-active-step', step.id);
});

test('keyboard only: Tab reaches a marker, Enter opens it, arrows move between steps', async ({ page }) => {
  await page.goto('/');
  await mapReady(page);
  const focusedPlace = await tabToMarker(page);
  expect(focusedPlace).toBeTruthy();
  await page.keyboard.press('Enter');
  await expect(page.locator(`[data-place-popup="${focusedPlace}"]`)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator(`button[data-place="${focusedPlace}"]`)).toBeFocused();

  await page.keyboard.press('ArrowDown');
  await expect(map(page)).toHaveAttribute('data-active-step', allSteps[0]!.id);
  await page.keyboard.press('j');
  await expect(map(page)).toHaveAttribute('data-active-step', allSteps[1]!.id);
  await cameraOn(page, allSteps[1]!.id);
  await page.keyboard.press('ArrowUp');
  await expect(map(page)).toHaveAttribute('data-active-step', allSteps[0]!.id);
  await page.keyboard.press('k');
  await expect(map(page)).toHaveAttribute('data-active-step', allSteps[0]!.id);
});
