import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Position } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBasemap, buildBasemapAndLabels } from '@/app/_build/basemap/pipeline.server';
import { contains, planarShape } from '@/app/_build/basemap/planar';
import { loadDisputedPolicy } from '@/app/_lib/map/basemap/disputed-policy.server';
import type { DisputedPolicy } from '@/app/_lib/map/basemap/disputed-policy';
import type { BasemapCollection } from '@/app/_lib/map/basemap/types';
import { loadCuratedLabels } from '@/app/_lib/map/labels/curated.server';
import type { LabelData } from '@/app/_lib/map/labels/types';
import { root } from '../repo';

/*
 * The disputed-territory policy (geo/disputed.json, docs/disputed-territory.md) applied over
 * Natural Earth at build time: a step's tint is by code, so a point's code in the built basemap
 * is what a highlight covers, on the live map and in every static map alike.
 */

const CRIMEA: Position = [34.1, 45.0];
const SEVASTOPOL: Position = [33.55, 44.6];
const GOLAN: Position = [35.75, 33.0];
const GOLAN_NORTH: Position = [35.78, 33.25];
const NORTHERN_CYPRUS: Position = [33.6, 35.25];
const WESTERN_SAHARA: Position = [-13.0, 25.0];
const KOSOVO: Position = [21.0, 42.6];

/** The codes of the country fills holding a point: a highlight of a code tints the point when it is listed. */
function codesAt(basemap: BasemapCollection, point: Position): (string | null)[] {
  return basemap.features.flatMap(({ properties, geometry }) => {
    if (properties.kind !== 'country') return [];
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
    return contains(planarShape(polygons), point) ? [properties.iso3] : [];
  });
}

/** Whether any line of a kind passes within `distance` degrees of a point. */
function lineNear(basemap: BasemapCollection, kind: 'border' | 'de-facto', [x, y]: Position, distance: number): boolean {
  return basemap.features.some(({ properties, geometry }) => {
    if (properties.kind !== kind) return false;
    const lines = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.type === 'MultiLineString' ? geometry.coordinates : [];
    return lines.some((line) => line.some((p, i) => i > 0 && segmentDistance([x!, y!], line[i - 1]!, p) < distance));
  });
}

function segmentDistance([x, y]: [number, number], [ax, ay]: Position, [bx, by]: Position): number {
  const [dx, dy] = [bx! - ax!, by! - ay!];
  const t = dx || dy ? Math.max(0, Math.min(1, ((x - ax!) * dx + (y - ay!) * dy) / (dx * dx + dy * dy))) : 0;
  return Math.hypot(x - (ax! + t * dx), y - (ay! + t * dy));
}

let policy: DisputedPolicy;
let detailed: BasemapCollection;
let overview: BasemapCollection;
let labels: LabelData;

beforeAll(async () => {
  const loaded = await loadDisputedPolicy(root);
  expect(loaded.problems).toEqual([]);
  policy = loaded.policy;
  const curated = await loadCuratedLabels(root);
  const places = JSON.parse(readFileSync(path.join(root, 'geo/places.json'), 'utf8'));
  const built = buildBasemapAndLabels({ curated: curated.labels, places }, { policy });
  detailed = built.collection;
  labels = built.labels;
  overview = buildBasemap({ resolution: '110m', policy });
}, 60_000);

describe('the disputed-territory policy', () => {
  it('covers the areas the issue names, as of 2017', () => {
    expect(policy.asOf).toBe('2017');
    expect(policy.areas.map((area) => area.id).sort()).toEqual(
      ['abkhazia', 'crimea', 'golan-heights', 'kosovo', 'nagorno-karabakh', 'northern-cyprus', 'south-ossetia', 'western-sahara'].sort(),
    );
  });

  for (const [scale, basemap] of [['1:50m', () => detailed], ['1:110m', () => overview]] as const) {
    it(`keeps Crimea out of Russia's highlight and in Ukraine's (${scale})`, () => {
      for (const point of [CRIMEA, SEVASTOPOL]) {
        expect(codesAt(basemap(), point)).not.toContain('RUS');
        expect(codesAt(basemap(), point)).toContain('UKR');
      }
    });

    it(`keeps the Golan Heights out of Israel's highlight and in Syria's (${scale})`, () => {
      for (const point of [GOLAN, GOLAN_NORTH]) {
        expect(codesAt(basemap(), point)).not.toContain('ISR');
        expect(codesAt(basemap(), point)).toContain('SYR');
      }
      // Israel itself is still Israel.
      expect(codesAt(basemap(), [34.8, 32.08])).toEqual(['ISR']);
    });

    it(`draws Northern Cyprus as Cyprus, Western Sahara apart from Morocco, Kosovo apart from Serbia (${scale})`, () => {
      expect(codesAt(basemap(), NORTHERN_CYPRUS)).toEqual(['CYP']);
      expect(codesAt(basemap(), WESTERN_SAHARA)).toEqual(['ESH']);
      expect(codesAt(basemap(), KOSOVO)).toEqual([null]);
    });
  }

  it('draws de facto lines dashed: the Perekop isthmus, the Golan ceasefire line, the Green Line, Abkhazia, South Ossetia, Nagorno-Karabakh', () => {
    expect(lineNear(detailed, 'de-facto', [33.8, 46.2], 0.15)).toBe(true);
    expect(lineNear(detailed, 'de-facto', [35.87, 33.1], 0.1)).toBe(true);
    expect(lineNear(detailed, 'de-facto', [33.4, 35.17], 0.1)).toBe(true);
    expect(lineNear(detailed, 'de-facto', [41.7, 42.5], 0.15)).toBe(true);
    expect(lineNear(detailed, 'de-facto', [44.4, 42.45], 0.15)).toBe(true);
    expect(lineNear(detailed, 'de-facto', [47.2, 39.8], 0.1)).toBe(true);
    // The Purple Line is no longer a border: both its sides are Syria's.
    expect(lineNear(detailed, 'border', [35.87, 33.1], 0.03)).toBe(false);
  });

  it("draws the Golan's western edge as Israel and Syria's border", () => {
    expect(lineNear(detailed, 'border', [35.6, 33.04], 0.03)).toBe(true);
  });

  it('names no holding country inside an area the policy gives another', () => {
    const inside = (code: string, shape: Position[]) =>
      labels.labels.filter((label) => label.kind === 'country' && label.country === code).flatMap((label) => label.anchors).filter(([x, y]) => contains(planarShape([[shape]]), [x, y]));
    const crimea = [[32.5, 44.3], [36.7, 44.3], [36.7, 45.95], [32.5, 45.95], [32.5, 44.3]];
    const golan = [[35.62, 32.7], [35.9, 32.7], [35.9, 33.4], [35.62, 33.4], [35.62, 32.7]];
    expect(inside('RUS', crimea)).toEqual([]);
    expect(inside('ISR', golan)).toEqual([]);
  });
});
