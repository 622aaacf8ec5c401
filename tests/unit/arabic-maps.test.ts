import { describe, expect, it } from 'vitest';
import { loadStory } from '@/app/_lib/content/loader.server';
import { gazetteerInLanguage } from '@/app/_lib/content/edition-names';
import { overlaps, type Rect } from '@/app/_lib/geometry/plane';
import { getCountryIndex } from '@/app/_lib/map/basemap/reader.server';
import type { Composition } from '@/app/_lib/map/compose/compose';
import { arabicCountryIndex, getArabicLabels } from '@/app/_lib/map/labels/arabic-names.server';
import { layoutStaticMap } from '@/app/_lib/map/static/layout';
import { hasArabic } from '@/app/_lib/map/text/script';
import { editionMeasure } from '@/app/_lib/map/text/shaper.server';
import { staticRenderings } from './static-renderings';

/*
 * The Arabic maps through the one layout: every step of the Arabic edition in every box, every
 * thumbnail, card and place map, with Arabic names measured shaped. No two names overlap, none
 * leaves its picture, each step's places are named, and every name drawn is Arabic.
 */

const arabic = await loadStory({ lang: 'ar', includeDrafts: false });
const { gazetteer, problems } = gazetteerInLanguage(arabic.gazetteer, 'ar');
const story = { ...arabic, gazetteer };
const countries = await arabicCountryIndex(await getCountryIndex());
const widthOf = await editionMeasure('ar');
const options = { candidates: await getArabicLabels(), widthOf };
const renderings = staticRenderings(story, countries, { lang: 'ar', widthOf });

/** Every name a composition draws, with its box. */
function namesOf(composition: Composition): { what: string; text: string; box: Rect }[] {
  return [
    ...composition.markers.flatMap((m) => (m.shown && m.name ? [{ what: `name of ${m.id}`, text: gazetteer.byId.get(m.id)!.name, box: m.name.box }] : [])),
    ...composition.callouts.map((c) => ({ what: `callout "${c.text}"`, text: c.text, box: c.box })),
    ...composition.labels.map((l) => ({ what: `label ${l.id}`, text: l.text, box: l.box })),
  ];
}

describe('the Arabic maps', () => {
  const laid = renderings.map(({ where, spec }) => ({ where, spec, composition: layoutStaticMap(spec, options).composition }));

  it('has an Arabic name for every place, and walks every step, box, thumbnail and card of the Arabic edition', () => {
    expect(problems).toEqual([]);
    const steps = arabic.chapters.flatMap((chapter) => chapter.steps);
    expect(steps.length).toBeGreaterThan(20);
    expect(laid.length).toBe(steps.length * 5 + arabic.chapters.length + 1 + 3 * gazetteer.places.length);
  });

  it('draws no name over another and none off its picture', () => {
    const found = laid.flatMap(({ where, spec, composition }) => {
      const names = namesOf(composition);
      const { width, height } = spec.size;
      return [
        ...names.flatMap((a, i) => [
          ...(a.box.x < 0 || a.box.y < 0 || a.box.x + a.box.width > width || a.box.y + a.box.height > height ? [`${where}: ${a.what} leaves the picture`] : []),
          ...names.slice(i + 1).flatMap((b) => (overlaps(a.box, b.box) ? [`${where}: ${a.what} overlaps ${b.what}`] : [])),
        ]),
        ...composition.conflicts.map((id) => `${where}: the name of ${id} found no free spot`),
      ];
    });
    expect(found).toEqual([]);
  });

  it("names every place of the step, and draws only Arabic names (no English fallback)", () => {
    const found = laid.flatMap(({ where, spec, composition }) => [
      ...spec.scene.activeIds.filter((id) => !composition.markers.some((m) => m.id === id && m.role === 'active' && m.name)).map((id) => `${where}: ${id} unnamed`),
      ...namesOf(composition).filter((name) => !hasArabic(name.text)).map((name) => `${where}: ${name.what} is not Arabic`),
    ]);
    expect(found).toEqual([]);
  });

  it('is named in Arabic, and keys its countries by their Arabic names', () => {
    const english = laid.filter(({ spec }) => !spec.title.startsWith('خريطة: ') || !hasArabic(spec.title.slice(7))).map(({ where }) => where);
    expect(english).toEqual([]);
    const keyed = laid.flatMap(({ spec }) => spec.keyLines.filter((line) => line.kind === 'countries').flatMap((line) => line.names));
    expect(keyed.length).toBeGreaterThan(0);
    expect(keyed.filter((name) => !hasArabic(name))).toEqual([]);
  });

  it('names Syria in Arabic on every view the live map replaces', () => {
    const views = laid.filter(({ spec }) => spec.size.use === 'view');
    const without = views.filter(({ composition }) => !composition.labels.some((l) => l.country === 'SYR' && l.text === 'سوريا')).map(({ where }) => where);
    expect(views.length).toBeGreaterThan(0);
    expect(without.length / views.length).toBeLessThan(0.5);
  });
});
