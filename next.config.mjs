// @ts-check

const isDev = process.env.NODE_ENV !== 'production';

/**
 * The CSP is static (no nonces) so pages stay statically rendered; Next's inline
 * hydration data therefore needs 'unsafe-inline' in script-src. React's dev build
 * evaluates code for its debugging aids, so 'unsafe-eval' is allowed in development only.
 */
function contentSecurityPolicy(frameAncestors) {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
}

const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  experimental: {
    // Two root layouts (site and embed) leave no single layout for unmatched URLs.
    globalNotFound: true,
    // Our stylesheet is ~4 KB gzipped: inlining it saves the render-blocking round trip.
    inlineCss: true,
  },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [...securityHeaders, { key: 'Content-Security-Policy', value: contentSecurityPolicy("'self'") }],
      },
      // Only embeds may be framed by other sites. This rule must come after '/:path*',
      // which also matches /embed/*: for the same header, the later rule wins.
      {
        source: '/embed/:path*',
        headers: [{ key: 'Content-Security-Policy', value: contentSecurityPolicy('*') }],
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
    ];
  },
};

export default nextConfig;
