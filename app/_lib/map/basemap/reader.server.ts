import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { countryIndex, type CountryIndex } from './country-index';
import { BASEMAP_OUTPUT, OVERVIEW_OUTPUT } from './files';
import type { BasemapCollection } from './types';

/** The shape the build writes (app/_build/basemap). */
export type Basemap = BasemapCollection;

let cached: Promise<Basemap> | undefined;

/** The built basemap (public/basemap/basemap.json), read once per server process for static maps. */
export function getBasemap(root = process.cwd()): Promise<Basemap> {
  cached ??= readFile(path.join(root, BASEMAP_OUTPUT), 'utf8').then(
    (text) => JSON.parse(text) as Basemap,
    (error: Error) => {
      throw new Error(`The basemap is missing (${error.message}). Run \`npm run basemap\` (the build does it for you).`);
    },
  );
  return cached;
}

/** Below this zoom a static map is drawn from the overview: 1:50m detail is finer than its pixels. */
export const OVERVIEW_MAX_ZOOM = 4.5;

let cachedOverview: Promise<Basemap> | undefined;

/** The 1:110m basemap, read once per server process for static maps at small scale. */
export function getOverviewBasemap(root = process.cwd()): Promise<Basemap> {
  cachedOverview ??= readFile(path.join(root, OVERVIEW_OUTPUT), 'utf8').then(
    (text) => JSON.parse(text) as Basemap,
    (error: Error) => {
      throw new Error(`The overview basemap is missing (${error.message}). Run \`npm run basemap\` (the build does it for you).`);
    },
  );
  return cachedOverview;
}

let countries: Promise<CountryIndex> | undefined;

/** Names and mainland bounds of the basemap's countries, for map keys and locators. */
export function getCountryIndex(root = process.cwd()): Promise<CountryIndex> {
  countries ??= getBasemap(root).then(countryIndex);
  return countries;
}
