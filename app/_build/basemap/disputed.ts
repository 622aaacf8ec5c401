/**
 * The disputed-territory policy (geo/disputed.json, docs/disputed-territory.md) applied to
 * Natural Earth's countries, whose lines are de facto: each area is cut from the shape Natural
 * Earth draws it in and given to the country the policy draws it as, so a tint (by code)
 * follows the policy, and so do the labels built from these shapes. The lines are drawn by
 * disputed-lines.ts.
 */
import type { Geometry, Position } from 'geojson';
import polygonClipping from 'polygon-clipping';
import * as topojson from 'topojson-client';
import type { DisputedArea, DisputedPolicy } from '../../_lib/map/basemap/disputed-policy';
import { alpha3ForId } from '../../_lib/map/basemap/iso-codes';
import { areaOf, contains, planarShape } from './planar';
import type { CountriesTopology } from './world-atlas.server';

/**
 * A country as the layers draw it: its code (null: none, undefined: an id the table lacks),
 * Natural Earth's name and its polygons, wound as world-atlas winds them (d3: exterior clockwise).
 */
export interface CountryShape {
  id: string | number | undefined;
  iso3: string | null | undefined;
  name: string | null;
  polygons: Position[][][];
}

export function countryShapes(topology: CountriesTopology): CountryShape[] {
  return topojson.feature(topology, topology.objects.countries).features.map((feature) => ({
    id: feature.id,
    iso3: alpha3ForId(feature.id),
    name: feature.properties?.name ?? null,
    polygons: polygonsOf(feature.geometry),
  }));
}

/** A shape by the policy's reference: a country's code, or Natural Earth's name for a shape without one. */
export const shapeFor = (shapes: readonly CountryShape[], ref: string) => shapes.find((s) => s.iso3 === ref || (!s.iso3 && s.name === ref));

const where = (area: DisputedArea) => `geo/disputed.json: area "${area.id}"`;

/** Small pieces left of a shape along an outline drawn from another source: they go with the area. */
const SLIVER_SHARE = 0.05;
const SLIVER_MARGIN = 0.05;

/** The area's polygons cut from its Natural Earth shape, and what is left of that shape. */
export function cutArea(area: DisputedArea, holder: CountryShape): { piece: Position[][][]; rest: Position[][][] } {
  const { shape } = area;
  if ('whole' in shape) return { piece: holder.polygons, rest: [] };
  if ('part' in shape) {
    const index = holder.polygons.findIndex((polygon) => contains(planarShape([polygon]), shape.part));
    if (index < 0) throw new Error(`${where(area)}: no polygon of Natural Earth's "${area.naturalEarth}" holds ${shape.part.join(', ')}`);
    return { piece: [holder.polygons[index]!], rest: holder.polygons.filter((_, i) => i !== index) };
  }
  const outline = [shape.outline.map(([x, y]): [number, number] => [x, y])];
  const subject = holder.polygons as [number, number][][][];
  const piece: Position[][][] = polygonClipping.intersection(subject, outline);
  const left: Position[][][] = polygonClipping.difference(subject, outline);
  const xs = shape.outline.map((p) => p[0]);
  const ys = shape.outline.map((p) => p[1]);
  const [w, s, e, n] = [Math.min(...xs) - SLIVER_MARGIN, Math.min(...ys) - SLIVER_MARGIN, Math.max(...xs) + SLIVER_MARGIN, Math.max(...ys) + SLIVER_MARGIN];
  const pieceArea = piece.reduce((sum, polygon) => sum + areaOf(polygon), 0);
  const sliver = (polygon: Position[][]) =>
    areaOf(polygon) < SLIVER_SHARE * pieceArea && polygon[0]!.every(([x, y]) => x! >= w && x! <= e && y! >= s && y! <= n);
  // polygon-clipping winds exteriors counter-clockwise: turn them back to world-atlas's winding.
  const d3 = (polygons: Position[][][]) => polygons.map((polygon) => polygon.map((ring) => ring.slice().reverse()));
  return { piece: d3([...piece, ...left.filter(sliver)]), rest: d3(left.filter((polygon) => !sliver(polygon))) };
}

/** The countries with the policy applied: each area moved to the shape it is drawn as. */
export function applyPolicy(shapes: readonly CountryShape[], policy: DisputedPolicy): CountryShape[] {
  let out = shapes.map((shape) => ({ ...shape, polygons: [...shape.polygons] }));
  for (const area of policy.areas) {
    const holder = shapeFor(out, area.naturalEarth);
    if (!holder) throw new Error(`${where(area)}: Natural Earth has no shape "${area.naturalEarth}" at this scale`);
    // Kosovo: a territory of its own, without a code to tint or name it by.
    if (area.drawnAs === null) {
      holder.iso3 = null;
      continue;
    }
    // Abkhazia: Natural Earth already draws it in the country the policy draws it as; only its line changes.
    if (area.drawnAs === holder.iso3) continue;
    const owner = shapeFor(out, area.drawnAs);
    if (!owner) throw new Error(`${where(area)}: Natural Earth has no shape "${area.drawnAs}" to draw the area as`);
    const { piece, rest } = cutArea(area, holder);
    if (piece.length === 0) throw new Error(`${where(area)}: the shape does not meet Natural Earth's "${area.naturalEarth}"`);
    holder.polygons = rest;
    owner.polygons = [...owner.polygons, ...piece];
    out = out.filter((shape) => shape.polygons.length > 0);
  }
  return out;
}

function polygonsOf(geometry: Geometry | null): Position[][][] {
  if (geometry?.type === 'Polygon') return [geometry.coordinates];
  if (geometry?.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}
