import type { Position } from 'geojson';
import type { BasemapCollection } from './types';
import { boundsOf, type Bounds } from '../../geometry/bounds';
import { ringArea } from '../../geometry/rings';

/*
 * What the site knows about a country, read from the built basemap (Natural Earth's names
 * and shapes): the legend names countries with it, the locator frames and describes with it.
 */

export interface CountryInfo {
  /** Natural Earth's English short name, e.g. "Syria". */
  name: string;
  /** Bounds of the country's largest polygon: its mainland, not its islands or exclaves. */
  bounds: Bounds;
}

/** ISO alpha-3 code to name and mainland bounds. */
export type CountryIndex = ReadonlyMap<string, CountryInfo>;

/** A ring's area in square degrees: only compared, never shown. */
const areaOf = (ring: readonly Position[]) => Math.abs(ringArea(ring));

/**
 * @example countryIndex(basemap).get('SYR')?.name // "Syria"
 */
export function countryIndex(basemap: BasemapCollection): CountryIndex {
  const index = new Map<string, CountryInfo>();
  for (const feature of basemap.features) {
    const { properties, geometry } = feature;
    // The 1:110m world around the box is no country's mainland: its pieces have no name.
    if (properties.kind !== 'country' || !properties.iso3 || !properties.name || properties.extent === 'world') continue;
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
    const outers = polygons.map((polygon) => polygon[0]!);
    const mainland = outers.reduce<Position[] | undefined>((best, ring) => (!best || areaOf(ring) > areaOf(best) ? ring : best), undefined);
    if (mainland) index.set(properties.iso3, { name: properties.name, bounds: boundsOf(mainland) });
  }
  return index;
}

/** A country's name, or its code when the basemap does not draw it. */
export const countryName = (code: string, countries: CountryIndex) => countries.get(code)?.name ?? code;
