/**
 * `npm run loadtest`: autocannon against `next start` on loopback, bounded (50
 * connections, 20 s per URL, then it stops), on the story, a chapter and the basemap.
 * Fails on any error or non-2xx response. Needs a build (`npm run build`).
 */
import { spawn } from 'node:child_process';
import autocannon from 'autocannon';

const port = Number(process.env.LOADTEST_PORT ?? 3300);
const origin = `http://127.0.0.1:${port}`;
const paths = ['/', '/chapters/second-round', '/basemap/basemap.json'];
const duration = Number(process.env.LOADTEST_SECONDS ?? 20);

const server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'], { stdio: 'ignore' });
let failed = false;
try {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${origin}/`)).ok) break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  const rows = {};
  for (const path of paths) {
    const result = await autocannon({
      url: `${origin}${path}`,
      connections: 50,
      duration,
      // Real browsers ask for compression; the basemap's cost depends on it.
      headers: { 'accept-encoding': 'gzip' },
    });
    const bad = result.errors + result.timeouts + result.non2xx;
    if (bad > 0) failed = true;
    rows[path] = {
      'requests/s': Math.round(result.requests.average),
      'p50 ms': result.latency.p50,
      'p99 ms': result.latency.p99,
      requests: result.requests.total,
      errors: result.errors,
      timeouts: result.timeouts,
      'non-2xx': result.non2xx,
    };
  }
  console.log(`autocannon, 50 connections, ${duration} s per URL, against next start on ${origin}`);
  console.table(rows);
} finally {
  server.kill();
}
if (failed) {
  console.error('Some requests failed or were not 2xx.');
  process.exit(1);
}
