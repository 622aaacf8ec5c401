/**
 * `npm run bench:scroll`: the bench's scroll measurement alone, repeated and pooled, against a
 * server already running: for comparing two builds side by side (one per port) and for finding
 * what costs frames by taking elements out of the page.
 *
 *   npm run bench:scroll -- http://127.0.0.1:3200/                 laptop, 3 runs of 15 s
 *   npm run bench:scroll -- http://127.0.0.1:3200/ --phone         390x844 at 3x
 *   npm run bench:scroll -- URL --runs 5 --hide '.map-locator'     with those elements display: none
 *   npm run bench:scroll -- URL --reduced-motion                   every camera move a jump
 *
 * Prints the pooled mean, p90, p95 and p99 frame times, and each run's p95 with the number of
 * steps it visited (few steps means the map was mostly idle, and the run measured little).
 * Then the same frames split: those in which the map drew (mostly flights) and those in which
 * only the page did. Two builds whose split figures match but whose share of map frames
 * differs cost the same per frame and differ in how long their cameras fly.
 */
import { frameStats, scrollFrameTimes } from './browser-metrics.mjs';

const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const url = args.find((arg) => /^https?:/.test(arg));
if (!url) {
  console.error('usage: npm run bench:scroll -- <url> [--phone] [--runs N] [--seconds S] [--hide <css selector>] [--reduced-motion]');
  process.exit(2);
}
const runs = Number(option('--runs') ?? 3);
const seconds = Number(option('--seconds') ?? 15);
const phone = args.includes('--phone');
const hide = option('--hide');
const reducedMotion = args.includes('--reduced-motion');

const frames = [];
const mapFrames = [];
const pageFrames = [];
const perRun = [];
for (let run = 0; run < runs; run++) {
  const result = await scrollFrameTimes(url, {
    seconds,
    ...(phone ? { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3 } : {}),
    ...(hide ? { hide } : {}),
    reducedMotion,
    keepFrames: true,
  });
  frames.push(...result.all);
  mapFrames.push(...result.map);
  pageFrames.push(...result.page);
  perRun.push(`${result.p95.toFixed(0)} ms (${result.steps} steps)`);
}
const all = frameStats(frames);
const drawn = frameStats(mapFrames);
const still = frameStats(pageFrames);
const setting = [phone ? 'phone 390x844 @3x' : 'desktop 1280x800 @1x', reducedMotion ? 'reduced motion (camera jumps)' : '', hide ? `hidden: ${hide}` : ''].filter(Boolean).join(', ');
console.log(
  `${url} ${setting}: ${all.count} frames, ` +
    `mean ${all.mean.toFixed(1)} ms, p90 ${all.at(0.9).toFixed(0)}, p95 ${all.at(0.95).toFixed(0)}, p99 ${all.at(0.99).toFixed(0)}; per run p95: ${perRun.join(', ')}`,
);
console.log(
  `  map drew in ${drawn.count} frames (${((100 * drawn.count) / (all.count || 1)).toFixed(0)} %): mean ${drawn.mean.toFixed(1)} ms, p95 ${drawn.at(0.95).toFixed(0)}; ` +
    `page only: mean ${still.mean.toFixed(1)} ms, p95 ${still.at(0.95).toFixed(0)}`,
);
