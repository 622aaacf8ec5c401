// Bundles the publisher-facing loader into public/embed.js: one small, dependency-free
// script that shares its message parser with the embed page.
import { build } from 'esbuild';

const result = await build({
  entryPoints: ['app/_embed/loader.ts'],
  outfile: 'public/embed.js',
  bundle: true,
  format: 'iife',
  target: ['es2020'],
  minify: true,
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
});
const bytes = Object.values(result.metafile.outputs)[0]?.bytes ?? 0;
console.log(`built public/embed.js (${bytes} bytes)`);
