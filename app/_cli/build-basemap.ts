/**
 * `npm run basemap`: writes public/basemap/basemap.json (country fills and borders from
 * Natural Earth, minified) and prints its size. prepare-assets runs it before every build.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BASEMAP_OUTPUT } from '../_lib/basemap/config';
import { buildWithinBudget } from '../_lib/basemap/pipeline.server';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const target = path.join(root, BASEMAP_OUTPUT);
const { collection, json, rawBytes, gzipBytes, resolution } = buildWithinBudget();
mkdirSync(path.dirname(target), { recursive: true });
writeFileSync(target, json);
const countries = collection.features.filter((feature) => feature.properties.kind === 'country').length;
const kib = (bytes: number) => (bytes / 1024).toFixed(1);
console.log(
  `basemap: wrote ${path.relative(process.cwd(), target) || target} (world-atlas ${resolution}, ${countries} countries + borders): ` +
    `${rawBytes} bytes raw (${kib(rawBytes)} KiB), ${gzipBytes} bytes gzip (${kib(gzipBytes)} KiB)`,
);
