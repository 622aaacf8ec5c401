import { gzipSync } from "node:zlib";
import type { Feature, Geometry, Position } from "geojson";
import { beforeAll, describe, expect, it } from "vitest";
import {
  BASEMAP_BBOX,
  BASEMAP_BUDGET,
  buildBasemap,
  clipLineToBbox,
  clipRingToBbox,
  ringArea,
  unwrapAntimeridian,
} from "../../geo/build-basemap.mjs";

const EPSILON = 1e-9;
const STORY_COUNTRIES = ["RUS", "TUR", "IRN", "SYR", "KAZ", "JOR", "SAU", "DEU", "NLD", "CHE", "IRQ", "LBN"];

type BasemapFeature = Feature<Geometry, { kind: string; iso3?: string | null; name?: string | null }>;

/** Rings of a (Multi)Polygon, lines of a (Multi)LineString. */
function pathsOf(geometry: Geometry): { rings: Position[][]; lines: Position[][] } {
  switch (geometry.type) {
    case "Polygon":
      return { rings: geometry.coordinates, lines: [] };
    case "MultiPolygon":
      return { rings: geometry.coordinates.flat(), lines: [] };
    case "LineString":
      return { rings: [], lines: [geometry.coordinates] };
    case "MultiLineString":
      return { rings: [], lines: geometry.coordinates };
    default:
      throw new Error(`unexpected geometry type ${geometry.type}`);
  }
}

/** Longitude of a position (noUncheckedIndexedAccess-friendly). */
const lon = (p: Position | undefined): number => p?.[0] ?? Number.NaN;
const lat = (p: Position | undefined): number => p?.[1] ?? Number.NaN;

function maxLongitudeJump(path: Position[]): number {
  let max = 0;
  for (let i = 1; i < path.length; i++) max = Math.max(max, Math.abs(lon(path[i]) - lon(path[i - 1])));
  return max;
}

describe("basemap output", () => {
  let features: BasemapFeature[];
  let json: string;

  beforeAll(() => {
    const collection = buildBasemap();
    expect(collection.type).toBe("FeatureCollection");
    features = collection.features as BasemapFeature[];
    json = JSON.stringify(collection);
  });

  it("is within the byte budget (raw and gzip level 9)", () => {
    const raw = Buffer.byteLength(json, "utf8");
    const gzip = gzipSync(Buffer.from(json, "utf8"), { level: 9 }).length;
    expect(raw).toBeLessThanOrEqual(BASEMAP_BUDGET.rawBytes);
    expect(gzip).toBeLessThanOrEqual(BASEMAP_BUDGET.gzipBytes);
  });

  it("exports the agreed bbox", () => {
    expect([...BASEMAP_BBOX]).toEqual([-12, 12, 90, 62]);
  });

  it("keeps every coordinate finite, quantized and inside the bbox", () => {
    const [west, south, east, north] = BASEMAP_BBOX;
    let count = 0;
    const bad: string[] = [];
    const onGrid = (v: number) => Math.abs(v * 1000 - Math.round(v * 1000)) < 1e-6;
    for (const f of features) {
      const { rings, lines } = pathsOf(f.geometry);
      for (const path of [...rings, ...lines]) {
        for (const p of path) {
          const x = lon(p);
          const y = lat(p);
          count++;
          const ok =
            Number.isFinite(x) &&
            Number.isFinite(y) &&
            x >= west - EPSILON &&
            x <= east + EPSILON &&
            y >= south - EPSILON &&
            y <= north + EPSILON &&
            onGrid(x) &&
            onGrid(y);
          if (!ok) bad.push(`${f.properties.name ?? f.properties.kind}: [${x}, ${y}]`);
        }
      }
    }
    expect(bad.slice(0, 10)).toEqual([]);
    expect(count).toBeGreaterThan(1000);
  });

  it("has no ring or line segment jumping more than 180 degrees of longitude", () => {
    for (const f of features) {
      const { rings, lines } = pathsOf(f.geometry);
      for (const path of [...rings, ...lines]) expect(maxLongitudeJump(path)).toBeLessThanOrEqual(180);
    }
  });

  it("has closed polygon rings with >= 4 positions, non-zero area and no repeated points", () => {
    for (const f of features.filter((x) => x.properties.kind === "country")) {
      expect(["Polygon", "MultiPolygon"]).toContain(f.geometry.type);
      const { rings } = pathsOf(f.geometry);
      expect(rings.length).toBeGreaterThan(0);
      for (const ring of rings) {
        expect(ring.length).toBeGreaterThanOrEqual(4);
        expect(ring[ring.length - 1]).toEqual(ring[0]);
        expect(Math.abs(ringArea(ring))).toBeGreaterThan(0);
        for (let i = 1; i < ring.length; i++) expect(ring[i]).not.toEqual(ring[i - 1]);
      }
    }
  });

  it("contains the story's countries with iso3 codes, and only known kinds", () => {
    const countries = features.filter((f) => f.properties.kind === "country");
    const iso3 = new Set(countries.map((f) => f.properties.iso3));
    for (const code of STORY_COUNTRIES) expect(iso3, code).toContain(code);
    expect(countries.find((f) => f.properties.iso3 === "RUS")?.properties.name).toBe("Russia");
    // Countries without an ISO numeric id are drawn, with iso3 null.
    expect(countries.some((f) => f.properties.iso3 === null && f.properties.name === "N. Cyprus")).toBe(true);
    // One feature per country.
    const codes = countries.map((f) => f.properties.iso3).filter(Boolean);
    expect(new Set(codes).size).toBe(codes.length);
    for (const f of features) expect(["country", "border"]).toContain(f.properties.kind);
  });

  it("contains country borders as lines", () => {
    const borders = features.filter((f) => f.properties.kind === "border");
    expect(borders.length).toBeGreaterThan(0);
    let segments = 0;
    for (const f of borders) {
      expect(["LineString", "MultiLineString"]).toContain(f.geometry.type);
      for (const line of pathsOf(f.geometry).lines) {
        expect(line.length).toBeGreaterThanOrEqual(2);
        segments += line.length - 1;
      }
    }
    expect(segments).toBeGreaterThan(500);
  });
});

