// Builds the embedded offline basemap (country fills + country borders) for the
// map story from Natural Earth data shipped in the `world-atlas` npm package.
//
//   node geo/build-basemap.mjs   -> writes public/basemap/basemap.json (minified)
//
// Pipeline: TopoJSON arcs are simplified once (Douglas-Peucker, so shared borders
// stay identical for both neighbours and the border lines), decoded with
// topojson-client, un-wrapped across the antimeridian, clipped to BASEMAP_BBOX,
// quantized, de-duplicated and written as a GeoJSON FeatureCollection.

import { mkdirSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import * as topojson from "topojson-client";

const require = createRequire(import.meta.url);
const HERE = dirname(fileURLToPath(import.meta.url));

/** Western Europe to Central Asia, the Gulf to Moscow: [west, south, east, north]. */
export const BASEMAP_BBOX = Object.freeze([-12, 12, 90, 62]);

/** Byte budget for the minified output (gzip measured with zlib level 9). */
export const BASEMAP_BUDGET = Object.freeze({ rawBytes: 450_000, gzipBytes: 150_000 });

/** Where the script writes the basemap (relative to the repository root). */
export const BASEMAP_OUTPUT = "public/basemap/basemap.json";

/** Defaults used by buildBasemap(); tuned so 50m data fits BASEMAP_BUDGET. */
export const BASEMAP_DEFAULTS = Object.freeze({
  resolution: "50m",
  /** Douglas-Peucker tolerance in degrees, applied to the TopoJSON arcs. */
  tolerance: 0.007,
  /** Decimal places kept in output coordinates (3 = ~100 m). */
  precision: 3,
});

/**
 * ISO 3166-1 numeric (world-atlas feature id) -> alpha-3, for every country
 * that intersects BASEMAP_BBOX plus a few close neighbours. buildBasemap() throws
 * if a country with a numeric id ends up on the map without an entry here.
 * Features without an id (N. Cyprus, Kosovo, Siachen Glacier, Somaliland) get
 * iso3: null.
 */
export const ISO_NUMERIC_TO_ALPHA3 = Object.freeze({
  // Europe
  "008": "ALB", "020": "AND", "040": "AUT", "056": "BEL", "070": "BIH", "100": "BGR",
  "112": "BLR", "191": "HRV", "196": "CYP", "203": "CZE", "208": "DNK", "233": "EST",
  "234": "FRO", "246": "FIN", "248": "ALA", "250": "FRA", "276": "DEU", "292": "GIB",
  "300": "GRC", "336": "VAT", "348": "HUN", "352": "ISL", "372": "IRL", "380": "ITA",
  "428": "LVA", "438": "LIE", "440": "LTU", "442": "LUX", "470": "MLT", "492": "MCO",
  "498": "MDA", "499": "MNE", "528": "NLD", "578": "NOR", "616": "POL", "620": "PRT",
  "642": "ROU", "643": "RUS", "674": "SMR", "688": "SRB", "703": "SVK", "705": "SVN",
  "724": "ESP", "752": "SWE", "756": "CHE", "804": "UKR", "807": "MKD", "826": "GBR",
  "831": "GGY", "832": "JEY", "833": "IMN",
  // Caucasus, Middle East, Arabian Peninsula
  "031": "AZE", "048": "BHR", "051": "ARM", "268": "GEO", "275": "PSE", "364": "IRN",
  "368": "IRQ", "376": "ISR", "400": "JOR", "414": "KWT", "422": "LBN", "512": "OMN",
  "634": "QAT", "682": "SAU", "760": "SYR", "784": "ARE", "792": "TUR", "887": "YEM",
  // Central and South Asia
  "004": "AFG", "156": "CHN", "356": "IND", "398": "KAZ", "417": "KGZ", "496": "MNG", "064": "BTN", "050": "BGD",
  "524": "NPL", "586": "PAK", "762": "TJK", "795": "TKM", "860": "UZB",
  // North and Sahel Africa, Horn of Africa
  "012": "DZA", "120": "CMR", "140": "CAF", "148": "TCD", "204": "BEN", "231": "ETH",
  "232": "ERI", "262": "DJI", "270": "GMB", "288": "GHA", "324": "GIN", "384": "CIV",
  "434": "LBY", "466": "MLI", "478": "MRT", "504": "MAR", "562": "NER", "566": "NGA",
  "624": "GNB", "686": "SEN", "706": "SOM", "728": "SSD", "729": "SDN", "732": "ESH",
  "768": "TGO", "788": "TUN", "818": "EGY", "854": "BFA",
});

// ---------------------------------------------------------------------------
// Geometry helpers (exported for unit tests)
// ---------------------------------------------------------------------------

/**
 * Returns a copy of `coords` (a ring or a line of [lon, lat]) made continuous
 * across the antimeridian: if any two consecutive points are more than 180
 * degrees of longitude apart, every western (negative-longitude) point is
 * shifted by +360.
 *
 * Why: world-atlas stores Russia's Chukotka (and Fiji) as single rings whose
 * longitudes jump from ~+180 to ~-180 and back. Treated as planar coordinates
 * such a ring has edges running across the whole map, which a rectangle
 * clipper would turn into bogus slivers/bands inside the bbox. After the shift
 * the ring lives in 0..360 longitude and is a proper planar polygon whose far
 * eastern part simply falls outside the bbox and is clipped away.
 */
export function unwrapAntimeridian(coords) {
  let crosses = false;
  for (let i = 1; i < coords.length; i++) {
    if (Math.abs(coords[i][0] - coords[i - 1][0]) > 180) {
      crosses = true;
      break;
    }
  }
  if (!crosses) return coords.map((p) => [p[0], p[1]]);
  return coords.map(([x, y]) => [x < 0 ? x + 360 : x, y]);
}

/**
 * Sutherland-Hodgman clip of a closed ring against an axis-aligned bbox.
 * Returns a closed ring (first == last), or [] if nothing is left. The result
 * may contain zero-width "bridges" along the bbox edges, which is harmless for
 * fills.
 */
export function clipRingToBbox(ring, bbox) {
  const [west, south, east, north] = bbox;
  let pts = ring.slice();
  if (pts.length > 1 && samePoint(pts[0], pts[pts.length - 1])) pts.pop();
  // Each edge: inside test + intersection with the edge line.
  const edges = [
    [(p) => p[0] >= west, (a, b) => atX(a, b, west)],
    [(p) => p[0] <= east, (a, b) => atX(a, b, east)],
    [(p) => p[1] >= south, (a, b) => atY(a, b, south)],
    [(p) => p[1] <= north, (a, b) => atY(a, b, north)],
  ];
  for (const [inside, intersect] of edges) {
    if (pts.length === 0) break;
    const out = [];
    let prev = pts[pts.length - 1];
    let prevIn = inside(prev);
    for (const cur of pts) {
      const curIn = inside(cur);
      if (curIn) {
        if (!prevIn) out.push(intersect(prev, cur));
        out.push(cur);
      } else if (prevIn) {
        out.push(intersect(prev, cur));
      }
      prev = cur;
      prevIn = curIn;
    }
    pts = out;
  }
  if (pts.length < 3) return [];
  pts.push(pts[0]);
  return pts;
}

/**
 * Clips a polyline to an axis-aligned bbox (Liang-Barsky per segment).
 * Returns an array of polylines (each with >= 2 positions).
 */
export function clipLineToBbox(line, bbox) {
  const parts = [];
  let part = null;
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1];
    const b = line[i];
    const seg = clipSegment(a, b, bbox);
    if (!seg) {
      if (part) parts.push(part);
      part = null;
      continue;
    }
    const [p, q] = seg;
    if (!part || !samePoint(part[part.length - 1], p)) {
      if (part) parts.push(part);
      part = [p];
    }
    part.push(q);
    if (q !== b) {
      parts.push(part);
      part = null;
    }
  }
  if (part) parts.push(part);
  return parts.filter((l) => l.length >= 2);
}

