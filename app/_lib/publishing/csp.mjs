// @ts-check
/*
 * The Content-Security-Policy, built once at build time by next.config.mjs. Static
 * (no nonces) so pages stay static; Next's inline hydration data therefore needs
 * 'unsafe-inline' in script-src. Plain JS so next.config.mjs can import it.
 */

/**
 * The origin of a hosted MapLibre style, which the map then fetches style, tiles,
 * glyphs and sprites from; null for the embedded basemap.
 * @param {string | undefined} styleUrl
 * @returns {string | null}
 */
export function hostedStyleOrigin(styleUrl) {
  if (!styleUrl) return null;
  let url;
  try {
    url = new URL(styleUrl);
  } catch {
    throw new Error(`NEXT_PUBLIC_MAP_STYLE_URL is not a URL: ${styleUrl}`);
  }
  const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
  if (url.protocol !== 'https:' && !(local && url.protocol === 'http:')) {
    throw new Error(`NEXT_PUBLIC_MAP_STYLE_URL must use https: ${styleUrl}`);
  }
  return url.origin;
}

/**
 * `embed`: a page other sites frame, perhaps in a sandbox. A sandboxed frame has an opaque
 * origin, where MapLibre starts its module worker from a data: URL (Chrome will not start a
 * module worker from a blob: URL there), so worker-src allows data: on embeds only.
 * @param {{ frameAncestors: string, dev?: boolean, mapOrigin?: string | null, embed?: boolean }} options
 * @returns {string}
 */
export function contentSecurityPolicy({ frameAncestors, dev = false, mapOrigin = null, embed = false }) {
  const map = mapOrigin ? ` ${mapOrigin}` : '';
  return [
    "default-src 'self'",
    // React's development build evaluates code for its debugging aids; production never does.
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${map}`,
    "font-src 'self'",
    `connect-src 'self'${map}`,
    `worker-src 'self' blob:${embed ? ' data:' : ''}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
}
