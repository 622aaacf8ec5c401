import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildCustomRoute } from 'next/dist/lib/build-custom-route';
import { describe, expect, it } from 'vitest';
import { headersFile, nextHeaders, nginxServerBlock } from '@/app/_lib/publishing/header-outputs.mjs';
import { CACHE, headerRules, headersFor } from '@/app/_lib/publishing/headers.mjs';

const rules = headerRules();

/** Paths of every kind the site and its export answer, and some that do not exist. */
const SAMPLES = [
  '/',
  '/chapters/first-round',
  '/chapters/first-round.txt',
  '/places/astana',
  '/read',
  '/read/maps/first-round-astana.svg',
  '/embed/first-round',
  '/embed/first-round/steps.json',
  '/embed/first-round/__next._full.txt',
  '/embedded',
  '/_next/static/chunks/main-0a1b2c.js',
  '/_next/static',
  '/basemap/basemap.json',
  '/maplibre-gl-worker.mjs',
  '/embed.js',
  '/oembed/first-round.json',
  '/oembed',
  '/404.html',
  '/sitemap.xml',
  '/robots.txt',
  '/chapters/first-round/opengraph-image.png',
  '/no/such/page',
];

/** `_headers` read as a host does: rules in order, `:name` one segment, a final `*` the rest. */
function parseHeadersFile(text: string) {
  const parsed: { pattern: RegExp; lines: ({ detach: string } | { name: string; value: string })[] }[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    if (line.startsWith('/')) {
      const source = line
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/:[^/]+/g, '[^/]+')
        .replace(/\/\*$/, '(?:/.*)?');
      parsed.push({ pattern: new RegExp(`^${source}/?$`), lines: [] });
    } else if (line.startsWith('!')) parsed.at(-1)!.lines.push({ detach: line.slice(1).trim() });
    else {
      const colon = line.indexOf(':');
      parsed.at(-1)!.lines.push({ name: line.slice(0, colon).trim(), value: line.slice(colon + 1).trim() });
    }
  }
  return parsed;
}

/** Cloudflare Pages: every matching rule applies; a repeated header is comma-joined unless detached first. */
function cloudflare(text: string, path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of parseHeadersFile(text).filter((r) => r.pattern.test(path))) {
    for (const line of rule.lines) {
      if ('detach' in line) delete headers[line.detach];
      else headers[line.name] = line.name in headers ? `${headers[line.name]}, ${line.value}` : line.value;
    }
  }
  return headers;
}

/** Netlify: `!` lines have no colon and are skipped; for one header the later matching rule wins. */
function netlify(text: string, path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of parseHeadersFile(text).filter((r) => r.pattern.test(path))) {
    for (const line of rule.lines) if (!('detach' in line)) headers[line.name] = line.value;
  }
  return headers;
}

/** nginx picks one location: `=` exact, else the first matching regex in order, else the longest prefix. */
function nginx(config: string, path: string): Record<string, string> {
  const locations = [...config.matchAll(/^ {2}location (=|~)? ?(\S+) \{\n([\s\S]*?)^ {2}\}/gm)].map(([, modifier, target, body]) => ({
    modifier,
    target: target!,
    headers: Object.fromEntries([...body!.matchAll(/add_header (\S+) "([^"]*)"(?: always)?;/g)].map(([, name, value]) => [name!, value!])),
  }));
  const chosen =
    locations.find((l) => l.modifier === '=' && l.target === path) ??
    locations.find((l) => l.modifier === '~' && new RegExp(l.target).test(path)) ??
    locations.filter((l) => !l.modifier && path.startsWith(l.target)).sort((a, b) => b.target.length - a.target.length)[0];
  return chosen?.headers ?? {};
}

/** Next: every matching headers() entry applies, the later winning, matched by the regex Next builds for it. */
function next(path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const entry of nextHeaders(rules)) {
    if (new RegExp(buildCustomRoute('header', entry).regex).test(path)) for (const { key, value } of entry.headers) headers[key] = value;
  }
  return headers;
}

