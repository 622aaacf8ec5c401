/**
 * `npm run loadtest`: autocannon on loopback, bounded (50 connections, 20 s per URL, then it
 * stops), against `next start` (the story, a chapter and the basemap) and against nginx serving
 * the static export out/ (npm run serve:export; the story and the basemap). Fails on any error
 * or non-2xx response. Needs a build (`npm run build`) and an export (`npm run export`).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import autocannon from 'autocannon';

const port = Number(process.env.LOADTEST_PORT ?? 3300);
const exportPort = Number(process.env.LOADTEST_EXPORT_PORT ?? port + 1);
const duration = Number(process.env.LOADTEST_SECONDS ?? 20);

if (!existsSync('out/404.html')) {
  console.error('loadtest: out/ holds no export; run `SITE_URL=… npm run export` first');
  process.exit(1);
}

const servers = [
  {
    name: 'next start',
    origin: `http://127.0.0.1:${port}`,
    args: ['app/_cli/start.mjs', '-p', String(port), '-H', '127.0.0.1'],
    paths: ['/', '/chapters/second-round', '/basemap/basemap.json'],
  },
  {
    name: 'nginx out/',
    origin: `http://127.0.0.1:${exportPort}`,
    args: ['app/_cli/serve-export.mjs', '--port', String(exportPort)],
    paths: ['/', '/chapters/second-round', '/basemap/basemap.json'],
  },
];

/** Waits until the server answers its home page. */
async function ready(origin) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${origin}/`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${origin} did not answer`);
}

let failed = false;
const rows = {};
for (const server of servers) {
  const child = spawn(process.execPath, server.args, { stdio: 'ignore' });
  try {
    await ready(server.origin);
    for (const path of server.paths) {
      const result = await autocannon({
        url: `${server.origin}${path}`,
        connections: 50,
        duration,
        // Real browsers ask for compression; the basemap's cost depends on it.
        headers: { 'accept-encoding': 'gzip' },
      });
      const bad = result.errors + result.timeouts + result.non2xx;
      if (bad > 0) failed = true;
      rows[`${server.name} ${path}`] = {
        'requests/s': Math.round(result.requests.average),
        'p50 ms': result.latency.p50,
        'p99 ms': result.latency.p99,
        requests: result.requests.total,
        errors: result.errors,
        timeouts: result.timeouts,
        'non-2xx': result.non2xx,
      };
    }
  } finally {
    // serve:export passes SIGTERM on to nginx as a graceful stop.
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}
console.log(`autocannon, 50 connections, ${duration} s per URL, on loopback: next start and nginx serving out/`);
console.table(rows);
if (failed) {
  console.error('Some requests failed or were not 2xx.');
  process.exit(1);
}
