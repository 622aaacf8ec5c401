import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';

/** `[west, south, east, north]` in degrees. */
export type Bbox = readonly [west: number, south: number, east: number, north: number];

export type { Position };

/** A country fill; `iso3` is null for places without an ISO 3166 code (N. Cyprus, Kosovo...). */
export interface CountryProperties {
  kind: 'country';
  iso3: string | null;
  name: string | null;
  /** 'world': a piece of the 1:110m world around the detailed box (app/_build/basemap/world-layer.ts). */
  extent?: 'world';
}

/** All land borders, as one line feature. */
export interface BorderProperties {
  kind: 'border';
  extent?: 'world';
}

/** The de facto lines of the disputed-territory policy (docs/disputed-territory.md), drawn dashed. */
export interface DeFactoProperties {
  kind: 'de-facto';
  extent?: 'world';
}

export type BasemapProperties = CountryProperties | BorderProperties | DeFactoProperties;
export type BasemapGeometry = Polygon | MultiPolygon | LineString | MultiLineString;
export type BasemapFeature = Feature<BasemapGeometry, BasemapProperties>;

/** The file `public/basemap/basemap.json`: a GeoJSON FeatureCollection, layer by layer. */
export type BasemapCollection = FeatureCollection<BasemapGeometry, BasemapProperties>;
