// @ts-check
/*
 * The site's public origin. Every absolute URL the site emits (oEmbed, the oEmbed discovery
 * link, the embed snippet, public/embed.js) comes from SITE_URL, never from a request's Host
 * header, which anyone can set and a shared cache would then serve to everyone.
 * Plain JS so next.config.mjs and the embed loader's build script can import it.
 */

/**
 * The origin of an http(s) URL; null for anything else (javascript:, data:, relative, junk).
 * @param {string} value
 * @param {string} [base] resolves a relative value
 * @returns {string | null}
 */
export function httpOrigin(value, base) {
  let url;
  try {
    url = new URL(value, base);
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
}

/**
 * The validated origin of SITE_URL, or null when it is unset. Throws, with the reason, when it
 * is set but is not a bare http(s) origin (a path, query, fragment or credentials would be
 * silently dropped or glued onto every URL).
 * @param {string | undefined} value
 * @returns {string | null}
 * @example parseSiteUrl('https://story.example.org/') // 'https://story.example.org'
 */
export function parseSiteUrl(value) {
  if (value === undefined || value.trim() === '') return null;
  const origin = httpOrigin(value.trim());
  if (!origin) throw new Error(`SITE_URL must be an http(s) origin such as https://story.example.org, not "${value}"`);
  const url = new URL(value.trim());
  if (url.username || url.password || url.pathname !== '/' || url.search || url.hash) {
    throw new Error(`SITE_URL must be an origin only (scheme, host and optional port), without a path, query or credentials: "${value}"`);
  }
  return origin;
}

/**
 * SITE_URL's origin. next.config.mjs inlines SITE_URL into the build (its `env`), so pages,
 * routes and the browser all read the value the build was made with.
 * @returns {string | null}
 */
export function siteOrigin() {
  return parseSiteUrl(process.env.SITE_URL);
}

/**
 * True for hosts that only this machine can reach: localhost, 127.0.0.0/8 and [::1].
 * `hostname` as URL parses it (IPv6 in brackets, IPv4 normalised).
 * @param {string} hostname
 * @returns {boolean}
 */
export function isLoopbackHostname(hostname) {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}

/**
 * The origin to use for a request when SITE_URL is unset: the Host header's, but only
 * for a loopback host (local development and tests); null for any other host.
 * @param {string | null} host the Host header
 * @param {string} protocol 'http:' or 'https:'
 * @returns {string | null}
 */
export function loopbackOrigin(host, protocol) {
  // A bare host[:port]; anything else (userinfo, a path, spaces) is not a Host header we accept.
  if (!host || !/^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/.test(host)) return null;
  const origin = httpOrigin(`${protocol === 'https:' ? 'https:' : 'http:'}//${host}`);
  return origin && isLoopbackHostname(new URL(origin).hostname) ? origin : null;
}

/**
 * A URL from outside (steps.json, a host page) that is safe to put into a page: an http(s)
 * URL at `origin`, resolved against it. null for other schemes and other origins.
 * @param {string} value
 * @param {string} origin
 * @returns {string | null}
 */
export function sameOriginHref(value, origin) {
  if (typeof value !== 'string' || httpOrigin(value, origin) !== origin) return null;
  return new URL(value, origin).href;
}
