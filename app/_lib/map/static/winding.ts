import type { Position } from 'geojson';
import type { BasemapFeature } from '../basemap/types';

const rewound = new WeakMap<BasemapFeature, BasemapFeature>();

/** Longest edge d3 may draw as a great circle, in degrees: a longer one is cut into steps of this size. */
const MAX_EDGE = 1;

/**
 * A path with its long edges cut into short steps. d3 draws an edge as a great circle, the
 * live map (and the basemap's clipping) as a straight line in Web Mercator: along a parallel
 * such as the box's 62° N, a great circle between far points bulges toward the pole, and an
 * edge spanning half the globe turns a shape inside out. In short steps the two agree.
 */
export function densify(path: Position[]): Position[] {
  const out: Position[] = [];
  path.forEach((point, i) => {
    const previous = path[i - 1];
    if (previous) {
      const steps = Math.ceil(Math.max(Math.abs(point[0]! - previous[0]!), Math.abs(point[1]! - previous[1]!)) / MAX_EDGE);
      const [dx, dy] = [point[0]! - previous[0]!, point[1]! - previous[1]!];
      for (let k = 1; k < steps; k++) out.push([previous[0]! + (dx * k) / steps, previous[1]! + (dy * k) / steps]);
    }
    out.push(point);
  });
  return out;
}

const reverseRings = (rings: Position[][]) => rings.map((ring) => densify(ring.slice().reverse()));

/**
 * The feature as d3-geo reads it. d3 takes a ring's inside to be on its right (exteriors
 * clockwise), the reverse of RFC 7946, which the basemap follows for MapLibre; read as built,
 * each country would be the whole globe but itself and cover every map. Reversing each ring
 * keeps the shapes; long edges are cut short (densify). Cached per feature, as the basemap is
 * loaded once per process.
 */
export function forD3(feature: BasemapFeature): BasemapFeature {
  let result = rewound.get(feature);
  if (!result) {
    result = { ...feature, geometry: geometryForD3(feature.geometry) };
    rewound.set(feature, result);
  }
  return result;
}

function geometryForD3(geometry: BasemapFeature['geometry']): BasemapFeature['geometry'] {
  switch (geometry.type) {
    case 'LineString':
      return { type: 'LineString', coordinates: densify(geometry.coordinates) };
    case 'MultiLineString':
      return { type: 'MultiLineString', coordinates: geometry.coordinates.map(densify) };
    case 'Polygon':
      return { type: 'Polygon', coordinates: reverseRings(geometry.coordinates) };
    case 'MultiPolygon':
      return { type: 'MultiPolygon', coordinates: geometry.coordinates.map(reverseRings) };
  }
}
