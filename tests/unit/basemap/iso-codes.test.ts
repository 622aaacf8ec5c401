import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { countryLayer } from '@/app/_build/basemap/country-layer';
import { alpha3ForId, ISO_NUMERIC_TO_ALPHA3 } from '@/app/_lib/map/basemap/iso-codes';
import type { CountriesTopology } from '@/app/_build/basemap/world-atlas.server';

/** A one-country topology: a 2x2 square at (10, 40) with the given world-atlas id. */
function oneCountry(id: string | undefined, name: string): CountriesTopology {
  const topology: Topology = {
    type: 'Topology',
    objects: { countries: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', id, properties: { name }, arcs: [[0]] }] } },
    arcs: [[[10, 40], [12, 40], [12, 42], [10, 42], [10, 40]]],
  };
  return topology as CountriesTopology;
}

describe('alpha3ForId', () => {
  it("maps world-atlas's numeric ids, leading zeros included", () => {
    expect(alpha3ForId('760')).toBe('SYR');
    expect(alpha3ForId('643')).toBe('RUS');
    expect(alpha3ForId('008')).toBe('ALB');
  });

  it('answers null for a feature without an id and undefined for an id the table lacks', () => {
    expect(alpha3ForId(undefined)).toBeNull();
    expect(alpha3ForId('')).toBeNull();
    expect(alpha3ForId('999')).toBeUndefined();
    expect(alpha3ForId('8')).toBeUndefined();
  });

  it('is not fooled by names inherited from Object', () => {
    expect(alpha3ForId('constructor')).toBeUndefined();
    expect(alpha3ForId('toString')).toBeUndefined();
  });
});

describe('ISO_NUMERIC_TO_ALPHA3', () => {
  it('holds three-digit keys and distinct three-letter codes', () => {
    const entries = Object.entries(ISO_NUMERIC_TO_ALPHA3);
    expect(entries.length).toBeGreaterThan(100);
    for (const [numeric, alpha3] of entries) {
      expect(numeric).toMatch(/^\d{3}$/);
      expect(alpha3).toMatch(/^[A-Z]{3}$/);
    }
    expect(new Set(entries.map(([, alpha3]) => alpha3)).size).toBe(entries.length);
  });
});

describe('countryLayer', () => {
  const context = (topology: CountriesTopology) => ({ topology, bbox: [0, 30, 20, 50] as const, precision: 3 });

  it('gives each country its alpha-3 code, or null when it has no id', () => {
    expect(countryLayer.build(context(oneCountry('760', 'Syria')))[0]?.properties).toEqual({ kind: 'country', iso3: 'SYR', name: 'Syria' });
    expect(countryLayer.build(context(oneCountry(undefined, 'N. Cyprus')))[0]?.properties).toEqual({ kind: 'country', iso3: null, name: 'N. Cyprus' });
  });

  it('fails the build, naming the country, when a drawn country has an id the table lacks', () => {
    expect(() => countryLayer.build(context(oneCountry('999', 'Atlantis')))).toThrow('ISO_NUMERIC_TO_ALPHA3 is missing: 999 (Atlantis)');
  });

  it('does not ask for a code for a country outside the bbox', () => {
    expect(countryLayer.build({ ...context(oneCountry('999', 'Atlantis')), bbox: [50, 0, 60, 10] })).toEqual([]);
  });
});
