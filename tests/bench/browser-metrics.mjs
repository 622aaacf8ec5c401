import { chromium } from '@playwright/test';
import { CHROMIUM_PATH, offlineFlags, webglFlags } from '../../playwright.config.ts';

/** Bytes on the wire (headers + encoded bodies) from load until the network is quiet, with no interaction. */
export async function bytesBeforeInteraction(url, viewport = { width: 390, height: 844 }) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...offlineFlags, ...webglFlags] });
  try {
    const page = await browser.newPage({ viewport });
    const requests = [];
    page.on('requestfinished', (request) => requests.push(request));
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.waitForTimeout(3000);
    let total = 0;
    const byType = {};
    for (const request of requests) {
      const sizes = await request.sizes();
      const bytes = sizes.responseBodySize + sizes.responseHeadersSize;
      total += bytes;
      const type = request.resourceType();
      byType[type] = (byType[type] ?? 0) + bytes;
    }
    return { total, byType, count: requests.length };
  } finally {
    await browser.close();
  }
}

/** Count, mean and a quantile reader (`at(0.95)`) of frame times in ms. */
export function frameStats(frames) {
  const sorted = [...frames].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const mean = sorted.reduce((sum, f) => sum + f, 0) / (sorted.length || 1);
  return { count: sorted.length, mean, at, max: sorted.at(-1) ?? 0 };
}

/** Counts the page's WebGL draw calls in `window.__mapDraws`, from before its first script runs. */
export async function countMapDraws(page) {
  await page.addInitScript(() => {
    window.__mapDraws = 0;
    for (const context of [window.WebGL2RenderingContext, window.WebGLRenderingContext]) {
      if (!context) continue;
      for (const method of ['drawElements', 'drawArrays']) {
        const draw = context.prototype[method];
        context.prototype[method] = function (...args) {
          window.__mapDraws++;
          return draw.apply(this, args);
        };
      }
    }
  });
}

/**
 * Frame times while a reader scrolls through the story with the map flying: a wheel
 * tick every 50 ms for `seconds`, recording requestAnimationFrame intervals.
 *
 * Each interval is also marked by whether the map drew in it (a WebGL draw call): under
 * software WebGL a map frame costs several page-only frames, so the share of map frames
 * (how much of the scroll the camera spends flying) moves the percentiles as much as what
 * each frame costs. `reducedMotion` makes every camera move a jump, which takes the flights
 * out of the comparison and leaves what the page and the map cost per frame.
 */
export async function scrollFrameTimes(url, { seconds = 20, viewport = { width: 1280, height: 800 }, deviceScaleFactor = 1, hide, keepFrames = false, reducedMotion = false } = {}) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...offlineFlags, ...webglFlags] });
  try {
    const page = await browser.newPage({ viewport, deviceScaleFactor, reducedMotion: reducedMotion ? 'reduce' : 'no-preference' });
    await countMapDraws(page);
    await page.goto(url, { waitUntil: 'networkidle' });
    // Elements taken out of the page, to see what they cost (bench:scroll --hide).
    if (hide) await page.addStyleTag({ content: `${hide} { display: none !important; }` });
    // Over the text: beside the map on wide screens, below it on phones (the map is pinned on top).
    const narrow = viewport.width < 900;
    await page.mouse.move(viewport.width * (narrow ? 0.5 : 0.25), viewport.height * (narrow ? 0.8 : 0.5));
    await page.mouse.wheel(0, 10);
    await page.waitForSelector('[data-story-map][data-state="ready"]', { timeout: 30_000 });
    await page.evaluate(() => {
      const frames = [];
      let last = performance.now();
      const tick = (now) => {
        frames.push([now - last, window.__mapDraws > 0]);
        window.__mapDraws = 0;
        last = now;
        window.__frames = frames;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    const steps = new Set();
    const end = Date.now() + seconds * 1000;
    while (Date.now() < end) {
      await page.mouse.wheel(0, 90);
      await page.waitForTimeout(50);
      steps.add(await page.locator('[data-story-map]').getAttribute('data-active-step'));
    }
    const marked = (await page.evaluate(() => window.__frames)).slice(1);
    const frames = marked.map(([ms]) => ms);
    const mapFrames = marked.filter(([, drew]) => drew).map(([ms]) => ms);
    const stats = frameStats(frames);
    return {
      frames: stats.count,
      p50: stats.at(0.5),
      p95: stats.at(0.95),
      max: stats.max,
      steps: steps.size,
      mapFrames: mapFrames.length,
      ...(keepFrames ? { all: frames, map: mapFrames, page: marked.filter(([, drew]) => !drew).map(([ms]) => ms) } : {}),
    };
  } finally {
    await browser.close();
  }
}
