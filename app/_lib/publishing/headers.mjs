// @ts-check
/*
 * The site's response headers, declared once per path class. next.config.mjs's headers(),
 * the export's `_headers` (Netlify, Cloudflare Pages) and the nginx server block are all
 * generated from `headerRules` (app/_lib/publishing/header-outputs.mjs), and a unit test reads the three
 * back and compares them with `headersFor`. Plain JS so next.config.mjs can import it.
 */
import { contentSecurityPolicy } from './csp.mjs';

/**
 * @typedef {{ path: string, headers: Record<string, string>, except?: string[] }} HeaderRule
 * `path` is a pattern in the `_headers` syntax: literal segments, `:name` for one segment,
 * and a final `*` for the rest of the path (the path above included: `/embed/*` matches `/embed`).
 * `except` lists exact paths the rule leaves alone.
 */

const DAY = 86400;
/** Files any site may read: public data, no cookies, nothing that differs per reader. */
const PUBLIC = { 'Access-Control-Allow-Origin': '*' };

/**
 * What the Cache-Control of each path class means. A lifetime is for a successful answer only:
 * an error (a file with the wrong permissions, a bad range) must not be pinned in caches, so
 * static hosts send Cache-Control with 2xx and 3xx answers alone, and Next sets its own
 * `no-store` on its 404s. The security headers go on every answer.
 */
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
  const csp = (/** @type {string} */ frameAncestors, embed = false) => contentSecurityPolicy({ frameAncestors, dev, mapOrigin, embed });
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
    // Pages revalidate on a static host and under `next start` alike: Next's own default for a
    // static page, `s-maxage=31536000`, would keep a corrected story stale in a CDN for a year
    // and, after a deploy, serve HTML naming deleted chunks. A header here overrides what a
    // route handler sets, so the dynamic /oembed, which chooses per answer, is left out.
    { path: '/*', headers: { 'Cache-Control': CACHE.revalidate }, except: ['/oembed'] },
    // Only embeds may be framed by other sites.
    { path: '/embed/*', headers: { 'Content-Security-Policy': csp('*', true) } },
    // Scroll-driven embeds fetch step texts from the host page's origin.
    { path: '/embed/:slug/steps.json', headers: { 'Access-Control-Allow-Origin': '*' } },
    { path: '/_next/static/*', headers: { 'Cache-Control': CACHE.immutable } },
    // The map's files are public and fetched with CORS (fonts, fetch, the module worker): an
    // embed in a sandboxed iframe has an opaque origin and needs them allowed for any origin.
    { path: '/basemap/*', headers: { 'Cache-Control': CACHE.day, ...PUBLIC } },
    { path: '/fonts/*', headers: { 'Cache-Control': CACHE.day, ...PUBLIC } },
    { path: '/maplibre-gl-worker.mjs', headers: { 'Cache-Control': CACHE.day, ...PUBLIC } },
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
 * Whether a rule applies to a path.
 * @param {HeaderRule} rule
 * @param {string} path
 */
export function ruleMatches(rule, path) {
  return patternRegExp(rule.path).test(path) && !rule.except?.includes(path);
}

/**
 * The headers a successful answer for a path carries, by the declaration (on a static host and
 * under `next start` alike). An error answer carries them without Cache-Control.
 * @param {string} path a URL path, e.g. `/embed/first-round`
 * @param {HeaderRule[]} rules
 * @returns {Record<string, string>}
 */
export function headersFor(path, rules) {
  /** @type {Record<string, string>} */
  const merged = {};
  for (const rule of rules) if (ruleMatches(rule, path)) Object.assign(merged, rule.headers);
  return merged;
}

/** Headers that say how long an answer may be kept: sent with successful answers only. */
export const LIFETIME_HEADERS = ['Cache-Control'];
