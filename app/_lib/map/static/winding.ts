import type { Position } from 'geojson';
import type { BasemapFeature } from '../basemap/types';

const rewound = new WeakMap<BasemapFeature, BasemapFeature>();

const reverseRings = (rings: Position[][]) => rings.map((ring) => ring.slice().reverse());

/**
 * The feature with its polygon rings wound as d3-geo reads them. d3 takes a ring's inside
 * to be on its right (exteriors clockwise), the reverse of RFC 7946, which the basemap
 * follows for MapLibre; read as built, each country would be the whole globe but itself
 * and cover every map. Reversing each ring keeps the shapes. Cached per feature, as the
 * basemap is loaded once per process.
 */
export function forD3(feature: BasemapFeature): BasemapFeature {
  const { geometry } = feature;
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return feature;
  let result = rewound.get(feature);
  if (!result) {
    result =
      geometry.type === 'Polygon'
        ? { ...feature, geometry: { type: 'Polygon', coordinates: reverseRings(geometry.coordinates) } }
        : { ...feature, geometry: { type: 'MultiPolygon', coordinates: geometry.coordinates.map(reverseRings) } };
    rewound.set(feature, result);
  }
  return result;
}
