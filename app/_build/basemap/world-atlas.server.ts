import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Resolution } from './config';

const require = createRequire(import.meta.url);

/** world-atlas's countries file: one object, `countries`, with a name per geometry and ISO numeric ids. */
export type CountriesTopology = Topology<{ countries: GeometryCollection<{ name?: string }> }>;

/** Reads Natural Earth's countries, as shipped in the world-atlas npm package. */
export function loadCountries(resolution: Resolution): CountriesTopology {
  if (resolution !== '50m' && resolution !== '110m') throw new Error(`Unsupported world-atlas resolution: ${String(resolution)}`);
  return JSON.parse(readFileSync(require.resolve(`world-atlas/countries-${resolution}.json`), 'utf8')) as CountriesTopology;
}
