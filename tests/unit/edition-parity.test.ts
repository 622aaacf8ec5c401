import { describe, expect, it } from 'vitest';
import { editionProblems, stepParityProblems } from '@/app/_lib/content/edition-parity';
import type { CompiledChapter, StepMeta } from '@/app/_lib/content/story-types';

// Chapters built by hand, as chapter-file.server.ts hands them over: the comparison is pure.

const step = (id: string, line: number, more: Partial<StepMeta> = {}): StepMeta => ({
  id,
  chapter: '',
  places: ['astana'],
  countries: [],
  legend: [],
  routes: [],
  annotations: [],
  areas: [],
  camera: {},
  text: 'Text.',
  blocks: [{ text: 'Text.', line: line + 2 }],
  attributeTexts: [],
  line,
  ...more,
});

function chapter(file: string, steps: StepMeta[], more: Partial<CompiledChapter> = {}): CompiledChapter {
  const slug = file.replace(/^.*\//, '').replace(/\.mdx$/, '');
  return {
    file,
    draft: false,
    frontmatter: { slug, title: 'Title', dek: 'Dek.', dates: { start: '2017-01-23' }, source: { outlet: null, note: 'Note.' }, places: ['astana'] },
    declaredPlaces: ['astana'],
    lines: { slug: 2, title: 3, dek: 4, dates: 5, note: 8, places: 9, frontmatterEnd: 12 },
    problems: { frontmatter: [], body: [] },
    body: { code: '', steps },
    ...more,
  };
}

const arabic = { language: 'ar', dir: 'content/ar', includeDrafts: false };

describe('editionProblems', () => {
  it('accepts a faithful translation', () => {
    const en = chapter('content/one.mdx', [step('one-1', 14)]);
    const ar = chapter('content/ar/one.mdx', [step('one-1', 14, { text: 'نص.', blocks: [{ text: 'نص.', line: 16 }] })]);
    expect(editionProblems([en], [ar], arabic)).toEqual([]);
  });

  it('wants a translation of each published chapter, a draft marker allowed; none of a chapter that is not there', () => {
    const en = [chapter('content/one.mdx', []), chapter('content/two.mdx', []), chapter('content/wip.mdx', [], { draft: true })];
    const ar = [chapter('content/ar/two.mdx', [step('never-compared', 14)], { draft: true }), chapter('content/ar/three.mdx', []), chapter('content/ar/wip.mdx', [])];
    expect(editionProblems(en, ar, arabic)).toEqual([
      { file: 'content/ar/three.mdx', line: 2, message: 'no English chapter content/three.mdx: an Arabic chapter translates one' },
      {
        file: 'content/ar/wip.mdx',
        line: 2,
        message: 'content/wip.mdx is a draft: mark this translation draft: true too, or it is published without its English chapter',
      },
      {
        file: 'content/one.mdx',
        line: 2,
        message: 'no Arabic chapter: add content/ar/one.mdx, translated from this one (draft: true keeps it out of the edition until it is finished)',
      },
    ]);
  });

  it('reports a missing step at the English line, an added or moved one at the Arabic line', () => {
    const en = chapter('content/one.mdx', [step('one-1', 14), step('one-2', 20), step('one-3', 26)]);
    const ar = chapter('content/ar/one.mdx', [step('one-3', 14), step('one-1', 20), step('one-4', 26)]);
    expect(editionProblems([en], [ar], arabic)).toEqual([
      { file: 'content/ar/one.mdx', line: 14, message: 'step "one-3" is step 1 here but step 3 in content/one.mdx' },
      { file: 'content/ar/one.mdx', line: 26, message: 'step "one-4" is not in content/one.mdx: a translation adds no step' },
      { file: 'content/one.mdx', line: 20, message: 'step "one-2" has no Arabic translation in content/ar/one.mdx' },
    ]);
  });

  it('holds the frontmatter\'s dates, slug, places and article to the English', () => {
    const en = chapter('content/one.mdx', []);
    const base = chapter('content/ar/one.mdx', []);
    const ar = { ...base, frontmatter: { ...base.frontmatter!, dates: { start: '2017-01-24' }, places: ['astana', 'aleppo'], source: { outlet: 'الجزيرة', note: 'ملاحظة.' } } };
    expect(editionProblems([en], [ar], arabic)).toEqual([
      { file: 'content/ar/one.mdx', line: 5, message: 'dates.start: "2017-01-24" here, "2017-01-23" in content/one.mdx' },
      { file: 'content/ar/one.mdx', line: 8, message: 'source.outlet: names an outlet here, none in content/one.mdx' },
      { file: 'content/ar/one.mdx', line: 9, message: 'places: adds "aleppo", which content/one.mdx does not list' },
    ]);
  });

  it('finds numbers in the title, dek and note that the English ones do not give', () => {
    const en = chapter('content/one.mdx', []);
    const base = chapter('content/ar/one.mdx', []);
    const ar = { ...base, frontmatter: { ...base.frontmatter!, dek: 'قتل ٤٠ ألف شخص.' } };
    expect(editionProblems([en], [ar], arabic)).toEqual([
      { file: 'content/ar/one.mdx', line: 4, message: 'dek: "٤٠ ألف" reads 40000, which the English title, dek and source note (content/one.mdx) do not give' },
    ]);
  });
});

describe('stepParityProblems', () => {
  const files = { english: 'content/one.mdx', edition: 'content/ar/one.mdx' };

  it('compares places, frame, countries, key lines, connections, callouts, areas, camera and context notes, not their words', () => {
    const en = step('one-1', 14, {
      places: ['astana', 'moscow'],
      countries: ['RUS', 'KAZ'],
      legend: [{ label: 'Hosts', countries: ['KAZ'] }, { label: 'Guarantor', countries: ['RUS'] }, { label: 'Zones', areas: ['zone-1'] }],
      routes: [{ from: 'moscow', to: 'astana', directed: true, label: 'Delegation' }],
      annotations: [{ text: 'Venue', place: 'astana' }],
      areas: ['zone-1'],
      camera: { zoom: 4, frame: ['aleppo'] },
      attributeTexts: [{ kind: 'context-source', text: 'Memorandum, 4 May 2017', line: 18 }],
    });
    const same = step('one-1', 30, {
      ...en,
      line: 30,
      legend: [{ label: 'المضيف', countries: ['KAZ'] }, { label: 'الضامن', countries: ['RUS'] }, { label: 'المناطق', areas: ['zone-1'] }],
      routes: [{ from: 'moscow', to: 'astana', directed: true, label: 'الوفد' }],
      annotations: [{ text: 'مكان', place: 'astana' }],
      attributeTexts: [{ kind: 'context-source', text: 'Memorandum, 4 May 2017', line: 34 }],
      blocks: [],
    });
    expect(stepParityProblems(en, same, files)).toEqual([]);

    const changed = step('one-1', 30, {
      places: ['astana', 'aleppo'],
      countries: ['KAZ'],
      legend: [{ label: 'المضيف', countries: ['KAZ'] }],
      routes: [{ from: 'astana', to: 'moscow', directed: false }],
      annotations: [{ text: 'مكان', at: [37.5, 36.3] }],
      areas: ['zone-2'],
      camera: { zoom: 5 },
      attributeTexts: [],
    });
    const at = 'content/one.mdx:14';
    expect(stepParityProblems(en, changed, files).map((p) => `${p.line}: ${p.message}`)).toEqual([
      `30: step "one-1": lacks place "moscow" of ${at}`,
      `30: step "one-1": adds place "aleppo", which ${at} does not have`,
      `30: step "one-1": lacks frame place "aleppo" of ${at}`,
      `30: step "one-1": lacks country "RUS" of ${at}`,
      `30: step "one-1": lacks key line for "RUS" of ${at}`,
      `30: step "one-1": lacks key line for "zone-1" of ${at}`,
      `30: step "one-1": lacks connection "moscow>astana" of ${at}`,
      `30: step "one-1": adds connection "astana>moscow", which ${at} does not have`,
      `30: step "one-1": lacks callout at "astana" of ${at}`,
      `30: step "one-1": adds callout at [37.5, 36.3], which ${at} does not have`,
      `30: step "one-1": lacks area "zone-1" of ${at}`,
      `30: step "one-1": adds area "zone-2", which ${at} does not have`,
      `30: step "one-1": lacks context note from "Memorandum, 4 May 2017" of ${at}`,
      `30: step "one-1": zoom is 5 here, 4 in ${at}`,
    ]);
  });

  it('reports a connection\'s direction and label, not the label\'s words', () => {
    const en = step('one-1', 14, { places: ['astana', 'moscow'], routes: [{ from: 'moscow', to: 'astana', directed: true, label: 'Delegation' }] });
    const ar = step('one-1', 30, { places: ['astana', 'moscow'], routes: [{ from: 'moscow', to: 'astana', directed: false }] });
    expect(stepParityProblems(en, ar, files).map((p) => p.message)).toEqual([
      'step "one-1": connection "moscow>astana" is directed in content/one.mdx:14, not here',
      'step "one-1": connection "moscow>astana" has a label in content/one.mdx:14, none here',
    ]);
  });

  it('reports, at its line, a number or date the English step does not give, in the text or on the map', () => {
    const en = step('one-1', 14, {
      blocks: [{ text: 'Talks lasted 40 minutes; more than 300,000 were killed since March 2011.', line: 16 }],
      attributeTexts: [{ kind: 'legend', text: 'Guarantors', line: 14 }],
    });
    const ar = step('one-1', 30, {
      blocks: [
        { text: 'استمرت المحادثات 40 دقيقة، وقُتل أكثر من 300 ألف منذ آذار 2011.', line: 32 },
        { text: 'وفي تقريرها الـ٢١\nقُتل ٤٥٠ ألفاً في نيسان.', line: 34 },
      ],
      attributeTexts: [{ kind: 'annotation', text: 'الجولة 3', line: 31 }],
    });
    const at = 'content/one.mdx:14';
    expect(stepParityProblems(en, ar, { ...files }).map((p) => `${p.line}: ${p.message}`)).toEqual([
      `34: step "one-1": "الـ٢١" reads 21, which the English step (${at}) does not give`,
      `35: step "one-1": "٤٥٠ ألفاً" reads 450000, which the English step (${at}) does not give`,
      `35: step "one-1": "نيسان" reads month 4, which the English step (${at}) does not give`,
      `31: step "one-1" callout: "3" reads 3, which the English step (${at}) does not give`,
    ]);
  });
});
