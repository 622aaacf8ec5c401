import { chromium } from '@playwright/test';
const args = ['--no-sandbox','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync','--use-gl=angle','--use-angle=swiftshader','--enable-unsafe-swiftshader','--ignore-gpu-blocklist'];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args });
const [,, path = '/', out = '/tmp/shot.png', w = '1280', h = '800', scroll = '0'] = process.argv;
const page = await browser.newPage({ viewport: { width: +w, height: +h } });
page.on('console', m => console.log('console', m.type(), m.text()));
page.on('pageerror', e => console.log('pageerror', e.message));
await page.goto('http://127.0.0.1:3200' + path);
await page.waitForTimeout(1500);
if (+scroll) { await page.mouse.wheel(0, +scroll); await page.waitForTimeout(3000); }
const m = page.locator('[data-story-map]');
if (await m.count()) console.log(await m.evaluate(e => JSON.stringify({ state: e.dataset.state, c: e.dataset.center, z: e.dataset.zoom, a: e.dataset.activeStep })));
await page.screenshot({ path: out });
await browser.close();
