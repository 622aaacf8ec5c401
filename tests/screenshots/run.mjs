/**
 * `npm run screenshots`: a picture of the map at every step of the story, at a laptop's
 * 1280x800 and a phone's 390x844, plus the first view as the server draws it (its SVG and
 * how it looks before MapLibre starts), so a reviewer can look at the whole story's maps
 * in a minute. Writes into screenshots/ (gitignored) and prints where.
 *
 *   npm run screenshots                  build, then take the pictures
 *   npm run screenshots -- --no-build    use the existing build
 *   npm run screenshots -- --only al-bab take only the steps whose id contains "al-bab"
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_PATH, offlineFlags, webglFlags } from '../../playwright.config.ts';
import { allSteps, centreMatches } from '../e2e/story-data.ts';

const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const port = Number(process.env.SCREENSHOTS_PORT ?? 3300);
const origin = `http://127.0.0.1:${port}`;
const outDir = 'screenshots';

const viewports = [
  { name: 'laptop-1280x800', viewport: { width: 1280, height: 800 } },
  { name: 'phone-390x844', viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
];

async function waitForServer() {
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`${origin}/`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`server did not start on ${origin}`);
}

/** Two animation frames: whatever the last camera move or overlay update drew is on screen. */
const painted = (page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

async function shootViewport(browser, { name, ...contextOptions }) {
  const dir = `${outDir}/${name}`;
  mkdirSync(dir, { recursive: true });
  // Reduced motion: the camera cuts to each step, so every picture is of a settled map.
  const context = await browser.newContext({ ...contextOptions, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(`${origin}/`);
  const map = page.locator('[data-story-map]');
  await map.locator('[data-static-map]').waitFor();
  await map.screenshot({ path: `${dir}/00-first-view-static.png` });

  const shots = [];
  for (const [index, step] of allSteps.entries()) {
    if (only && !step.id.includes(only)) continue;
    // A fresh page per step, opened at its deep link: the camera is set at once, as a reader following a link sees it.
    // (about:blank first: a new fragment alone would not reload the page.)
    await page.goto('about:blank');
    await page.goto(`${origin}/#${step.id}`);
    await page.mouse.move(200, 300);
    await page.waitForFunction(() => document.querySelector('[data-story-map]')?.getAttribute('data-state') !== 'loading', null, { timeout: 30_000 });
    // Then off the map (its bottom-left corner is text at both sizes): a pointer left over a marker shows it hovered.
    await page.mouse.move(2, page.viewportSize().height - 2);
    await page.waitForFunction((id) => document.querySelector('[data-story-map]')?.getAttribute('data-active-step') === id, step.id, { timeout: 30_000 });
    for (let i = 0; i < 150 && !centreMatches(await map.getAttribute('data-center'), step.id); i++) await painted(page);
    await painted(page);
    const file = `${dir}/${String(index + 1).padStart(2, '0')}-${step.id}.png`;
    await map.screenshot({ path: file });
    shots.push(file);
  }
  await context.close();
  return { shots, errors };
}

if (!args.includes('--no-build')) execFileSync('npm', ['run', '-s', 'build'], { stdio: 'inherit' });
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

// Run next directly, and stop it by its own PID (an npx wrapper can leave next-server behind).
const server = spawn(process.execPath, ['app/_cli/start.mjs', '-p', String(port), '-H', '127.0.0.1'], { stdio: 'ignore' });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...offlineFlags, ...webglFlags] });
try {
  await waitForServer();
  const html = await (await fetch(`${origin}/`)).text();
  const svg = html.match(/<svg[^>]*data-static-map[\s\S]*?<\/svg>/)?.[0];
  if (svg) writeFileSync(`${outDir}/first-view.svg`, svg);
  let total = 0;
  for (const viewport of viewports) {
    const { shots, errors } = await shootViewport(browser, viewport);
    total += shots.length;
    console.log(`${viewport.name}: ${shots.length} steps${errors.length ? `, console errors: ${errors.join(' | ')}` : ''}`);
  }
  console.log(`${total} pictures and the first view in ${outDir}/`);
} finally {
  await browser.close();
  server.kill();
}