describe("unwrapAntimeridian", () => {
  // A 20x10 degree box centred on the antimeridian, written the way world-atlas
  // stores such rings: longitudes jump from +180 to -180 and back.
  const crossing: Position[] = [
    [170, 60],
    [179.5, 60],
    [-179.5, 60],
    [-170, 60],
    [-170, 70],
    [-179.5, 70],
    [179.5, 70],
    [170, 70],
    [170, 60],
  ];

  it("makes a ring crossing the antimeridian continuous by shifting western points by +360", () => {
    expect(maxLongitudeJump(crossing)).toBeGreaterThan(180);
    const fixed = unwrapAntimeridian(crossing);
    expect(maxLongitudeJump(fixed)).toBeLessThanOrEqual(180);
    expect(fixed).toEqual([
      [170, 60],
      [179.5, 60],
      [180.5, 60],
      [190, 60],
      [190, 70],
      [180.5, 70],
      [179.5, 70],
      [170, 70],
      [170, 60],
    ]);
    // Planar area is now the real 20 x 10 box (it was garbage before).
    expect(Math.abs(ringArea(fixed))).toBeCloseTo(200, 9);
    expect(Math.abs(ringArea(crossing))).not.toBeCloseTo(200, 0);
    // The input is not mutated.
    expect(crossing[2]).toEqual([-179.5, 60]);
  });

  it("leaves rings that do not cross the antimeridian unchanged", () => {
    const ring: Position[] = [
      [-10, 40],
      [10, 40],
      [10, 50],
      [-10, 50],
      [-10, 40],
    ];
    expect(unwrapAntimeridian(ring)).toEqual(ring);
  });

  it("clips the unwrapped ring correctly where the raw ring would not be", () => {
    const bbox = [175, 55, 185, 75] as const;
    const clipped = clipRingToBbox(unwrapAntimeridian(crossing), bbox);
    expect(Math.abs(ringArea(clipped))).toBeCloseTo(100, 9);
    const naive = clipRingToBbox(crossing, bbox);
    expect(Math.abs(ringArea(naive))).not.toBeCloseTo(100, 0);
  });

  it("is applied by buildBasemap (Chukotka stays attached to Russia east of 180)", () => {
    const collection = buildBasemap({ bbox: [150, 60, 200, 72] });
    const russia = collection.features.find((f) => f.properties.kind === "country" && f.properties.iso3 === "RUS");
    expect(russia).toBeDefined();
    const { rings } = pathsOf(russia!.geometry as Geometry);
    const lons = rings.flat().map(lon);
    // Without the fix the part west of -180 would be clipped away entirely.
    expect(Math.max(...lons)).toBeGreaterThan(185);
    for (const ring of rings) expect(maxLongitudeJump(ring)).toBeLessThanOrEqual(180);
  });
});

describe("clippers", () => {
  it("clips a ring to a rectangle and keeps it closed", () => {
    const ring: Position[] = [
      [-5, -5],
      [5, -5],
      [5, 5],
      [-5, 5],
      [-5, -5],
    ];
    const clipped = clipRingToBbox(ring, [0, 0, 10, 10]);
    expect(clipped[0]).toEqual(clipped[clipped.length - 1]);
    expect(Math.abs(ringArea(clipped))).toBeCloseTo(25, 9);
    expect(clipRingToBbox(ring, [20, 20, 30, 30])).toEqual([]);
  });

  it("splits a polyline that leaves and re-enters the rectangle", () => {
    const line: Position[] = [
      [1, 1],
      [20, 1],
      [20, 2],
      [1, 2],
    ];
    expect(clipLineToBbox(line, [0, 0, 10, 10])).toEqual([
      [
        [1, 1],
        [10, 1],
      ],
      [
        [10, 2],
        [1, 2],
      ],
    ]);
  });
});
