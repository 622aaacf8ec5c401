// @ts-check
import { hostedStyleOrigin } from './app/_lib/publishing/csp.mjs';
import { nextHeaders } from './app/_lib/publishing/header-outputs.mjs';
import { headerRules } from './app/_lib/publishing/headers.mjs';
import { parseSiteUrl } from './app/_lib/publishing/site-url.mjs';
import { nextRedirects } from './app/_lib/publishing/url-policy.mjs';

const dev = process.env.NODE_ENV !== 'production';
// A hosted basemap style (docs/map.md, "Hosted basemap") widens connect-src and img-src to its origin only.
const mapOrigin = hostedStyleOrigin(process.env.NEXT_PUBLIC_MAP_STYLE_URL);
// The public origin (docs/embedding.md, "SITE_URL"): a bad value fails the build here, with the reason.
const siteUrl = parseSiteUrl(process.env.SITE_URL);
// `npm run export` (app/_cli/export.mjs) sets this: a static export into out/ (docs/deploy.md, "Static export").
const staticExport = process.env.STATIC_EXPORT === '1';

async function rewrites() {
  return {
    beforeFiles: [
      // Next cannot decode a dynamic segment like /places/%ZZ and then answers a bare 500: its
      // 400 page exists only in the Pages Router. Every undecodable path has a bad % or an
      // escape outside ASCII, and no address of ours has either, so such paths get the 404 page
      // (and the headers below). Unlike a proxy.ts, a rewrite runs no code per request and
      // needs no file outside app/; the pages stay static.
      { source: '/:path(.*%(?![0-7][0-9a-fA-F]).*)', destination: '/_malformed-url' },
    ],
  };
}

/** The `.html` forms of a page redirect to it (app/_lib/publishing/url-policy.mjs, as on static hosts). */
async function redirects() {
  return nextRedirects();
}

/** Every header comes from app/_lib/publishing/headers.mjs, as do the export's _headers and nginx block. */
async function headers() {
  return nextHeaders(headerRules({ dev, mapOrigin }));
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  output: staticExport ? 'export' : undefined,
  // Next writes the build id into every page; the export derives it from its sources, so an
  // export of unchanged sources is the same files, byte for byte.
  ...(staticExport && process.env.EXPORT_BUILD_ID ? { generateBuildId: async () => process.env.EXPORT_BUILD_ID ?? null } : {}),
  // Routes that exist in one mode only: app/oembed/route.dynamic.ts reads the request (next start),
  // app/oembed/[file]/route.export.ts writes one oEmbed answer per chapter (the export).
  pageExtensions: ['tsx', 'ts', staticExport ? 'export.ts' : 'dynamic.ts'],
  poweredByHeader: false,
  // `npm start`'s front (app/_cli/start.mjs) compresses every answer, in brotli where it can.
  compress: false,
  // A native module (share cards are drawn with it at build time), and HarfBuzz's WebAssembly,
  // which finds its .wasm beside its own file (Arabic map text is measured with it): loaded by Node, not bundled.
  serverExternalPackages: ['@resvg/resvg-js', 'harfbuzzjs'],
  // Inlined at build time into server and browser code alike, so everything the build emits
  // agrees on one origin; '' when unset (then only loopback hosts are trusted).
  env: { SITE_URL: siteUrl ?? '', STATIC_EXPORT: staticExport ? '1' : '' },
  experimental: {
    // Two root layouts (site and embed) leave no single layout for unmatched URLs.
    globalNotFound: true,
    // Not inlined: Next puts an inlined stylesheet in the page twice, in a <style> and again in
    // React's payload (4.3 KB gzip each on the story). Linked, it is one cached file for every page.
    inlineCss: false,
  },
  // No page uses next/image; off, /_next/image is a 404 instead of a logger and fetcher of
  // whatever URL a stranger passes it.
  images: { unoptimized: true },
  // A static export has none of these: the host sends the headers and redirects (out/_headers,
  // out/_redirects, the nginx block).
  ...(staticExport ? {} : { rewrites, headers, redirects }),
};

export default nextConfig;
