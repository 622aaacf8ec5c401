/**
 * The border layer: every land border (an arc shared by two countries) as one line feature,
 * then the de facto lines of the disputed-territory policy as another, drawn dashed.
 */
import type { Geometry, LineString, MultiLineString, Position } from 'geojson';
import * as topojson from 'topojson-client';
import { clipLineToBbox } from './clip';
import { quantize, unwrapAntimeridian } from '../../_lib/geometry/rings';
import type { BasemapLayer } from './layer';
import type { Bbox } from '../../_lib/map/basemap/types';

export const borderLayer: BasemapLayer = {
  name: 'borders',
  build({ topology, bbox, precision, lines }) {
    const borders = lines ? multiLine(lines.borders) : topojson.mesh(topology, topology.objects.countries, (a, b) => a !== b);
    const geometry = borderGeometry(borders, bbox, precision);
    const deFacto = lines ? borderGeometry(multiLine(lines.deFacto), bbox, precision) : null;
    return [
      ...(geometry ? [{ type: 'Feature' as const, properties: { kind: 'border' as const }, geometry }] : []),
      ...(deFacto ? [{ type: 'Feature' as const, properties: { kind: 'de-facto' as const }, geometry: deFacto }] : []),
    ];
  },
};

export const multiLine = (coordinates: Position[][]): MultiLineString => ({ type: 'MultiLineString', coordinates });

/** The lines clipped to the bbox, or null when none is left. */
export function borderGeometry(geometry: Geometry | null, bbox: Bbox, precision: number): LineString | MultiLineString | null {
  const lines: Position[][] = [];
  for (const line of linesOf(geometry)) {
    for (const part of clipLineToBbox(unwrapAntimeridian(line), bbox)) {
      const rounded = quantize(part, precision);
      if (rounded.length >= 2) lines.push(rounded);
    }
  }
  if (lines.length === 0) return null;
  return lines.length === 1 ? { type: 'LineString', coordinates: lines[0]! } : { type: 'MultiLineString', coordinates: lines };
}

function linesOf(geometry: Geometry | null): Position[][] {
  if (geometry?.type === 'LineString') return [geometry.coordinates];
  if (geometry?.type === 'MultiLineString') return geometry.coordinates;
  return [];
}