function clipSegment(a, b, [west, south, east, north]) {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  let t0 = 0;
  let t1 = 1;
  const checks = [
    [-dx, a[0] - west],
    [dx, east - a[0]],
    [-dy, a[1] - south],
    [dy, north - a[1]],
  ];
  for (const [p, q] of checks) {
    if (p === 0) {
      if (q < 0) return null;
      continue;
    }
    const r = q / p;
    if (p < 0) {
      if (r > t1) return null;
      if (r > t0) t0 = r;
    } else {
      if (r < t0) return null;
      if (r < t1) t1 = r;
    }
  }
  const start = t0 === 0 ? a : clampPoint([a[0] + t0 * dx, a[1] + t0 * dy], west, south, east, north);
  const end = t1 === 1 ? b : clampPoint([a[0] + t1 * dx, a[1] + t1 * dy], west, south, east, north);
  return [start, end];
}

function clampPoint([x, y], west, south, east, north) {
  return [Math.min(east, Math.max(west, x)), Math.min(north, Math.max(south, y))];
}

function atX(a, b, x) {
  const t = (x - a[0]) / (b[0] - a[0]);
  return [x, a[1] + t * (b[1] - a[1])];
}

function atY(a, b, y) {
  const t = (y - a[1]) / (b[1] - a[1]);
  return [a[0] + t * (b[0] - a[0]), y];
}

