// MapLibre 6 loads its worker from beside its own module; once bundled that address
// 404s, so the site serves a copy of the installed version and passes workerUrl.
import { copyFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const distDir = path.dirname(require.resolve('maplibre-gl/package.json'));
const source = path.join(distDir, 'dist', 'maplibre-gl-worker.mjs');
const target = path.join(process.cwd(), 'public', 'maplibre-gl-worker.mjs');

await mkdir(path.dirname(target), { recursive: true });
await copyFile(source, target);
console.log(`copied ${path.relative(process.cwd(), source)} -> public/maplibre-gl-worker.mjs`);
