import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAreas } from '@/app/_lib/content/areas';
import { loadAreas } from '@/app/_lib/content/loader.server';
import { root } from './repo';

const fixture = (name: string) => path.join(root, 'tests/fixtures/geo', `${name}.json`);

describe('geo/areas.json', () => {
  it('accepts the real file: every outline it holds names its source and licence', async () => {
    const { areas, problems } = await loadAreas(path.join(root, 'geo/areas.json'), root);
    expect(problems).toEqual([]);
    for (const area of areas.areas) expect(area.properties.source.licence, area.id).not.toBe('');
  });

  it('reads an outline with its name, whether it is approximate, and where it comes from', async () => {
    const { areas, problems } = await loadAreas(fixture('areas'), root);
    expect(problems).toEqual([]);
    expect(areas.byId.get('fixture-square')).toMatchObject({
      properties: { name: 'A square made for the tests', approximate: true, source: { name: 'Test fixture', licence: 'CC0-1.0' } },
      geometry: { type: 'Polygon' },
    });
  });

  it('refuses an outline without a source, coordinates out of range, an open ring and a non-web URL, each at its line', async () => {
    const { areas, problems, rejectedIds } = await loadAreas(fixture('areas-broken'), root);
    const file = 'tests/fixtures/geo/areas-broken.json';
    expect(problems).toEqual([
      { file, line: 6, message: 'area "no-source": properties.source: is required' },
      { file, line: 12, message: 'area "off-the-globe": geometry.coordinates.0.0.1.0: longitude must be within -180..180' },
      { file, line: 22, message: 'area "open-ring": properties.source.url: must be an http(s) URL' },
      { file, line: 22, message: 'area "open-ring": geometry.coordinates.0: a ring must end where it starts' },
    ]);
    expect(areas.areas).toEqual([]);
    expect([...(rejectedIds ?? [])]).toEqual(['no-source', 'off-the-globe', 'open-ring']);
  });

  it('refuses anything but a FeatureCollection, and a duplicate id at its second line', () => {
    expect(parseAreas([], 'geo/areas.json').problems).toEqual([
      { file: 'geo/areas.json', line: 1, message: 'areas must be a GeoJSON FeatureCollection: { "type": "FeatureCollection", "features": [...] }' },
    ]);
    const square = {
      type: 'Feature',
      id: 'twice',
      properties: { name: 'Twice', approximate: false, source: { name: 'S', url: 'https://example.org', licence: 'CC0-1.0' } },
      geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] },
    };
    const raw = '{\n"features": [\n{ "id": "twice" },\n{ "id": "twice" }\n]}';
    expect(parseAreas({ type: 'FeatureCollection', features: [square, square] }, 'geo/areas.json', raw).problems).toEqual([
      { file: 'geo/areas.json', line: 4, message: 'area "twice": duplicate id (first defined at line 3)' },
    ]);
  });

  it('reports a file that is not JSON at its line', async () => {
    const { problems } = await loadAreas(fixture('not-json'), root);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/^invalid JSON: /);
  });
});
