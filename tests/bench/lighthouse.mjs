import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_PATH, offlineFlags } from '../../playwright.config.ts';

/**
 * One Lighthouse run with its default (mobile) settings; returns the numbers the bench reports.
 * `throttlingMethod: 'devtools'` loads the page really throttled (slow 4G, 4x CPU) instead of
 * simulating the throttled load from an unthrottled one: slower, but no model in between.
 */
export async function runLighthouse(url, { throttlingMethod = 'simulate' } = {}) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: ['--headless=new', ...offlineFlags] });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'], throttlingMethod });
    const audits = result.lhr.audits;
    const observedLcp = audits.metrics.details.items[0].observedLargestContentfulPaint;
    // Lighthouse's simulated LCP counts every request that had finished when the page
    // actually painted its LCP element: on loopback that is a race between the first paint
    // and the framework's async scripts. Reported so a bad LCP can be told from a slow page.
    const scriptBytesBeforeLcp = audits['network-requests'].details.items
      .filter((item) => item.resourceType === 'Script' && item.networkEndTime <= observedLcp)
      .reduce((sum, item) => sum + item.transferSize, 0);
    return {
      observedLcp,
      scriptBytesBeforeLcp,
      score: result.lhr.categories.performance.score,
      fcp: audits['first-contentful-paint'].numericValue,
      lcp: audits['largest-contentful-paint'].numericValue,
      tbt: audits['total-blocking-time'].numericValue,
      cls: audits['cumulative-layout-shift'].numericValue,
      bytes: audits['total-byte-weight'].numericValue,
    };
  } finally {
    await chrome.kill();
  }
}
