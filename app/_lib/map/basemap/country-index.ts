import type { Position } from 'geojson';
import type { BasemapCollection } from './types';
import type { Bounds } from '../camera';

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

/** Twice the signed area of a ring, in square degrees; only compared, never shown. */
function ringArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
  return Math.abs(sum);
}

function ringBounds(ring: readonly Position[]): Bounds {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lng, lat] of ring) {
    west = Math.min(west, lng!);
    east = Math.max(east, lng!);
    south = Math.min(south, lat!);
    north = Math.max(north, lat!);
  }
  return [
    [west, south],
    [east, north],
  ];
}

/**
 * @example countryIndex(basemap).get('SYR')?.name // "Syria"
 */
export function countryIndex(basemap: BasemapCollection): CountryIndex {
  const index = new Map<string, CountryInfo>();
  for (const feature of basemap.features) {
    const { properties, geometry } = feature;
    if (properties.kind !== 'country' || !properties.iso3 || !properties.name) continue;
    const outers = geometry.type === 'Polygon' ? [geometry.coordinates[0]!] : geometry.type === 'MultiPolygon' ? geometry.coordinates.map((polygon) => polygon[0]!) : [];
    const mainland = outers.reduce<Position[] | undefined>((best, ring) => (!best || ringArea(ring) > ringArea(best) ? ring : best), undefined);
    if (mainland) index.set(properties.iso3, { name: properties.name, bounds: ringBounds(mainland) });
  }
  return index;
}

/** A country's name, or its code when the basemap does not draw it. */
export const countryName = (code: string, countries: CountryIndex) => countries.get(code)?.name ?? code;