function samePoint(a, b) {
  return a[0] === b[0] && a[1] === b[1];
}

/** Shoelace signed area (positive = counter-clockwise with lon east, lat north). */
export function ringArea(ring) {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) {
    sum += (ring[i - 1][0] * ring[i][1]) - (ring[i][0] * ring[i - 1][1]);
  }
  return sum / 2;
}

/** Rounds coordinates to `precision` decimals and drops consecutive duplicates. */
export function quantize(coords, precision) {
  const k = 10 ** precision;
  const out = [];
  for (const [x, y] of coords) {
    const p = [Math.round(x * k) / k + 0, Math.round(y * k) / k + 0]; // +0 turns -0 into 0
    if (!Number.isFinite(p[0]) || !Number.isFinite(p[1])) continue;
    if (out.length && samePoint(out[out.length - 1], p)) continue;
    out.push(p);
  }
  return out;
}

/** Iterative Douglas-Peucker; always keeps the first and last point. */
export function simplifyLine(points, tolerance) {
  const n = points.length;
  if (n <= 2 || tolerance <= 0) return points.slice();
  const keep = new Uint8Array(n);
  keep[0] = keep[n - 1] = 1;
  const tol2 = tolerance * tolerance;
  const stack = [[0, n - 1]];
  while (stack.length) {
    const [first, last] = stack.pop();
    let maxD = -1;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const d = segDist2(points[i], points[first], points[last]);
      if (d > maxD) {
        maxD = d;
        index = i;
      }
    }
    if (index !== -1 && maxD > tol2) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

function segDist2(p, a, b) {
  let x = a[0];
  let y = a[1];
  let dx = b[0] - x;
  let dy = b[1] - y;
  if (dx !== 0 || dy !== 0) {
    const t = ((p[0] - x) * dx + (p[1] - y) * dy) / (dx * dx + dy * dy);
    if (t > 1) {
      x = b[0];
      y = b[1];
    } else if (t > 0) {
      x += dx * t;
      y += dy * t;
    }
  }
  dx = p[0] - x;
  dy = p[1] - y;
  return dx * dx + dy * dy;
}

// ---------------------------------------------------------------------------
// Topology handling
// ---------------------------------------------------------------------------

/** Loads world-atlas countries TopoJSON ("50m" or "110m"). */
export function loadTopology(resolution = BASEMAP_DEFAULTS.resolution) {
  if (resolution !== "50m" && resolution !== "110m") {
    throw new Error(`Unsupported world-atlas resolution: ${resolution}`);
  }
  const file = require.resolve(`world-atlas/countries-${resolution}.json`);
  return JSON.parse(readFileSync(file, "utf8"));
}

/**
 * Returns a copy of the topology with absolute (non-quantized) arcs, each
 * simplified with Douglas-Peucker. Simplifying arcs rather than features keeps
 * shared borders identical on both sides (no gaps/overlaps between countries).
 * A closed arc (an island ring) keeps at least 4 points if it had them, so
 * small islands don't collapse before the area check decides.
 */
export function simplifyTopology(topology, tolerance) {
  const [sx, sy] = topology.transform ? topology.transform.scale : [1, 1];
  const [tx, ty] = topology.transform ? topology.transform.translate : [0, 0];
  const arcs = topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    const abs = arc.map((p) => {
      if (topology.transform) {
        x += p[0];
        y += p[1];
        return [x * sx + tx, y * sy + ty];
      }
      return [p[0], p[1]];
    });
    return simplifyArc(abs, tolerance);
  });
  const { transform, ...rest } = topology;
  return { ...rest, arcs };
}

