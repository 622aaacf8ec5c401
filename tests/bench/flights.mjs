/**
 * `npm run bench:flights -- <url>`: each camera move of the story, step by step, against a
 * server already running. It presses J through every step (as a keyboard reader does) and
 * reports how long the map kept drawing after each press and in how many frames, so two
 * builds' camera choreography can be compared: a move under 150 ms is a jump (MapLibre's
 * `flyTo` jumps when its flight would last longer than `maxDuration`) or no move at all.
 *
 *   npm run bench:flights -- http://127.0.0.1:3200/           laptop, 1280x800
 *   npm run bench:flights -- http://127.0.0.1:3200/ --phone   390x844 at 3x
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_PATH, offlineFlags, webglFlags } from '../../playwright.config.ts';
import { countMapDraws } from './browser-metrics.mjs';

const args = process.argv.slice(2);
const url = args.find((arg) => /^https?:/.test(arg));
if (!url) {
  console.error('usage: npm run bench:flights -- <url> [--phone]');
  process.exit(2);
}
const phone = args.includes('--phone');
const viewport = phone ? { width: 390, height: 844 } : { width: 1280, height: 800 };
/** A move that draws for less than this is a jump, or no move. */
const FLIGHT_MS = 150;
/** The camera has arrived when the map has not drawn for this long. */
const QUIET_MS = 600;

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...offlineFlags, ...webglFlags] });
try {
  const page = await browser.newPage({ viewport, deviceScaleFactor: phone ? 3 : 1 });
  await countMapDraws(page);
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.mouse.move(viewport.width * 0.25, viewport.height * 0.5);
  await page.mouse.wheel(0, 10);
  await page.waitForSelector('[data-story-map][data-state="ready"]', { timeout: 30_000 });
  // The times of the frames in which the map drew.
  await page.evaluate(() => {
    window.__drawFrames = [];
    const tick = (now) => {
      if (window.__mapDraws > 0) window.__drawFrames.push(now);
      window.__mapDraws = 0;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const activeStep = () => page.locator('[data-story-map]').getAttribute('data-active-step');
  const quiet = () =>
    page.waitForFunction(
      (quietMs) => performance.now() - Math.max(window.__pressedAt ?? 0, window.__drawFrames.at(-1) ?? 0) > quietMs,
      QUIET_MS,
      { polling: 100, timeout: 30_000 },
    );
  await quiet();

  const rows = [];
  let last = await activeStep();
  for (let tries = 0; tries < 4; ) {
    await page.evaluate(() => {
      window.__drawFrames = [];
      window.__pressedAt = performance.now();
    });
    await page.keyboard.press('j');
    await quiet();
    const step = await activeStep();
    // The last step, or a press that landed while the page was still scrolling: try again a few times.
    if (step === last) {
      tries++;
      continue;
    }
    tries = 0;
    last = step;
    const frames = await page.evaluate(() => window.__drawFrames);
    rows.push({ step, ms: frames.length > 1 ? frames.at(-1) - frames[0] : 0, frames: frames.length });
  }

  for (const row of rows) console.log(`${row.step.padEnd(36)} ${row.ms.toFixed(0).padStart(5)} ms ${String(row.frames).padStart(4)} frames${row.ms < FLIGHT_MS ? '  (jump or no move)' : ''}`);
  const flown = rows.filter((row) => row.ms >= FLIGHT_MS);
  const total = rows.reduce((sum, row) => sum + row.ms, 0);
  const frames = rows.reduce((sum, row) => sum + row.frames, 0);
  console.log(
    `${url} ${phone ? 'phone 390x844 @3x' : 'desktop 1280x800 @1x'}: ${rows.length} moves, ${flown.length} flown, ` +
      `${rows.length - flown.length} jumps or no move; the map drew for ${(total / 1000).toFixed(1)} s in ${frames} frames`,
  );
} finally {
  await browser.close();
}
