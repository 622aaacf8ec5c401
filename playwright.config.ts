import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { EXPORT_ORIGIN, EXPORT_PORT, SITE_PORT } from './tests/ports';

const port = SITE_PORT;
export const baseURL = `http://127.0.0.1:${port}`;

/**
 * Debian's Chromium, not a downloaded browser (there is no network here). The
 * networking flags stop it from calling home; the SwiftShader flags give it a
 * software WebGL2 context, which MapLibre 6 requires. The bench (tests/bench) uses these too.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const offlineFlags = ['--no-sandbox', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
export const webglFlags = ['--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist'];

const launchOptions = { executablePath: CHROMIUM_PATH, args: [...offlineFlags, ...webglFlags] };
/**
 * The same browser on the machine's fonts less Noto (tests/e2e/fonts/without-noto.conf): map
 * text must not depend on what a reader has installed (issue 29). .ci/run installs Debian's
 * fonts-noto-core, so the label checks run both with Noto (desktop) and without (without-noto).
 */
const withoutNoto = { ...launchOptions, env: { ...process.env, FONTCONFIG_FILE: path.resolve('tests/e2e/fonts/without-noto.conf') } };

// `exported` is an option of tests/e2e/fixtures.ts: true in the project against the static export.
export default defineConfig<{ exported: boolean }>({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions,
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, launchOptions } },
    { name: 'without-noto', testMatch: /labels\.spec\.ts/, use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, launchOptions: withoutNoto } },
    // The tests that matter to a publisher, against nginx serving the static export (out/, built
    // for this origin by tests/export). Tests of the dynamic /oembed are not tagged: an export has none.
    {
      name: 'export',
      grep: /@publisher/,
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, launchOptions, baseURL: EXPORT_ORIGIN, exported: true },
    },
  ],
  webServer: [
    {
      // What `npm start` runs, directly (not through npm) so Playwright stops the real server process.
      command: `node app/_cli/start.mjs -p ${port} -H 127.0.0.1`,
      url: `${baseURL}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `node app/_cli/serve-export.mjs --port ${EXPORT_PORT}`,
      url: `${EXPORT_ORIGIN}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