function simplifyArc(points, tolerance) {
  const n = points.length;
  if (n > 2 && samePoint(points[0], points[n - 1])) {
    // Closed arc: split at the point farthest from the start so DP has a
    // meaningful baseline on both halves.
    let far = 1;
    let best = -1;
    for (let i = 1; i < n - 1; i++) {
      const d = (points[i][0] - points[0][0]) ** 2 + (points[i][1] - points[0][1]) ** 2;
      if (d > best) {
        best = d;
        far = i;
      }
    }
    const a = simplifyLine(points.slice(0, far + 1), tolerance);
    const b = simplifyLine(points.slice(far), tolerance);
    return a.concat(b.slice(1));
  }
  return simplifyLine(points, tolerance);
}

// ---------------------------------------------------------------------------
// Feature building
// ---------------------------------------------------------------------------

function polygonsOf(geometry) {
  if (!geometry) return [];
  if (geometry.type === "Polygon") return [geometry.coordinates];
  if (geometry.type === "MultiPolygon") return geometry.coordinates;
  return [];
}

function linesOf(geometry) {
  if (!geometry) return [];
  if (geometry.type === "LineString") return [geometry.coordinates];
  if (geometry.type === "MultiLineString") return geometry.coordinates;
  return [];
}

/** Unwrap -> clip -> quantize -> validate one ring; returns null if degenerate. */
function processRing(ring, bbox, precision) {
  const clipped = clipRingToBbox(unwrapAntimeridian(ring), bbox);
  if (clipped.length === 0) return null;
  const q = quantize(clipped, precision);
  if (q.length > 1 && !samePoint(q[0], q[q.length - 1])) q.push([q[0][0], q[0][1]]);
  if (q.length < 4) return null;
  if (Math.abs(ringArea(q)) < 1e-9) return null;
  return q;
}

/** RFC 7946 winding: exterior counter-clockwise, holes clockwise. */
function orient(ring, exterior) {
  const ccw = ringArea(ring) > 0;
  return ccw === exterior ? ring : ring.slice().reverse();
}

function buildCountryGeometry(geometry, bbox, precision) {
  const polygons = [];
  for (const polygon of polygonsOf(geometry)) {
    const [outer, ...holes] = polygon;
    const o = processRing(outer, bbox, precision);
    if (!o) continue;
    const rings = [orient(o, true)];
    for (const hole of holes) {
      const h = processRing(hole, bbox, precision);
      if (h) rings.push(orient(h, false));
    }
    polygons.push(rings);
  }
  if (polygons.length === 0) return null;
  return polygons.length === 1
    ? { type: "Polygon", coordinates: polygons[0] }
    : { type: "MultiPolygon", coordinates: polygons };
}

