import { describe, expect, it } from 'vitest';
import { loadStory } from '@/app/_lib/content/loader.server';
import { gazetteerInLanguage } from '@/app/_lib/content/edition-names';
import { parseDisputedPolicy } from '@/app/_lib/map/basemap/disputed-policy';
import { arabicCandidates } from '@/app/_lib/map/labels/arabic-labels';
import { arabicNameSources, getArabicLabels } from '@/app/_lib/map/labels/arabic-names.server';
import { getLabels } from '@/app/_lib/map/labels/label-data.server';
import { hasArabic } from '@/app/_lib/map/text/script';

/*
 * Where the Arabic maps' names come from, and what happens when one is missing: a problem with
 * its file and line, never the English name drawn instead.
 */

describe('the Arabic names', () => {
  it('come from i18n-iso-countries, the policy, the curated labels and the gazetteer', async () => {
    const names = await arabicNameSources();
    expect(['SYR', 'TUR', 'IRN', 'RUS', 'KAZ', 'JOR'].map(names.country)).toEqual(['سوريا', 'تركيا', 'إيران', 'روسيا', 'كازاخستان', 'الأردن']);
    // The name the disputed-territory policy fixes (geo/disputed.json, Western Sahara's label).
    expect(names.country('ESH')).toBe('الصحراء الغربية');
    expect(names.sea('mediterranean-sea')).toBe('البحر المتوسط');
    expect(names.capital('Beirut')).toBe('بيروت');
    const arabic = await loadStory({ lang: 'ar', includeDrafts: false });
    expect(gazetteerInLanguage(arabic.gazetteer, 'ar').gazetteer.byId.get('astana')?.name).toBe('أستانا');
  });

  it('name every built label in Arabic, measured in the Arabic text', async () => {
    const [{ labels }, arabic] = await Promise.all([getLabels(), getArabicLabels()]);
    expect(arabic.map((label) => label.id)).toEqual(labels.map((label) => label.id));
    expect(arabic.filter((label) => !hasArabic(label.text)).map((label) => label.id)).toEqual([]);
    const syria = arabic.find((label) => label.id === 'country-SYR')!;
    expect(syria.text).toBe('سوريا');
    expect(syria.width).not.toBe(labels.find((label) => label.id === 'country-SYR')!.width);
  });

  it('report a missing name with its file and line, and draw no English instead', async () => {
    const names = await arabicNameSources();
    const without = { ...names, capital: (name: string) => (name === 'Beirut' ? undefined : names.capital(name)) };
    const { labels } = await getLabels();
    const { candidates, problems } = arabicCandidates(labels, without, (text) => text.length * 0.5);
    expect(candidates.some((label) => label.id === 'capital-beirut')).toBe(false);
    expect(problems).toEqual([{ file: 'geo/map-labels.json', line: expect.any(Number), message: 'capital "Beirut" (capital-beirut) has no Arabic name' }]);
    expect(problems[0]!.line).toBeGreaterThan(20);
  });

  it('report a place of the gazetteer without an Arabic name at its entry', async () => {
    const arabic = await loadStory({ lang: 'ar', includeDrafts: false });
    const places = arabic.gazetteer.places.map((place) => (place.id === 'sochi' ? { ...place, ar: undefined } : place));
    const located = { file: 'geo/places.json', lineOf: (id: string) => (id === 'sochi' ? 42 : undefined) };
    const { gazetteer, problems } = gazetteerInLanguage({ places, byId: new Map(places.map((p) => [p.id, p])) }, 'ar', located);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'geo/places.json', line: 42 });
    expect(problems[0]!.message).toMatch(/place "sochi" has no Arabic name/);
    expect(gazetteer.byId.get('sochi')!.name).toBe('');
  });

  it("hold the policy's labels: Arabic letters, and only on an area drawn as a country", () => {
    const area = (extra: object) => ({ id: 'x', name: 'X', naturalEarth: 'MAR', shape: { whole: true }, status: 'A status.', ...extra });
    const raw = (label: string) => `{\n  "asOf": "2017",\n  "areas": [\n    {\n      "id": "x",\n      ${label}\n    }\n  ]\n}`;
    const latin = parseDisputedPolicy({ asOf: '2017', areas: [area({ drawnAs: 'ESH', label: { ar: 'Western Sahara' } })] }, 'd.json', raw('"label": { "ar": "Western Sahara" }'));
    expect(latin.problems).toEqual([{ file: 'd.json', line: 6, message: expect.stringMatching(/area "x": label.ar: must be Arabic letters/) }]);
    const none = parseDisputedPolicy({ asOf: '2017', areas: [area({ drawnAs: null, label: { ar: 'كوسوفو' } })] }, 'd.json', raw('"label": { "ar": "كوسوفو" }'));
    expect(none.problems).toEqual([{ file: 'd.json', line: 6, message: expect.stringMatching(/area "x": label: names the country the area is drawn as/) }]);
  });
});
