import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every browser test fails when the page asks for anything outside the site's own
 * origin (the site must work offline) or logs a console error.
 */
export const test = base.extend<{ offsite: string[]; consoleErrors: string[]; allowedOrigins: string[] }>({
  /** Origins besides the site's that a test may load from (a test's own host page). */
  allowedOrigins: [[], { option: true }],
  offsite: [
    async ({ page, baseURL, allowedOrigins }, use) => {
      const origins = new Set([new URL(baseURL ?? 'http://127.0.0.1').origin, ...allowedOrigins]);
      const offsite: string[] = [];
      page.on('request', (request) => {
        const url = request.url();
        if (/^(data|blob|about|chrome-error):/.test(url)) return;
        if (!origins.has(new URL(url).origin)) offsite.push(url);
      });
      await use(offsite);
      expect(offsite, 'requests that left the origin').toEqual([]);
    },
    { auto: true },
  ],
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(String(error)));
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Attributes are the public contract; a 404 response is expected to log one console error. */
export async function expectNotFound(page: Page, path: string, consoleErrors: string[]) {
  const response = await page.goto(path);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('link', { name: /back to the story/i })).toHaveAttribute('href', '/');
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !/404/.test(e)));
}

/**
 * Starts the interactive map the way a reader does, with a pointer move, and waits until
 * it is ready. Moves until it answers: a move made before hydration reaches no listener.
 */
export async function startMap(page: Page) {
  await interact(page);
  await expect(page.locator('[data-story-map]')).toHaveAttribute('data-state', 'ready', { timeout: 20_000 });
}

/** Moves the pointer until the map leaves its `loading` state (to `ready` or `fallback`). */
export async function interact(page: Page) {
  const map = page.locator('[data-story-map]');
  await expect
    .poll(
      async () => {
        await page.mouse.move(100 + Math.random() * 50, 300);
        return map.getAttribute('data-state');
      },
      { timeout: 20_000, intervals: [100, 250, 500] },
    )
    .not.toBe('loading');
}
