/** The country layer: one filled (Multi)Polygon per country that meets the bbox. */
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { clipRingToBbox } from './clip';
import { orient, quantize, ringArea, samePoint, unwrapAntimeridian } from '../../_lib/geometry/rings';
import { countryShapes } from './disputed';
import type { BasemapLayer } from './layer';
import type { BasemapFeature, Bbox } from '../../_lib/map/basemap/types';

export const countryLayer: BasemapLayer = {
  name: 'countries',
  build({ topology, bbox, precision, countries }) {
    const features: BasemapFeature[] = [];
    const unmapped: string[] = [];
    for (const country of countries ?? countryShapes(topology)) {
      const geometry = countryGeometry({ type: 'MultiPolygon', coordinates: country.polygons }, bbox, precision);
      if (!geometry) continue;
      const { name, iso3 } = country;
      if (iso3 === undefined) unmapped.push(`${country.id} (${name})`);
      features.push({ type: 'Feature', properties: { kind: 'country', iso3: iso3 ?? null, name }, geometry });
    }
    if (unmapped.length) throw new Error(`ISO_NUMERIC_TO_ALPHA3 is missing: ${unmapped.join(', ')}`);
    return features.sort((a, b) => String(nameOf(a)).localeCompare(String(nameOf(b)), 'en'));
  },
};

const nameOf = (feature: BasemapFeature) => (feature.properties.kind === 'country' ? feature.properties.name : null);

/** The country's polygons clipped to the bbox, or null when nothing drawable is left. */
export function countryGeometry(geometry: Geometry | null, bbox: Bbox, precision: number): Polygon | MultiPolygon | null {
  const polygons: Position[][][] = [];
  for (const [outer, ...holes] of polygonsOf(geometry)) {
    const exterior = drawableRing(outer ?? [], bbox, precision);
    if (!exterior) continue;
    const rings = [orient(exterior, true)];
    for (const hole of holes) {
      const ring = drawableRing(hole, bbox, precision);
      if (ring) rings.push(orient(ring, false));
    }
    polygons.push(rings);
  }
  if (polygons.length === 0) return null;
  return polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0]! } : { type: 'MultiPolygon', coordinates: polygons };
}

/** Unwrap, clip, round and close one ring; null when it is degenerate (under 4 positions or no area). */
function drawableRing(ring: Position[], bbox: Bbox, precision: number): Position[] | null {
  const clipped = clipRingToBbox(unwrapAntimeridian(ring), bbox);
  if (clipped.length === 0) return null;
  const rounded = quantize(clipped, precision);
  if (rounded.length > 1 && !samePoint(rounded[0], rounded.at(-1))) rounded.push([...rounded[0]!]);
  if (rounded.length < 4 || Math.abs(ringArea(rounded)) < 1e-9) return null;
  return rounded;
}

function polygonsOf(geometry: Geometry | null): Position[][][] {
  if (geometry?.type === 'Polygon') return [geometry.coordinates];
  if (geometry?.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}
