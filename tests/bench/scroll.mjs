/**
 * `npm run bench:scroll`: the bench's scroll measurement alone, repeated and pooled, against a
 * server already running: for comparing two builds side by side (one per port) and for finding
 * what costs frames by taking elements out of the page.
 *
 *   npm run bench:scroll -- http://127.0.0.1:3200/                 laptop, 3 runs of 15 s
 *   npm run bench:scroll -- http://127.0.0.1:3200/ --phone         390x844 at 3x
 *   npm run bench:scroll -- URL --runs 5 --hide '.map-locator'     with those elements display: none
 *
 * Prints the pooled mean, p90, p95 and p99 frame times, and each run's p95 with the number of
 * steps it visited (few steps means the map was mostly idle, and the run measured little).
 */
import { scrollFrameTimes } from './browser-metrics.mjs';

const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const url = args.find((arg) => /^https?:/.test(arg));
if (!url) {
  console.error('usage: npm run bench:scroll -- <url> [--phone] [--runs N] [--seconds S] [--hide <css selector>]');
  process.exit(2);
}
const runs = Number(option('--runs') ?? 3);
const seconds = Number(option('--seconds') ?? 15);
const phone = args.includes('--phone');
const hide = option('--hide');

const frames = [];
const perRun = [];
for (let run = 0; run < runs; run++) {
  const result = await scrollFrameTimes(url, {
    seconds,
    ...(phone ? { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3 } : {}),
    ...(hide ? { hide } : {}),
    keepFrames: true,
  });
  frames.push(...result.all);
  perRun.push(`${result.p95.toFixed(0)} ms (${result.steps} steps)`);
}
frames.sort((a, b) => a - b);
const at = (q) => frames[Math.min(frames.length - 1, Math.floor(q * frames.length))];
const mean = frames.reduce((sum, f) => sum + f, 0) / frames.length;
console.log(
  `${url} ${phone ? 'phone 390x844 @3x' : 'desktop 1280x800 @1x'}${hide ? `, hidden: ${hide}` : ''}: ${frames.length} frames, ` +
    `mean ${mean.toFixed(1)} ms, p90 ${at(0.9).toFixed(0)}, p95 ${at(0.95).toFixed(0)}, p99 ${at(0.99).toFixed(0)}; per run p95: ${perRun.join(', ')}`,
);
