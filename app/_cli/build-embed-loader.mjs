// Bundles the publisher-facing loader into public/embed.js: one small, dependency-free
// script that shares its message parser with the embed page. SITE_URL's origin is baked in:
// the loader then frames and listens to that origin only, whatever page includes it.
// `--outfile <path>` writes elsewhere: npm run export puts its own copy, for its SITE_URL, in out/.
import { cliArgs } from './args.mjs';
import { build } from 'esbuild';
import { parseSiteUrl } from '../_lib/publishing/site-url.mjs';

const outfile = cliArgs('embed-loader', { options: { outfile: { type: 'string', default: 'public/embed.js' } } }, 'npm run embed-loader -- [--outfile <path>]')
  .values.outfile;

let origin;
try {
  origin = parseSiteUrl(process.env.SITE_URL);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

const result = await build({
  entryPoints: ['app/_embed-loader/loader.ts'],
  outfile,
  bundle: true,
  format: 'iife',
  target: ['es2020'],
  minify: true,
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
  define: { __ASTANA_SITE_ORIGIN__: JSON.stringify(origin ?? '') },
});
const bytes = Object.values(result.metafile.outputs)[0]?.bytes ?? 0;
console.log(`built ${outfile} (${bytes} bytes) for ${origin ?? "the origin of the verified <script> that loads it (SITE_URL unset)"}`);
