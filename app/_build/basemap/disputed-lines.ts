/**
 * The lines of the disputed-territory policy: Natural Earth's land borders sorted into borders
 * (solid) and de facto lines (dashed), plus the lines where a sourced outline cuts its Natural
 * Earth shape. A line with the same country on both sides once the policy is applied (the
 * Perekop isthmus, the Golan's ceasefire line, the Green Line in Cyprus, Abkhazia's line) is a
 * de facto line; so is a line between an area and the country claiming it (Kosovo and Serbia,
 * Western Sahara and Morocco). A line between two countries is a border (Israel and the Golan,
 * which the policy draws as Syria's).
 */
import type { Position } from 'geojson';
import * as topojson from 'topojson-client';
import type { DisputedPolicy } from '../../_lib/map/basemap/disputed-policy';
import { alpha3ForId } from '../../_lib/map/basemap/iso-codes';
import { shapeFor, type CountryShape } from './disputed';
import { contains, distanceToEdge, planarShape, type PlanarShape } from './planar';
import { simplifyLine } from './simplify';
import type { CountriesTopology } from './world-atlas.server';

export interface PolicyLines {
  borders: Position[][];
  deFacto: Position[][];
}

/** How far beside a line its two sides are looked up, in degrees. */
const SIDE = 0.002;
/** An outline is sampled this often. */
const SAMPLE = 0.005;

type Kind = keyof PolicyLines;

export function policyLines(
  topology: CountriesTopology,
  before: readonly CountryShape[],
  after: readonly CountryShape[],
  policy: DisputedPolicy,
  { tolerance, inside: depth }: { tolerance: number; inside: number },
): PolicyLines {
  const lines: PolicyLines = { borders: [], deFacto: [] };
  const { countries } = topology.objects;
  const keyOf = (geometry: { id?: string | number; properties?: { name?: string } | null }) => alpha3ForId(geometry.id) ?? geometry.properties?.name;
  const involved = new Set(policy.areas.flatMap((area) => [area.naturalEarth, area.drawnAs, area.claimedBy].filter((ref): ref is string => !!ref)));
  const touches = (a: Parameters<typeof keyOf>[0], b: Parameters<typeof keyOf>[0]) => involved.has(keyOf(a) ?? '') || involved.has(keyOf(b) ?? '');
  lines.borders.push(...linesOf(topojson.mesh(topology, countries, (a, b) => a !== b && !touches(a, b))));

  const planar = new Map<CountryShape, PlanarShape>();
  const shapeAt = (point: Position) =>
    after.find((shape) => {
      if (!planar.has(shape)) planar.set(shape, planarShape(shape.polygons));
      return contains(planar.get(shape)!, point);
    });
  const claims = policy.areas.flatMap((area) => {
    const owner = shapeFor(after, area.drawnAs ?? area.naturalEarth);
    return owner && area.claimedBy ? [{ owner, claimant: area.claimedBy }] : [];
  });
  const claimed = (a: CountryShape, b: CountryShape) =>
    claims.some(({ owner, claimant }) => (a === owner && b.iso3 === claimant) || (b === owner && a.iso3 === claimant));
  const kindOf = (p: Position, q: Position): Kind => {
    const [mx, my] = [(p[0]! + q[0]!) / 2, (p[1]! + q[1]!) / 2];
    const length = Math.hypot(q[0]! - p[0]!, q[1]! - p[1]!) || 1;
    const [nx, ny] = [(-(q[1]! - p[1]!) / length) * SIDE, ((q[0]! - p[0]!) / length) * SIDE];
    const left = shapeAt([mx + nx, my + ny]);
    const right = shapeAt([mx - nx, my - ny]);
    if (!left || !right) return 'borders';
    return left === right || claimed(left, right) ? 'deFacto' : 'borders';
  };
  for (const line of linesOf(topojson.mesh(topology, countries, (a, b) => a !== b && touches(a, b)))) split(line, kindOf, lines);

  for (const area of policy.areas) {
    if (!('outline' in area.shape)) continue;
    const holder = before.find((shape) => shape.iso3 === area.naturalEarth || (!shape.iso3 && shape.name === area.naturalEarth));
    if (!holder) continue;
    const inside = planarShape(holder.polygons);
    const kind: Kind = area.drawnAs === holder.iso3 || area.claimedBy === holder.iso3 ? 'deFacto' : 'borders';
    let run: Position[] = [];
    const close = () => {
      if (run.length >= 2) lines[kind].push(simplifyLine(run, tolerance));
      run = [];
    };
    // Kept where it runs `depth` inside its shape: elsewhere it follows a coast or a border Natural Earth draws already.
    for (const point of sampled(area.shape.outline)) {
      if (contains(inside, point) && distanceToEdge(inside, point) > depth) run.push(point);
      else close();
    }
    close();
  }
  return lines;
}

/** Splits a line into runs of one kind each. */
function split(line: Position[], kindOf: (p: Position, q: Position) => Kind, into: PolicyLines): void {
  let run: Position[] = [line[0]!];
  let kind: Kind | undefined;
  for (let i = 1; i < line.length; i++) {
    const next = kindOf(line[i - 1]!, line[i]!);
    if (kind !== undefined && next !== kind) {
      into[kind].push(run);
      run = [line[i - 1]!];
    }
    kind = next;
    run.push(line[i]!);
  }
  if (kind !== undefined && run.length >= 2) into[kind].push(run);
}

function sampled(ring: readonly (readonly number[])[]): Position[] {
  const points: Position[] = [];
  for (let i = 1; i < ring.length; i++) {
    const [x0, y0] = ring[i - 1]!;
    const [x1, y1] = ring[i]!;
    const steps = Math.max(1, Math.ceil(Math.hypot(x1! - x0!, y1! - y0!) / SAMPLE));
    for (let k = 0; k < steps; k++) points.push([x0! + ((x1! - x0!) * k) / steps, y0! + ((y1! - y0!) * k) / steps]);
  }
  return points;
}

const linesOf = (geometry: ReturnType<typeof topojson.mesh>): Position[][] => geometry.coordinates;
