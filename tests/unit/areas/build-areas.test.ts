import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { areasJson, buildAreas, simplifyShared, type AdminFeature } from '@/app/_build/areas/provinces';
import { parseAreas } from '@/app/_lib/content/areas';
import { ringArea } from '@/app/_lib/geometry/rings';

/*
 * The generator of geo/areas.json (npm run areas), on small made-up provinces: a border two
 * provinces share comes out as one line for both, several admin-1 shapes merge into one
 * outline, and the file it writes is one check accepts.
 */

/** A wiggly line from (1, 0) to (1, 2): the border two squares share, with detail to simplify away. */
const border: Position[] = Array.from({ length: 21 }, (_, i) => [1 + 0.004 * Math.sin(i * 1.7) + (i === 10 ? 0.3 : 0), i / 10]);
const west: Position[] = [[0, 0], ...border, [0, 2], [0, 0]];
const east: Position[] = [[2, 0], [2, 2], ...border.slice().reverse(), [2, 0]];

const feature = (code: string, ring: Position[], country = 'AAA'): AdminFeature => ({
  properties: { iso_3166_2: code, name_en: code, adm0_a3: country },
  geometry: { type: 'Polygon', coordinates: [ring] },
});

/** The points of a ring that lie on the shared border, in the order of the border. */
const onBorder = (ring: Position[], shared: Position[]) => {
  const keys = new Set(shared.map((p) => `${p[0]},${p[1]}`));
  return ring.filter((p) => keys.has(`${p[0]},${p[1]}`));
};

describe('npm run areas: admin-1 provinces to geo/areas.json', () => {
  it('simplifies a shared border once, so both neighbours keep the same line', () => {
    const [[[w]], [[e]]] = simplifyShared([[[west]], [[east]]], 0.01) as [[[Position[]]], [[Position[]]]];
    const shared = onBorder(w!, border);
    // The wiggle is gone, the bump at (1.3, 1) stays, and the east side has exactly those points.
    expect(shared.length).toBeLessThan(border.length);
    expect(shared.some(([x, y]) => y === 1 && x! > 1.25)).toBe(true);
    expect(onBorder(e!, border).reverse()).toEqual(shared);
    expect(onBorder(e!, border).length).toBe(shared.length);
  });

  it('writes the wanted provinces, merging several codes into one outline wound as RFC 7946 asks', () => {
    const admin1 = [feature('AA-W', west), feature('AA-E', east), feature('BB-X', [[5, 5], [6, 5], [6, 6], [5, 5]], 'BBB')];
    const areas = buildAreas(admin1, [
      { id: 'west-province', name: 'West province', ar: 'المحافظة الغربية', codes: ['AA-W'] },
      { id: 'both', name: 'Both', ar: 'كلتاهما', codes: ['AA-W', 'AA-E'] },
    ]);
    expect(areas.map((a) => a.id)).toEqual(['west-province', 'both']);
    const both = areas[1]!.geometry;
    expect(both.type).toBe('Polygon');
    const outer = (both.coordinates as Position[][])[0]!;
    // One ring around both squares: no point of the border between them is left inside it.
    expect(Math.abs(ringArea(outer))).toBeCloseTo(4, 1);
    expect(ringArea(outer)).toBeGreaterThan(0);
    expect(outer.some(([x, y]) => x! > 0.5 && x! < 1.5 && y! > 0.5 && y! < 1.5)).toBe(false);
  });

  it('refuses a code the data does not have, rather than leaving a province out', () => {
    expect(() => buildAreas([feature('AA-W', west)], [{ id: 'gone', name: 'Gone', ar: 'غائبة', codes: ['AA-Q'] }])).toThrow('gone: no admin-1 feature "AA-Q"');
  });

  it('writes a file that check accepts, each id on a line of its own', () => {
    const text = areasJson(buildAreas([feature('AA-W', west)], [{ id: 'west-province', name: 'West province', ar: 'المحافظة الغربية', codes: ['AA-W'] }]));
    const { problems, areas } = parseAreas(JSON.parse(text), 'geo/areas.json', text);
    expect(problems).toEqual([]);
    expect(areas.byId.get('west-province')?.properties.source.licence).toMatch(/Public domain/);
    expect(text.split('\n').find((line) => line.includes('"id"'))?.trim()).toBe('"id": "west-province",');
  });
});