function buildBorderGeometry(geometry, bbox, precision) {
  const lines = [];
  for (const line of linesOf(geometry)) {
    for (const part of clipLineToBbox(unwrapAntimeridian(line), bbox)) {
      const q = quantize(part, precision);
      if (q.length >= 2) lines.push(q);
    }
  }
  if (lines.length === 0) return null;
  return lines.length === 1
    ? { type: "LineString", coordinates: lines[0] }
    : { type: "MultiLineString", coordinates: lines };
}

/**
 * Builds the basemap FeatureCollection: one `{ kind: "country", iso3, name }`
 * (Multi)Polygon per country intersecting the bbox, then one
 * `{ kind: "border" }` (Multi)LineString with all land borders.
 */
export function buildBasemap(options = {}) {
  const { resolution, tolerance, precision } = { ...BASEMAP_DEFAULTS, ...options };
  const bbox = options.bbox ?? BASEMAP_BBOX;
  const topology = simplifyTopology(loadTopology(resolution), tolerance);
  const countries = topology.objects.countries;

  const features = [];
  const unmapped = [];
  for (const f of topojson.feature(topology, countries).features) {
    const geometry = buildCountryGeometry(f.geometry, bbox, precision);
    if (!geometry) continue;
    const name = f.properties?.name ?? null;
    let iso3 = null;
    if (f.id !== undefined && f.id !== null && f.id !== "") {
      iso3 = ISO_NUMERIC_TO_ALPHA3[f.id] ?? null;
      if (!iso3) unmapped.push(`${f.id} (${name})`);
    }
    features.push({ type: "Feature", properties: { kind: "country", iso3, name }, geometry });
  }
  if (unmapped.length) {
    throw new Error(`ISO_NUMERIC_TO_ALPHA3 is missing: ${unmapped.join(", ")}`);
  }
  features.sort((a, b) => String(a.properties.name).localeCompare(String(b.properties.name), "en"));

  const borders = buildBorderGeometry(
    topojson.mesh(topology, countries, (a, b) => a !== b),
    bbox,
    precision,
  );
  if (borders) features.push({ type: "Feature", properties: { kind: "border" }, geometry: borders });

  return { type: "FeatureCollection", features };
}

/** Minified JSON text plus its raw and gzip (level 9) byte sizes. */
export function serializeBasemap(collection) {
  const json = JSON.stringify(collection);
  const buffer = Buffer.from(json, "utf8");
  return { json, rawBytes: buffer.length, gzipBytes: gzipSync(buffer, { level: 9 }).length };
}

export function fitsBudget({ rawBytes, gzipBytes }, budget = BASEMAP_BUDGET) {
  return rawBytes <= budget.rawBytes && gzipBytes <= budget.gzipBytes;
}

function main() {
  let resolution = BASEMAP_DEFAULTS.resolution;
  let collection = buildBasemap({ resolution });
  let out = serializeBasemap(collection);
  if (!fitsBudget(out)) {
    console.warn(`basemap: 50m output (${out.rawBytes} B raw, ${out.gzipBytes} B gzip) exceeds budget, falling back to 110m`);
    resolution = "110m";
    collection = buildBasemap({ resolution });
    out = serializeBasemap(collection);
  }
  if (!fitsBudget(out)) {
    throw new Error(`basemap exceeds budget: ${out.rawBytes} B raw, ${out.gzipBytes} B gzip`);
  }
  const root = join(HERE, "..");
  const target = join(root, BASEMAP_OUTPUT);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, out.json);
  const countries = collection.features.filter((f) => f.properties.kind === "country").length;
  console.log(
    `basemap: wrote ${relative(process.cwd(), target) || target} (world-atlas ${resolution}, ${countries} countries + borders): ` +
      `${out.rawBytes} bytes raw (${(out.rawBytes / 1024).toFixed(1)} KiB), ` +
      `${out.gzipBytes} bytes gzip (${(out.gzipBytes / 1024).toFixed(1)} KiB)`,
  );
}

const invokedAsScript =
  process.argv[1] !== undefined && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
if (invokedAsScript) main();
