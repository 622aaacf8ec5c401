/**
 * The world around the detailed box, at 1:110m: country fills and borders clipped to the four
 * strips outside the basemap's bbox. Without it a zoomed-out map or a share card shows the box's
 * edge as a straight coast (issue 25); at those scales 1:110m is as fine as the pixels.
 * Tinting works there too: the pieces carry their country's code, marked `extent: 'world'`.
 */
import type { Position } from 'geojson';
import * as topojson from 'topojson-client';
import { borderGeometry, multiLine } from './borders';
import { countryShapes } from './disputed';
import { countryGeometry } from './country-layer';
import { WORLD_EXTENT } from '../../_lib/map/basemap/files';
import type { BasemapLayer } from './layer';
import type { BasemapFeature, Bbox } from '../../_lib/map/basemap/types';

/** The world less `bbox`, as four rectangles: north and south at full width, west and east between them. */
export function outsideStrips(bbox: Bbox, world: Bbox = WORLD_EXTENT): Bbox[] {
  const [west, south, east, north] = bbox;
  const [W, S, E, N] = world;
  const strips: Bbox[] = [
    [W, north, E, N],
    [W, S, E, south],
    [W, south, west, north],
    [east, south, E, north],
  ];
  return strips.filter(([w, s, e, n]) => e > w && n > s);
}

/**
 * How far the world's fills reach under the box, in degrees. Edge to edge, the two scales' fills
 * leave a hairline of sea between them where a renderer rounds their shared edge differently
 * (a wedge along 90° E on the Astana close-ups); the box's fills, drawn after, cover the overlap.
 * Borders are not extended: they would be drawn twice.
 */
export const WORLD_FILL_OVERLAP = 0.25;

export const worldLayer: BasemapLayer = {
  name: 'world',
  build({ world, bbox }) {
    if (!world) return [];
    const { topology, precision, countries, lines } = world;
    const strips = outsideStrips(bbox);
    const [west, south, east, north] = bbox;
    const m = WORLD_FILL_OVERLAP;
    const fillStrips = outsideStrips([west + m, south + m, east - m, north - m]);
    // One feature per country a step can tint (it has a code); the rest in one, with no name
    // (labels come from labels.json): the world must fit the byte budget beside the box's detail.
    const tintable = new Map<string, Position[][][]>();
    const untintable: Position[][][] = [];
    for (const country of countries ?? countryShapes(topology)) {
      const polygons = fillStrips.flatMap((strip) => polygonsOf(countryGeometry({ type: 'MultiPolygon', coordinates: country.polygons }, strip, precision)));
      const { iso3 } = country;
      if (iso3) tintable.set(iso3, [...(tintable.get(iso3) ?? []), ...polygons]);
      else untintable.push(...polygons);
    }
    const features: BasemapFeature[] = [...tintable]
      .filter(([, polygons]) => polygons.length > 0)
      .sort(([a], [b]) => a.localeCompare(b, 'en'))
      .map(([iso3, polygons]) => fill(iso3, polygons));
    if (untintable.length) features.push(fill(null, untintable));
    const mesh = lines ? multiLine(lines.borders) : topojson.mesh(topology, topology.objects.countries, (a, b) => a !== b);
    const borders = strips.flatMap((strip) => linesOf(borderGeometry(mesh, strip, precision)));
    if (borders.length) features.push({ type: 'Feature', properties: { kind: 'border', extent: 'world' }, geometry: multiLine(borders) });
    const deFacto = lines ? strips.flatMap((strip) => linesOf(borderGeometry(multiLine(lines.deFacto), strip, precision))) : [];
    if (deFacto.length) features.push({ type: 'Feature', properties: { kind: 'de-facto', extent: 'world' }, geometry: multiLine(deFacto) });
    return features;
  },
};

function fill(iso3: string | null, polygons: Position[][][]): BasemapFeature {
  const geometry = polygons.length === 1 ? { type: 'Polygon' as const, coordinates: polygons[0]! } : { type: 'MultiPolygon' as const, coordinates: polygons };
  return { type: 'Feature', properties: { kind: 'country', iso3, name: null, extent: 'world' }, geometry };
}

function polygonsOf(geometry: ReturnType<typeof countryGeometry>): Position[][][] {
  if (!geometry) return [];
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

function linesOf(geometry: ReturnType<typeof borderGeometry>): Position[][] {
  if (!geometry) return [];
  return geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
}
