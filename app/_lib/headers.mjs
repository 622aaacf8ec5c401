// @ts-check
/*
 * The site's response headers, declared once per path class. next.config.mjs's headers(),
 * the export's `_headers` (Netlify, Cloudflare Pages) and the nginx server block are all
 * generated from `headerRules` (app/_lib/header-outputs.mjs), and a unit test reads the three
 * back and compares them with `headersFor`. Plain JS so next.config.mjs can import it.
 */
import { contentSecurityPolicy } from './csp.mjs';

/**
 * @typedef {{ path: string, headers: Record<string, string>, exportOnly?: boolean }} HeaderRule
 * `path` is a pattern in the `_headers` syntax: literal segments, `:name` for one segment,
 * and a final `*` for the rest of the path (the path above included: `/embed/*` matches `/embed`).
 * `exportOnly` rules are for static hosts only (out/_headers, nginx), not next.config.mjs.
 */

const DAY = 86400;

/** What the Cache-Control of each path class means. */
export const CACHE = {
  /** File names carry a content hash: a new build never reuses one. */
  immutable: 'public, max-age=31536000, immutable',
  /** Pages, and anything without a hash in its name: revalidate on every visit (cheap, a 304). */
  revalidate: 'public, max-age=0, must-revalidate',
  /** Built from npm packages, so they change only with a deploy: a day spares the server. */
  day: `public, max-age=${DAY}`,
  /** embed.js sits on publishers' pages: a fix must reach them within minutes. */
  loader: 'public, max-age=600',
};

/**
 * The rules, most general first. A path gets the headers of every rule it matches; for the
 * same header, the later rule wins (as in Next's headers() and Netlify's `_headers`).
 * @param {{ dev?: boolean, mapOrigin?: string | null }} [options]
 * @returns {HeaderRule[]}
 */
export function headerRules({ dev = false, mapOrigin = null } = {}) {
  const csp = (/** @type {string} */ frameAncestors) => contentSecurityPolicy({ frameAncestors, dev, mapOrigin });
  return [
    {
      path: '/*',
      headers: {
        'Content-Security-Policy': csp("'self'"),
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'strict-origin-when-cross-origin',
        'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
      },
    },
    // Under `next start`, Next sets Cache-Control on pages itself, and a rule here would override
    // what route handlers choose (the dynamic /oembed's no-store); a static host needs it said.
    { path: '/*', headers: { 'Cache-Control': CACHE.revalidate }, exportOnly: true },
    // Only embeds may be framed by other sites.
    { path: '/embed/*', headers: { 'Content-Security-Policy': csp('*') } },
    // Scroll-driven embeds fetch step texts from the host page's origin.
    { path: '/embed/:slug/steps.json', headers: { 'Access-Control-Allow-Origin': '*' } },
    { path: '/_next/static/*', headers: { 'Cache-Control': CACHE.immutable } },
    { path: '/basemap/*', headers: { 'Cache-Control': CACHE.day } },
    { path: '/maplibre-gl-worker.mjs', headers: { 'Cache-Control': CACHE.day } },
    { path: '/embed.js', headers: { 'Cache-Control': CACHE.loader } },
    // The export's oEmbed answers (out/oembed/<slug>.json), read by other sites' servers and scripts.
    { path: '/oembed/:file', headers: { 'Access-Control-Allow-Origin': '*', 'Cache-Control': CACHE.day } },
  ];
}

/**
 * A rule's pattern as a RegExp over URL paths.
 * @param {string} pattern
 * @returns {RegExp}
 */
export function patternRegExp(pattern) {
  const segments = pattern.split('/').filter(Boolean);
  const last = segments.at(-1);
  const rest = last === '*';
  const fixed = (rest ? segments.slice(0, -1) : segments).map((segment) =>
    segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
  );
  const head = fixed.length ? `/${fixed.join('/')}` : '';
  return new RegExp(`^${head}${rest ? '(?:/.*)?' : '/?'}$`);
}

/**
 * The headers a path is answered with, by the declaration: on a static host, or under `next start`.
 * @param {string} path a URL path, e.g. `/embed/first-round`
 * @param {HeaderRule[]} rules
 * @param {{ server?: 'static' | 'next' }} [options]
 * @returns {Record<string, string>}
 */
export function headersFor(path, rules, { server = 'static' } = {}) {
  /** @type {Record<string, string>} */
  const merged = {};
  for (const rule of rules) {
    if (rule.exportOnly && server === 'next') continue;
    if (patternRegExp(rule.path).test(path)) Object.assign(merged, rule.headers);
  }
  return merged;
}
