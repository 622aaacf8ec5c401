import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { FeatureCollection, Geometry } from 'geojson';

export interface BasemapProperties {
  kind: 'country' | 'border';
  iso3?: string | null;
  name?: string;
}

export type Basemap = FeatureCollection<Geometry, BasemapProperties>;

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
