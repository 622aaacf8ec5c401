// @ts-check
import { contentSecurityPolicy, hostedStyleOrigin } from './app/_lib/csp.mjs';
import { parseSiteUrl } from './app/_lib/site-url.mjs';

const dev = process.env.NODE_ENV !== 'production';
// A hosted basemap style (README, "Hosted basemap") widens connect-src and img-src to its origin only.
const mapOrigin = hostedStyleOrigin(process.env.NEXT_PUBLIC_MAP_STYLE_URL);
// The public origin (README, "SITE_URL"): a bad value fails the build here, with the reason.
const siteUrl = parseSiteUrl(process.env.SITE_URL);
const csp = (frameAncestors) => contentSecurityPolicy({ frameAncestors, dev, mapOrigin });

const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // A native module (share cards are drawn with it at build time): loaded by Node, not bundled.
  serverExternalPackages: ['@resvg/resvg-js'],
  // Inlined at build time into server and browser code alike, so everything the build emits
  // agrees on one origin; '' when unset (then only loopback hosts are trusted).
  env: { SITE_URL: siteUrl ?? '' },
  experimental: {
    // Two root layouts (site and embed) leave no single layout for unmatched URLs.
    globalNotFound: true,
    // Our stylesheet is ~4 KB gzipped: inlining it saves the render-blocking round trip.
    inlineCss: true,
  },
  async rewrites() {
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
  },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [...securityHeaders, { key: 'Content-Security-Policy', value: csp("'self'") }],
      },
      // Only embeds may be framed by other sites. This rule must come after '/:path*',
      // which also matches /embed/*: for the same header, the later rule wins.
      {
        source: '/embed/:path*',
        headers: [{ key: 'Content-Security-Policy', value: csp('*') }],
      },
      // Scroll-driven embeds fetch step texts from the host page's origin.
      {
        source: '/embed/:slug/steps.json',
        headers: [{ key: 'Access-Control-Allow-Origin', value: '*' }],
      },
      {
        source: '/embed.js',
        headers: [{ key: 'Cache-Control', value: 'public, max-age=600' }],
      },
      // Built from npm packages, so they change only with a deploy; a day of caching spares
      // the server from gzipping 420 KB of basemap per visit (npm run loadtest: 63 req/s).
      {
        source: '/basemap/:path*',
        headers: [{ key: 'Cache-Control', value: 'public, max-age=86400' }],
      },
      {
        source: '/maplibre-gl-worker.mjs',
        headers: [{ key: 'Cache-Control', value: 'public, max-age=86400' }],
      },
    ];
  },
};

export default nextConfig;
