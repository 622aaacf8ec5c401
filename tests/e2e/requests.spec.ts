import { request as httpRequest } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { expect, test } from './fixtures';
import { story } from './story-data';

/**
 * Requests a stranger may send to `npm start` (app/_cli/start.mjs in front of Next): odd
 * methods, ranges, headers Next reads, the image optimizer. None may answer a 500.
 */

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function sendRaw(origin: string, target: string, headers: Record<string, string>): Promise<{ headers: Answer['headers']; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${origin}${target}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

function send(origin: string, target: string, method = 'GET', headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${origin}${target}`, { method, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const slug = story.chapters[1]!.slug;
const PATHS = ['/', `/chapters/${slug}`, `/embed/${slug}`, `/embed/${slug}/steps.json`, '/embed.js', '/basemap/basemap.json', '/maplibre-gl-worker.mjs', '/sitemap.xml', `/oembed?format=json&url=/chapters/${slug}`, '/no/such/page'];

test.describe('requests from strangers, under npm start', () => {
  test('any method but GET and HEAD answers 405 with Allow, never 500', async ({ baseURL }) => {
    for (const path of PATHS) {
      for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'TRACE', 'OPTIONS', 'PROPFIND']) {
        const answer = await send(baseURL!, path, method);
        expect(answer.status, `${method} ${path}`).toBe(405);
        expect(answer.headers.allow, `${method} ${path}`).toBe('GET, HEAD');
        expect(answer.headers['x-content-type-options'], `${method} ${path}`).toBe('nosniff');
      }
      expect((await send(baseURL!, path, 'HEAD')).status, `HEAD ${path}`).toBeLessThan(500);
    }
  });

  test('a range, satisfiable or not, answers the whole file', async ({ baseURL }) => {
    const whole = await send(baseURL!, '/embed.js');
    for (const range of ['bytes=5-1', 'bytes=0-9', 'bytes=99999999-', 'bytes=x-y', 'pages=1-2']) {
      const answer = await send(baseURL!, '/embed.js', 'GET', { Range: range });
      expect(answer.status, range).toBe(200);
      expect(answer.body, range).toBe(whole.body);
    }
  });

  test('headers Next reads, garbled, never give a 500', async ({ baseURL }) => {
    const garbled: Record<string, string>[] = [
      { RSC: '1', 'Next-Router-State-Tree': '%%%' },
      { RSC: '1', 'Next-Router-State-Tree': '[[' },
      { RSC: '1', 'Next-Router-Prefetch': '1', 'Next-Router-Segment-Prefetch': '../../etc/passwd' },
      { 'Next-Action': 'abc' },
      { 'x-middleware-subrequest': 'middleware:middleware:middleware' },
      { 'If-None-Match': '"', 'If-Modified-Since': 'yesterday' },
      { 'Accept-Encoding': ';;;q=x' },
      { 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'javascript' },
      { 'Next-Url': '%' },
    ];
    for (const path of PATHS) {
      for (const headers of garbled) {
        const answer = await send(baseURL!, path, 'GET', headers);
        expect(answer.status, `${path} ${JSON.stringify(headers)}`).toBeLessThan(500);
      }
    }
  });

  test('the image optimizer is off: /_next/image is a 404', async ({ baseURL }) => {
    for (const target of ['/_next/image?url=%2Ficon.svg&w=64&q=75', '/_next/image?url=%0d%0aevil&w=1&q=1', '/_next/image?url=http://127.0.0.1:1/&w=64&q=75']) {
      expect((await send(baseURL!, target)).status, target).toBe(404);
    }
  });

  test('pages revalidate in caches, as on a static host: never a year in a CDN', async ({ baseURL }) => {
    for (const path of ['/', `/chapters/${slug}`, `/embed/${slug}`, '/read', `/places/${story.chapters[0]!.steps[0]!.places[0]}`]) {
      const answer = await send(baseURL!, path);
      expect(answer.status, path).toBe(200);
      expect(answer.headers['cache-control'], path).toBe('public, max-age=0, must-revalidate');
    }
    expect((await send(baseURL!, '/no/such/page')).headers['cache-control']).toMatch(/no-store/);
  });
});

test.describe('compression @publisher', () => {
  test('answers in brotli or gzip as the client accepts, the build\'s own files precompressed', async ({ baseURL, exported }) => {
    // The static host (nginx, gzip_static) sends gzip only: app/_cli/export.mjs says why.
    const brotli = !exported;
    const html = (await send(baseURL!, '/')).body;
    const script = html.match(/\/_next\/static\/chunks\/[^"]+\.js/)?.[0];
    const firstView = html.match(/\/maps\/view\/[^"]+\.svg/)?.[0];
    expect(script && firstView).toBeTruthy();
    for (const target of ['/', `/chapters/${slug}`, `/embed/${slug}`, firstView!, script!, '/basemap/basemap.json']) {
      const plain = await sendRaw(baseURL!, target, {});
      expect(plain.headers['content-encoding'], `${target} uncompressed`).toBeUndefined();
      for (const [accept, encoding, decode] of [
        ['gzip, deflate, br, zstd', brotli ? 'br' : 'gzip', brotli ? brotliDecompressSync : gunzipSync],
        ['gzip', 'gzip', gunzipSync],
      ] as const) {
        const answer = await sendRaw(baseURL!, target, { 'Accept-Encoding': accept });
        expect(answer.headers['content-encoding'], `${target} for ${accept}`).toBe(encoding);
        expect(String(answer.headers.vary), target).toMatch(/accept-encoding/i);
        expect(decode(answer.body).equals(plain.body), `${target} decodes to the same file`).toBe(true);
        expect(answer.headers['x-content-type-options'], target).toBe('nosniff');
      }
    }
    // The hashed scripts are compressed once, at build time, at brotli's best: a year in caches, never redone per request.
    const precompressed = await sendRaw(baseURL!, script!, { 'Accept-Encoding': brotli ? 'br' : 'gzip' });
    expect(precompressed.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(Number(precompressed.headers['content-length'])).toBe(precompressed.body.length);
  });
});
