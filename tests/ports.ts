/**
 * The ports of a test run, all from PORT (default 3100): `next start` on PORT, the embed
 * tests' host page on PORT + 1 (explore.spec.ts's on PORT + 2), nginx serving the export on PORT + 6 (its host page on PORT + 7).
 * The export the browser tests use is built for its nginx origin (tests/export).
 */
export const SITE_PORT = Number(process.env.PORT ?? 3100);
export const EXPORT_PORT = SITE_PORT + 6;
export const EXPORT_ORIGIN = `http://127.0.0.1:${EXPORT_PORT}`;
