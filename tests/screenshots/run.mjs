/**
 * `npm run screenshots`: a picture of the map at every step of the story, at a laptop's
 * 1280x800 and a phone's 390x844, plus the first view as the server draws it (its SVG and
 * how it looks before MapLibre starts), so a reviewer can look at the whole story's maps
 * in a minute; the Arabic edition's under ar-… names beside the English. Writes into screenshots/
 * (gitignored) and prints where.
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

/** The editions: the English at the root, the Arabic under /ar (its pictures named ar-…). */
const editions = [
  { prefix: '', path: (p) => p },
  { prefix: 'ar-', path: (p) => (p === '/' ? '/ar' : `/ar${p}`) },
];

async function shootViewport(browser, { name, ...contextOptions }, edition) {
  const dir = `${outDir}/${edition.prefix}${name}`;
  mkdirSync(dir, { recursive: true });
  // Reduced motion: the camera cuts to each step, so every picture is of a settled map.
  const context = await browser.newContext({ ...contextOptions, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(`${origin}${edition.path('/')}`);
  const map = page.locator('[data-story-map]');
  await map.locator('[data-static-map]').waitFor();
  await map.screenshot({ path: `${dir}/00-first-view-static.png` });

  const shots = [];
  for (const [index, step] of allSteps.entries()) {
    if (only && !step.id.includes(only)) continue;
    // A fresh page per step, opened at its deep link: the camera is set at once, as a reader following a link sees it.
    // (about:blank first: a new fragment alone would not reload the page.)
    await page.goto('about:blank');
    await page.goto(`${origin}${edition.path('/')}#${step.id}`);
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

/**
 * Every share card (PNG) and every small map (the reader view's per step, each place page's) as
 * a picture a reviewer looks at beside the steps: cards/, thumbnails/.
 */
async function shootPictures(browser) {
  mkdirSync(`${outDir}/cards`, { recursive: true });
  mkdirSync(`${outDir}/thumbnails`, { recursive: true });
  const sitemap = await (await fetch(`${origin}/sitemap.xml`)).text();
  const paths = [...sitemap.matchAll(/<loc>[^<]*?(\/[^<]*)<\/loc>/g)].map((m) => new URL(m[1], origin).pathname);
  const cards = editions.flatMap((edition) => [
    edition.path('/cards/story.png'),
    ...paths.filter((p) => p.startsWith('/chapters/')).map((p) => edition.path(`/cards/chapters/${p.split('/').pop()}.png`)),
    ...paths.filter((p) => p.startsWith('/places/')).map((p) => edition.path(`/cards/places/${p.split('/').pop()}.png`)),
  ]);
  const named = (file) => file.replace(/^\/ar\//, 'ar-').replace(/^\//, '');
  for (const card of cards) writeFileSync(`${outDir}/cards/${named(card).replace('cards/', '').replaceAll('/', '-')}`, Buffer.from(await (await fetch(`${origin}${card}`)).arrayBuffer()));
  const svgs = editions.flatMap((edition) => [
    ...allSteps.map((step) => edition.path(`/read/maps/${step.id}.svg`)),
    ...paths.filter((p) => p.startsWith('/places/')).map((p) => edition.path(`/maps/place/${p.split('/').pop()}.svg`)),
  ]);
  const page = await browser.newPage();
  for (const svg of svgs) {
    await page.goto(`${origin}${svg}`);
    const file = `${svg.startsWith('/ar/') ? 'ar-' : ''}${svg.split('/').slice(-2).join('-').replace(/\.svg$/, '.png')}`;
    await page.locator('svg[data-static-map]').screenshot({ path: `${outDir}/thumbnails/${file}` });
  }
  await page.close();
  return cards.length + svgs.length;
}

if (!args.includes('--no-build')) execFileSync('npm', ['run', '-s', 'build'], { stdio: 'inherit' });
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

// Run next directly, and stop it by its own PID (an npx wrapper can leave next-server behind).
const server = spawn(process.execPath, ['app/_cli/start.mjs', '-p', String(port), '-H', '127.0.0.1'], { stdio: 'ignore' });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...offlineFlags, ...webglFlags] });
try {
  await waitForServer();
  // The first views' drawings, as the page references them.
  const html = await (await fetch(`${origin}/`)).text();
  for (const file of new Set([...html.matchAll(/\/maps\/view\/[a-z0-9-]+\.svg/g)].map((m) => m[0]))) {
    writeFileSync(`${outDir}/${file.split('/').pop()}`, await (await fetch(`${origin}${file}`)).text());
  }
  const pictures = await shootPictures(browser);
  let total = 0;
  for (const edition of editions) {
    for (const viewport of viewports) {
      const { shots, errors } = await shootViewport(browser, viewport, edition);
      total += shots.length;
      console.log(`${edition.prefix}${viewport.name}: ${shots.length} steps${errors.length ? `, console errors: ${errors.join(' | ')}` : ''}`);
    }
  }
  console.log(`${total} pictures, the first view and ${pictures} cards and thumbnails in ${outDir}/`);
} finally {
  await browser.close();
  server.kill();
}
