import { test as base, expect, type Page } from '@playwright/test';
import { allSteps, centreMatches } from './story-data';

/**
 * Every browser test fails when the page asks for anything outside the site's own
 * origin (the site must work offline) or logs a console error.
 */
export const test = base.extend<{ offsite: string[]; consoleErrors: string[]; allowedOrigins: string[]; exported: boolean }>({
  /** Origins besides the site's that a test may load from (a test's own host page). */
  allowedOrigins: [[], { option: true }],
  /** True in the project that runs against nginx serving the static export (playwright.config.ts). */
  exported: [false, { option: true }],
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

/** The story map's container, whose attributes are the public contract (docs/contract.md). */
export const map = (page: Page) => page.locator('[data-story-map]');

/** Waits until the camera has settled on the step's place(s): `data-center` changes on `moveend` only. */
export async function cameraOn(page: Page, stepId: string) {
  await expect
    .poll(async () => centreMatches(await map(page).getAttribute('data-center'), stepId), { timeout: 15_000, message: `camera on ${stepId}` })
    .toBe(true);
}

/** Moves through the story with J and K until `id` is the active step, and its camera has arrived. */
export async function goToStep(page: Page, id: string) {
  const order = allSteps.map((step) => step.id);
  await expect
    .poll(
      async () => {
        // Read the step only once the last key's scroll has stopped: on a busy machine a scroll
        // still under way would carry the story past `id` after we had read it there.
        await scrollSettled(page);
        const active = (await map(page).getAttribute('data-active-step')) ?? '';
        if (active !== id) await page.keyboard.press(order.indexOf(active) < order.indexOf(id) ? 'j' : 'k');
        return active;
      },
      { timeout: 30_000, intervals: [400] },
    )
    .toBe(id);
  await cameraOn(page, id);
}

/** Resolves once the window has not scrolled for several frames in a row. */
export async function scrollSettled(page: Page) {
  await page.evaluate(
    () =>
      new Promise<void>((settled) => {
        let last = window.scrollY;
        let still = 0;
        const frame = () => {
          still = window.scrollY === last ? still + 1 : 0;
          last = window.scrollY;
          if (still >= 10) settled();
          else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
  );
}

/** Presses Tab until a map marker has focus; answers its place id, or null after 40 presses. */
export async function tabToMarker(page: Page): Promise<string | null> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const place = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.place ?? null);
    if (place) return place;
  }
  return null;
}

/** The frame-ancestors source a path's answer must carry: only embeds may be framed by other sites. */
export const framingFor = (path: string) => (path.startsWith('/embed/') ? '*' : "'self'");

/** Embeds, which a sandbox may give an opaque origin, also start MapLibre's worker from a data: URL. */
const workersFor = (path: string) => (path.startsWith('/embed/') ? "worker-src 'self' blob: data:" : "worker-src 'self' blob:");

/**
 * Every answer of the site carries the same security headers (docs/deploy.md, "Security headers"),
 * 404s included; only `frame-ancestors` and `worker-src` differ, by path.
 */
export function expectSecurityHeaders(headers: Record<string, string>, path: string) {
  const csp = headers['content-security-policy'] ?? '';
  for (const directive of ["default-src 'self'", "script-src 'self' 'unsafe-inline'", workersFor(path), "img-src 'self' data: blob:", "connect-src 'self'"]) {
    expect(csp, path).toContain(`${directive};`);
  }
  expect(csp, path).toMatch(new RegExp(`frame-ancestors ${framingFor(path).replace('*', '\\*')}(;|$)`));
  expect(csp, path).not.toContain('unsafe-eval');
  expect(headers['x-content-type-options'], path).toBe('nosniff');
  expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
  for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) expect(headers['permissions-policy'], path).toMatch(new RegExp(`\\b${feature}=\\(\\)`));
}

/**
 * Starts the interactive map the way a reader does, with a pointer move, and waits until
 * it is ready. Moves until it answers: a move made before hydration reaches no listener.
 */
export async function startMap(page: Page) {
  await interact(page);
  await expect(map(page)).toHaveAttribute('data-state', 'ready', { timeout: 20_000 });
}

/** Moves the pointer until the map leaves its `loading` state (to `ready` or `fallback`). */
export async function interact(page: Page) {
  await expect
    .poll(
      async () => {
        await page.mouse.move(100 + Math.random() * 50, 300);
        return map(page).getAttribute('data-state');
      },
      { timeout: 20_000, intervals: [100, 250, 500] },
    )
    .not.toBe('loading');
}