describe('headers, declared once', () => {
  it('frame only embeds, cache hashed assets for good and pages not at all', () => {
    expect(headersFor('/embed/first-round', rules)['Content-Security-Policy']).toMatch(/frame-ancestors \*$/);
    expect(headersFor('/embed/first-round/steps.json', rules)['Access-Control-Allow-Origin']).toBe('*');
    for (const path of ['/', '/chapters/first-round', '/embedded', '/embed.js', '/404.html']) {
      expect(headersFor(path, rules)['Content-Security-Policy'], path).toMatch(/frame-ancestors 'self'$/);
    }
    expect(headersFor('/_next/static/chunks/a.js', rules)['Cache-Control']).toBe(CACHE.immutable);
    expect(headersFor('/chapters/first-round', rules)['Cache-Control']).toBe(CACHE.revalidate);
    expect(headersFor('/basemap/basemap.json', rules)['Cache-Control']).toBe(CACHE.day);
    expect(headersFor('/embed.js', rules)['Cache-Control']).toBe(CACHE.loader);
    for (const path of SAMPLES) expect(headersFor(path, rules)['X-Content-Type-Options'], path).toBe('nosniff');
  });

  it('leave Cache-Control to the dynamic /oembed under next start, which has no such route in an export', () => {
    expect(headersFor('/oembed', rules)['Cache-Control']).toBeUndefined();
    expect(next('/oembed')['Cache-Control']).toBeUndefined();
    expect(headersFor('/oembed', rules)['X-Content-Type-Options']).toBe('nosniff');
    expect(headersFor('/oembed/first-round.json', rules)['Cache-Control']).toBe(CACHE.day);
  });

  it('make pages revalidate under next start as on a static host, not keep them a year in a CDN', () => {
    for (const path of ['/', '/chapters/first-round', '/embed/first-round', '/places/astana', '/read', '/oembedded', '/oembed/x']) {
      expect(next(path)['Cache-Control'], path).toMatch(/max-age=(0|86400)\b/);
    }
    expect(next('/chapters/first-round')['Cache-Control']).toBe(CACHE.revalidate);
  });

  it('let any origin read the public files the map fetches with CORS (a sandboxed embed has an opaque origin)', () => {
    for (const path of ['/basemap/basemap.json', '/basemap/labels.json', '/fonts/noto-sans-latin-500.woff2', '/maplibre-gl-worker.mjs']) {
      expect(headersFor(path, rules)['Access-Control-Allow-Origin'], path).toBe('*');
    }
    for (const path of ['/', '/chapters/first-round', '/embed/first-round']) expect(headersFor(path, rules)['Access-Control-Allow-Origin'], path).toBeUndefined();
  });

  it('in nginx, send security headers with every answer and cache lifetimes with successful ones only', () => {
    const block = nginxServerBlock({ rules, root: '/srv/out', listen: '8080' });
    const lines = [...block.matchAll(/add_header (\S+) "[^"]*"( always)?;/g)];
    expect(lines.length).toBeGreaterThan(10);
    for (const [line, name, always] of lines) expect(Boolean(always), line).toBe(name !== 'Cache-Control');
  });

  it("next.config.mjs's headers, _headers on Cloudflare and Netlify, and the nginx block agree with it", () => {
    const file = headersFile(rules);
    const block = nginxServerBlock({ rules, root: '/srv/out', listen: '8080' });
    // Netlify cannot take a header off a path again: the paths left out of a rule are next
    // start's dynamic routes, which a static host answers with a 404 (and 404s have no lifetime).
    const exceptions = new Set(rules.flatMap((rule) => rule.except ?? []));
    for (const path of SAMPLES) {
      const expected = headersFor(path, rules);
      expect(next(path), `next ${path}`).toEqual(expected);
      expect(cloudflare(file, path), `cloudflare ${path}`).toEqual(expected);
      if (!exceptions.has(path)) expect(netlify(file, path), `netlify ${path}`).toEqual(expected);
      expect(nginx(block, path), `nginx ${path}`).toEqual(expected);
    }
  });

  it.runIf(existsSync('/usr/sbin/nginx'))('the nginx block is a configuration nginx accepts', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'nginx-t-'));
    const config = `pid ${dir}/nginx.pid; error_log stderr; events {} http { include /etc/nginx/mime.types; ${nginxServerBlock({ rules, root: dir, listen: '127.0.0.1:1' })} }`;
    writeFileSync(path.join(dir, 'nginx.conf'), config);
    const result = spawnSync('/usr/sbin/nginx', ['-t', '-p', dir, '-c', path.join(dir, 'nginx.conf'), '-e', 'stderr'], { encoding: 'utf8' });
    expect(result.stderr).toContain('syntax is ok');
  });
});
