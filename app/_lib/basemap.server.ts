import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BasemapCollection } from './basemap/types';
import type { LabelData } from './labels/types';
import { countryIndex, type CountryIndex } from './countries';

/** The shape the build writes (app/_lib/basemap). */
export type Basemap = BasemapCollection;

let cached: Promise<Basemap> | undefined;

/** The built basemap (public/basemap/basemap.json), read once per server process for static maps. */
export function getBasemap(root = process.cwd()): Promise<Basemap> {
  cached ??= readFile(path.join(root, 'public', 'basemap', 'basemap.json'), 'utf8').then(
    (text) => JSON.parse(text) as Basemap,
    (error: Error) => {
      throw new Error(`The basemap is missing (${error.message}). Run \`npm run basemap\` (the build does it for you).`);
    },
  );
  return cached;
}

let cachedLabels: Promise<LabelData> | undefined;

/** The built label data (public/basemap/labels.json), read once per server process for static maps. */
export function getLabels(root = process.cwd()): Promise<LabelData> {
  cachedLabels ??= readFile(path.join(root, 'public', 'basemap', 'labels.json'), 'utf8').then(
    (text) => JSON.parse(text) as LabelData,
    (error: Error) => {
      throw new Error(`The map labels are missing (${error.message}). Run \`npm run basemap\` (the build does it for you).`);
    },
  );
  return cachedLabels;
}

let countries: Promise<CountryIndex> | undefined;

/** Names and mainland bounds of the basemap's countries, for map keys and locators. */
export function getCountryIndex(root = process.cwd()): Promise<CountryIndex> {
  countries ??= getBasemap(root).then(countryIndex);
  return countries;
}
