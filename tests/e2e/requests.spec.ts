import { request as httpRequest } from 'node:http';
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
