/**
 * `npm run basemap`: writes public/basemap/basemap.json (country fills and borders from
 * Natural Earth, minified), .generated/basemap-overview.json (1:110m, for static maps at small
 * scale) and public/basemap/labels.json (country, sea and capital labels),
 * public/basemap/labels-ar.json (the same labels in Arabic), copies the map fonts (Noto Sans,
 * Noto Sans Arabic) to public/fonts, and prints the sizes. prepare-assets runs it before
 * every build.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BASEMAP_DEFAULTS } from '../_build/basemap/config';
import { buildBasemap, buildWithinBudget } from '../_build/basemap/pipeline.server';
import { ARABIC_LABELS_OUTPUT, BASEMAP_OUTPUT, LABELS_OUTPUT, OVERVIEW_OUTPUT } from '../_lib/map/basemap/files';
import { ARABIC_FONT_FILES, MAP_FONT_FILES, MAP_WEIGHTS } from '../_lib/map/text/font';
import { SERVED_FONT_SOURCES } from '../_lib/map/text/metrics.server';
import { arabicLabelData } from '../_lib/map/labels/arabic-names.server';
import { SERVED_ARABIC_FONT_SOURCES } from '../_lib/map/text/shaper.server';
import { loadGazetteer } from '../_lib/content/loader.server';
import { loadCuratedLabels } from '../_lib/map/labels/curated.server';
import { loadDisputedPolicy } from '../_lib/map/basemap/disputed-policy.server';
import { ContentError } from '../_lib/content/problems';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const curated = await loadCuratedLabels(root);
const gazetteer = await loadGazetteer(path.join(root, 'geo', 'places.json'), root);
const disputed = await loadDisputedPolicy(root);
const problems = [...curated.problems, ...gazetteer.problems, ...disputed.problems];
if (problems.length) throw new ContentError(problems);
const { policy } = disputed;

const { json, rawBytes, gzipBytes, resolution, countries, labels } = buildWithinBudget(
  { curated: curated.labels, places: gazetteer.gazetteer.places },
  console.warn,
  { policy },
);
const kib = (bytes: number) => (bytes / 1024).toFixed(1);
// Natural Earth's 1:110m countries, for static maps drawn at small scale: the 1:50m detail
// is invisible there and would be most of the page's bytes. Read by the server only, so the
// world around the box keeps 1:110m's own detail here.
const { tolerance, precision } = BASEMAP_DEFAULTS;
const overview = JSON.stringify(buildBasemap({ resolution: '110m', world: { tolerance, precision }, policy }));
for (const [file, text] of [
  [BASEMAP_OUTPUT, json],
  [LABELS_OUTPUT, labels.json],
  [OVERVIEW_OUTPUT, overview],
] as const) {
  mkdirSync(path.join(root, path.dirname(file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}
// The map font, one file per weight, served from our origin (map/text/font.ts).
for (const weight of Object.values(MAP_WEIGHTS)) {
  const copies: [string, string][] = [
    [MAP_FONT_FILES[weight], SERVED_FONT_SOURCES[weight]],
    [ARABIC_FONT_FILES[weight], SERVED_ARABIC_FONT_SOURCES[weight]],
  ];
  for (const [file, source] of copies) {
    const font = path.join(root, 'public', file);
    mkdirSync(path.dirname(font), { recursive: true });
    copyFileSync(require.resolve(source), font);
  }
}
// The Arabic edition's labels: the same candidates named and measured in Arabic, fetched by its live map alone.
const arabicLabels = JSON.stringify(await arabicLabelData(JSON.parse(labels.json), root));
writeFileSync(path.join(root, ARABIC_LABELS_OUTPUT), arabicLabels);
console.log(
  `basemap: wrote ${BASEMAP_OUTPUT} (world-atlas ${resolution}, ${countries} countries + borders) and ${LABELS_OUTPUT} (${labels.count} labels): ` +
    `${rawBytes} bytes raw (${kib(rawBytes)} KiB), ${gzipBytes} bytes gzip (${kib(gzipBytes)} KiB) together; labels ${labels.gzipBytes} bytes gzip`,
);
console.log(`basemap: wrote ${ARABIC_LABELS_OUTPUT}: ${Buffer.byteLength(arabicLabels)} bytes raw, ${gzipSync(arabicLabels).length} bytes gzip`);
