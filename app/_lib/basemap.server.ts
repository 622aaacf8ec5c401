import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BasemapCollection } from './basemap/types';
import type { LabelData } from './labels/types';
import { countryIndex, type CountryIndex } from './countries';

/** The shape the build writes (app/_lib/basemap). */
export type Basemap = BasemapCollection;

/**
 * A file the basemap step writes, read once per server process: the server draws static maps
 * with it. A missing file names the command that makes it. Each caller spells its path out in
 * its `read`, so the build traces only that file.
 */
function builtOnce<T>(what: string, read: (root: string) => Promise<string>): (root?: string) => Promise<T> {
  let cached: Promise<T> | undefined;
  return (root = process.cwd()) =>
    (cached ??= read(root).then(
      (text) => JSON.parse(text) as T,
      (error: Error) => {
        throw new Error(`The ${what} is missing (${error.message}). Run \`npm run basemap\` (the build does it for you).`);
      },
    ));
}

/** The built basemap (public/basemap/basemap.json). */
export const getBasemap = builtOnce<Basemap>('basemap', (root) => readFile(path.join(root, 'public', 'basemap', 'basemap.json'), 'utf8'));

/** Where the basemap step writes the 1:110m overview: outside public/, as only the server draws with it. */
export const OVERVIEW_OUTPUT = 'basemap-overview.json';
/** Below this zoom a static map is drawn from the overview: 1:50m detail is finer than its pixels. */
export const OVERVIEW_MAX_ZOOM = 4.5;

/** The 1:110m basemap, for static maps at small scale. */
export const getOverviewBasemap = builtOnce<Basemap>('overview basemap', (root) => readFile(path.join(root, 'basemap-overview.json'), 'utf8'));

/** The built label data (public/basemap/labels.json). */
export const getLabels = builtOnce<LabelData>('map label data', (root) => readFile(path.join(root, 'public', 'basemap', 'labels.json'), 'utf8'));

let countries: Promise<CountryIndex> | undefined;

/** Names and mainland bounds of the basemap's countries, for map keys and locators. */
export function getCountryIndex(root = process.cwd()): Promise<CountryIndex> {
  countries ??= getBasemap(root).then(countryIndex);
  return countries;
}
