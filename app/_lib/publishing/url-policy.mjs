// @ts-check
/*
 * The site's URL policy, written once: every page has one address, with no trailing slash and
 * no `.html`. Other forms of it answer 308 with the canonical path (query kept) in a relative
 * Location, never one built from the Host header. next.config.mjs's redirects(), the nginx
 * block and the export's `_redirects` are generated from here (with the headers, in
 * header-outputs.mjs), and a browser test sends the same URLs to `next start` and to nginx.
 *
 * The steps, in the order Next takes them (one redirect per request; a second form of a
 * second kind takes a second hop):
 *   1. repeated slashes merge:      //evil.example/ → /evil.example/   (never a protocol-relative URL)
 *   2. a trailing slash goes:       /chapters/x/    → /chapters/x
 *   3. index.html goes:             /index.html     → /      /read/index.html → /read
 *   4. .html goes:                  /chapters/x.html → /chapters/x
 * The path is matched as it was sent, escapes and all: `/x%2F` has no trailing slash.
 */

/** How a non-canonical form is answered: permanent, and the method is kept. */
export const REDIRECT_STATUS = 308;

/**
 * The redirects, as regular expressions over the raw path (without the query) and the
 * replacement for the path. Each is tried in order; the first that matches decides.
 * @type {Array<{ name: string, pattern: RegExp, replace: string }>}
 */
export const REDIRECTS = [
  { name: 'repeated slashes', pattern: /^(.*?)\/{2,}(.*)$/, replace: '$1/$2' },
  { name: 'trailing slash', pattern: /^(\/.*[^/])\/$/, replace: '$1' },
  { name: 'index.html', pattern: /^\/index\.html$/, replace: '/' },
  { name: 'a folder index.html', pattern: /^(\/.+)\/index\.html$/, replace: '$1' },
  { name: '.html', pattern: /^(\/.+)\.html$/, replace: '$1' },
];

/**
 * Where a request goes first: the canonical form's path and query, or null when the request
 * is already in canonical form. Next merges every run of repeated slashes in one hop.
 * @param {string} target the request target as sent: path and optional query, e.g. `/read/?a=1`
 * @returns {string | null}
 * @example redirectFor('/chapters/x/?ref=a') // '/chapters/x?ref=a'
 * @example redirectFor('/chapters/x') // null
 */
export function redirectFor(target) {
  const queryAt = target.indexOf('?');
  const path = queryAt < 0 ? target : target.slice(0, queryAt);
  const query = queryAt < 0 ? '' : target.slice(queryAt);
  if (/\/{2,}/.test(path)) return path.replace(/\/{2,}/g, '/') + query;
  for (const { pattern, replace } of REDIRECTS.slice(1)) {
    if (pattern.test(path)) return path.replace(pattern, replace) + query;
  }
  return null;
}

/**
 * The redirects for next.config.mjs. Next already merges slashes and drops a trailing slash
 * (trailingSlash: false, its default); these add the `.html` forms. Next keeps the query.
 * @returns {{ source: string, destination: string, statusCode: 308 }[]}
 */
export function nextRedirects() {
  return [
    { source: '/index.html', destination: '/', statusCode: REDIRECT_STATUS },
    { source: '/:path+/index.html', destination: '/:path+', statusCode: REDIRECT_STATUS },
    { source: '/:path+.html', destination: '/:path+', statusCode: REDIRECT_STATUS },
  ];
}

/**
 * The policy as nginx directives: a map (http level) from the raw request URI to its
 * canonical form, server settings, and the `if` each location answers it with. nginx's own URI is decoded and
 * has its slashes merged, so the map reads `$request_uri`, as sent. A regex map merges one run
 * of slashes per hop, where Next merges them all: only a path with two runs differs.
 * @returns {{ http: string[], server: string[], answer: string }}
 */
export function nginxRedirects() {
  const query = '(?<query>\\?.*)?';
  const entry = (/** @type {string} */ regex, /** @type {string} */ value) => `  "~^${regex}${query}$" "${value}$query";`;
  return {
    http: [
      'map $request_uri $astana_canonical {',
      '  default "";',
      entry('(?<head>[^?]*?)//+(?<tail>[^?]*)', '$head/$tail'),
      entry('(?<path>/[^?]*[^/?])/', '$path'),
      entry('/index\\.html', '/'),
      entry('(?<path>/[^?]+)/index\\.html', '$path'),
      entry('(?<path>/[^?]+)\\.html', '$path'),
      '}',
    ],
    // Relative, so nginx never writes its idea of the host into Location.
    server: ['absolute_redirect off;'],
    // In every location, so a redirect carries the headers of its path, as under next start.
    answer: `if ($astana_canonical) { return ${REDIRECT_STATUS} $astana_canonical; }`,
  };
}

/**
 * The export's `_redirects` (Netlify; Cloudflare Pages applies the same policy to its files by
 * itself). Netlify matches paths without regard to a trailing slash, so only the `.html` forms
 * are listed, one line each per page; `!` makes the rule win over the file of that name.
 * @param {string[]} pages canonical paths of the export's pages, e.g. `/chapters/first-round`
 * @returns {string}
 */
export function redirectsFile(pages) {
  const lines = ['# Generated by npm run export from app/_lib/publishing/url-policy.mjs; edit that file instead.'];
  for (const page of [...pages].sort()) {
    if (page === '/') lines.push(`/index.html / ${REDIRECT_STATUS}!`);
    else lines.push(`${page}.html ${page} ${REDIRECT_STATUS}!`, `${page}/index.html ${page} ${REDIRECT_STATUS}!`);
  }
  return `${lines.join('\n')}\n`;
}
