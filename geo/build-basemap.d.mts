import type { FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon, Position } from "geojson";

export type BasemapBbox = readonly [west: number, south: number, east: number, north: number];

export interface CountryProperties {
  kind: "country";
  iso3: string | null;
  name: string | null;
}

export interface BorderProperties {
  kind: "border";
}

export type BasemapCollection = FeatureCollection<
  Polygon | MultiPolygon | LineString | MultiLineString,
  CountryProperties | BorderProperties
>;

export interface BuildBasemapOptions {
  resolution?: "50m" | "110m";
  /** Douglas-Peucker tolerance in degrees. */
  tolerance?: number;
  /** Decimal places kept in coordinates. */
  precision?: number;
  bbox?: BasemapBbox;
}

export declare const BASEMAP_BBOX: BasemapBbox;
export declare const BASEMAP_BUDGET: Readonly<{ rawBytes: number; gzipBytes: number }>;
export declare const BASEMAP_OUTPUT: string;
export declare const BASEMAP_DEFAULTS: Readonly<Required<Omit<BuildBasemapOptions, "bbox">>>;
export declare const ISO_NUMERIC_TO_ALPHA3: Readonly<Record<string, string>>;

export declare function buildBasemap(options?: BuildBasemapOptions): BasemapCollection;
export declare function serializeBasemap(collection: BasemapCollection): {
  json: string;
  rawBytes: number;
  gzipBytes: number;
};
export declare function fitsBudget(
  sizes: { rawBytes: number; gzipBytes: number },
  budget?: { rawBytes: number; gzipBytes: number },
): boolean;

export declare function unwrapAntimeridian(coords: Position[]): Position[];
export declare function clipRingToBbox(ring: Position[], bbox: BasemapBbox): Position[];
export declare function clipLineToBbox(line: Position[], bbox: BasemapBbox): Position[][];
export declare function ringArea(ring: Position[]): number;
export declare function quantize(coords: Position[], precision: number): Position[];
export declare function simplifyLine(points: Position[], tolerance: number): Position[];
export declare function loadTopology(resolution?: "50m" | "110m"): unknown;
export declare function simplifyTopology<T>(topology: T, tolerance: number): T;
