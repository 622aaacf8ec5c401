import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { story } from './story-data';

/** Every timeline target is at least 24×24 CSS px and overlaps no other (WCAG 2.5.8). */
async function expectTimelineTargets(page: Page) {
  const targets = page.locator('[data-timeline-chapter]');
  await expect(targets).toHaveCount(story.chapters.length);
  const boxes = await targets.evaluateAll((links) => links.map((link) => link.getBoundingClientRect().toJSON() as DOMRect));
  const width = page.viewportSize()!.width;
  boxes.forEach((box, i) => {
    expect(box.width, `target ${i}`).toBeGreaterThanOrEqual(24);
    expect(box.height, `target ${i}`).toBeGreaterThanOrEqual(24);
    expect(box.left, `target ${i}`).toBeGreaterThanOrEqual(0);
    expect(box.right, `target ${i}`).toBeLessThanOrEqual(width);
    for (const other of boxes.slice(i + 1)) {
      const overlap = Math.min(box.right, other.right) - Math.max(box.left, other.left) > 0 && Math.min(box.bottom, other.bottom) - Math.max(box.top, other.top) > 0;
      expect(overlap, `target ${i} overlaps another`).toBe(false);
    }
  });
}

const keyHint = (page: Page) => page.getByText(/arrow keys/);

test('with a keyboard and pointer, the intro offers the keys and the timeline targets are apart', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText(/Scroll to read/)).toBeVisible();
  await expect(keyHint(page)).toBeVisible();
  await expectTimelineTargets(page);
  await page.goto(`/chapters/${story.chapters[1]!.slug}`);
  await expectTimelineTargets(page);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

  test('the intro says to scroll, not to use keys', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByText(/Scroll to read/)).toBeVisible();
    await expect(keyHint(page)).toBeHidden();
  });

  test('every timeline target is at least 24 px and apart from the others', async ({ page }) => {
    await page.goto('/');
    await expectTimelineTargets(page);
    await page.goto(`/chapters/${story.chapters[1]!.slug}`);
    await expectTimelineTargets(page);
  });
});
