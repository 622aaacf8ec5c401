import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from './repo';

/**
 * The nginx block of app/_lib/publishing/header-outputs.mjs, served for real by `npm run serve:export`
 * from a private (0700) folder, as a clone in a home folder is, over a small export.
 */

interface Answer {
  status: number;
  headers: Record<string, string>;
  /** Every header line as sent, to see a header sent twice. */
  raw: string[];
  body: string;
}

let origin = '';
let child: ChildProcess | undefined;
let dir = '';

function get(target: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(`${origin}${target}`, { headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers as Record<string, string>, raw: res.rawHeaders, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });

const names = (answer: Answer) => answer.raw.filter((_, index) => index % 2 === 0).map((name) => name.toLowerCase());

describe.runIf(existsSync('/usr/sbin/nginx'))('nginx serving an export (npm run serve:export)', () => {
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'private-'));
    // mkdtemp makes it 0700: nginx's workers, run as nobody by a root master, could not read it.
    const out = path.join(dir, 'out');
    const file = (name: string, text: string) => {
      mkdirSync(path.dirname(path.join(out, name)), { recursive: true });
      writeFileSync(path.join(out, name), text);
    };
    file('index.html', '<p>the story</p>');
    file('404.html', '<p>not found</p>');
    file('chapters/first-round.html', '<p>a chapter</p>');
    file('_next/static/chunks/app.js', 'console.log("a chunk")');
    file('basemap/basemap.json', '{"type":"FeatureCollection","features":[]}');
    file('.env', 'SECRET=1');
    file('_headers', '/*');
    symlinkSync('/etc/hostname', path.join(out, '_next/static/chunks/leak.js'));
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    child = spawn(process.execPath, [path.join(root, 'app/_cli/serve-export.mjs'), '--port', String(port)], { cwd: dir, stdio: 'ignore' });
    for (let tries = 0; tries < 100; tries++) {
      if (await get('/').then(() => true, () => false)) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('nginx did not start');
  });

  afterAll(() => {
    child?.kill('SIGTERM');
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('serves an export kept in a private folder', async () => {
    const answer = await get('/');
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('the story');
  });

  it('serves no dotfile, no file of the hosts, no symlink out of the export, and no page at /404', async () => {
    for (const target of ['/.env', '/_headers', '/_redirects', '/404', '/chapters/first-round%2Ehtml', '/404%2ehtml']) {
      const answer = await get(target);
      expect(answer.status, target).toBe(404);
      expect(answer.body, target).toContain('not found');
    }
    const leak = await get('/_next/static/chunks/leak.js');
    expect([403, 404]).toContain(leak.status);
    expect(leak.body).not.toContain(await import('node:fs').then((fs) => fs.readFileSync('/etc/hostname', 'utf8').trim()));
  });

  it('puts cache lifetimes on successful answers only, and every header once', async () => {
    const ok = await get('/_next/static/chunks/app.js');
    expect(ok.status).toBe(200);
    expect(ok.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const refused = await get('/_next/static/chunks/leak.js');
    const missing = await get('/basemap/none.json');
    for (const answer of [refused, missing]) {
      expect(answer.headers['cache-control']).toBeUndefined();
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
      expect(answer.headers['content-security-policy']).toMatch(/frame-ancestors 'self'/);
    }
    for (const answer of [ok, refused, missing]) {
      const sent = names(answer);
      expect(sent.filter((name, index) => sent.indexOf(name) !== index)).toEqual([]);
    }
  });

  it('answers any range with the whole file, never a 416', async () => {
    for (const range of ['bytes=5-1', 'bytes=0-1', 'bytes=999999-', 'bytes=x']) {
      const answer = await get('/_next/static/chunks/app.js', { Range: range });
      expect(answer.status, range).toBe(200);
      expect(answer.body, range).toBe('console.log("a chunk")');
      const sent = names(answer);
      expect(sent.filter((name, index) => sent.indexOf(name) !== index), range).toEqual([]);
    }
  });

  it('redirects the other forms of a page to its canonical path, relative, with the query and the headers', async () => {
    const cases: Array<[string, string]> = [
      ['/chapters/first-round/', '/chapters/first-round'],
      ['/chapters/first-round/?ref=a&b=1', '/chapters/first-round?ref=a&b=1'],
      ['/chapters/first-round.html', '/chapters/first-round'],
      ['/chapters/first-round/index.html', '/chapters/first-round'],
      ['/index.html', '/'],
      ['/index.html?x=1', '/?x=1'],
      ['//evil.example/', '/evil.example/'],
      ['/chapters//first-round', '/chapters/first-round'],
    ];
    for (const [target, location] of cases) {
      const answer = await get(target, { Host: 'evil.example' });
      expect(answer.status, target).toBe(308);
      expect(answer.headers.location, target).toBe(location);
      expect(answer.headers['x-content-type-options'], target).toBe('nosniff');
    }
    for (const target of ['/chapters/first-round', '/chapters/first-round%2F', '/', '/?a=/b/']) {
      expect((await get(target)).status, target).not.toBe(308);
    }
  });
});
