import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, runCli } from './repo';

const check = (...args: string[]) => runCli('app/_cli/check-content.ts', ...args);

describe('npm run check', () => {
  it('passes the real story', () => {
    const { status, stdout } = check();
    expect(status).toBe(0);
    expect(stdout).toMatch(/^content ok: 5 chapters \(0 drafts\), \d+ steps, \d+ of \d+ gazetteer places used/);
  });

  it('checks the Arabic edition of the real story against the English', () => {
    const { status, stdout } = check();
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Arabic edition ok: 5 chapters \(0 drafts\), \d+ steps, each held to its English chapter$/m);
  });

  const arabic = (fixture: string, ...more: string[]) =>
    check('--content', `tests/fixtures/content/${fixture}`, '--gazetteer', 'tests/fixtures/geo/places-ar.json', '--areas', 'tests/fixtures/geo/areas.json', ...more);

  it('passes a faithful Arabic chapter: its quotes marked, its numbers the English ones in Arabic forms', () => {
    const { status, stdout, stderr } = arabic('arabic');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Arabic edition ok: 1 chapters \(0 drafts\), 2 steps/m);
  });

  it('fails, at the line of each, on what an Arabic chapter lacks or adds, on its numbers and on a place with no Arabic name', () => {
    const { status, stderr } = arabic('arabic-broken');
    expect(status).toBe(1);
    const en = 'tests/fixtures/content/arabic-broken/one.mdx';
    const ar = 'tests/fixtures/content/arabic-broken/ar/one.mdx';
    expect(stderr.trim().split('\n')).toEqual([
      "17 problems in the story's data:",
      `  ${ar}:10: places: adds "moscow", which ${en} does not list`,
      `  ${ar}:13: step "one-1": lacks frame place "aleppo" of ${en}:13`,
      `  ${ar}:15: step "one-1": "٤٥٠ ألفاً" reads 450000, which the English step (${en}:13) does not give`,
      `  ${ar}:19: step "one-2": adds place "moscow", which ${en}:19 does not have`,
      `  ${ar}:19: step "one-2": lacks key line for "KAZ" of ${en}:19`,
      `  ${ar}:19: step "one-2": lacks key line for "SYR" of ${en}:19`,
      `  ${ar}:19: step "one-2": lacks key line for "fixture-square" of ${en}:19`,
      `  ${ar}:19: step "one-2": adds key line for "KAZ", "SYR", which ${en}:19 does not have`,
      `  ${ar}:19: step "one-2": lacks connection "aleppo>astana" of ${en}:19`,
      `  ${ar}:19: step "one-2": adds connection "astana>aleppo", which ${en}:19 does not have`,
      `  ${ar}:19: step "one-2": lacks area "fixture-square" of ${en}:19`,
      `  ${ar}:19: step "one-2": lacks context note from "Fixture register of meetings, 2017" of ${en}:19`,
      `  ${ar}:23: step "one-2": "الـ20" reads 20, which the English step (${en}:19) does not give`,
      `  ${ar}:23: step "one-2": "نيسان" reads month 4, which the English step (${en}:19) does not give`,
      `  ${ar}:27: step "one-4" is not in ${en}: a translation adds no step`,
      `  ${en}:31: step "one-3" has no Arabic translation in ${ar}`,
      '  tests/fixtures/geo/places-ar.json:41: place "moscow" has no Arabic name (ar.name), and the Arabic edition shows it ' +
        `(${ar}:19): add "ar": { "name": "…", "context": "…" }`,
    ]);
  });

  it('wants an Arabic chapter for each published English one, a draft allowed and left out of production, and none without its English', () => {
    const dir = 'tests/fixtures/content/arabic-missing';
    const noEnglish = `  ${dir}/ar/four.mdx:2: no English chapter ${dir}/four.mdx: an Arabic chapter translates one`;
    const missing = `  ${dir}/three.mdx:2: no Arabic chapter: add ${dir}/ar/three.mdx, translated from this one (draft: true keeps it out of the edition until it is finished)`;
    const all = arabic('arabic-missing');
    expect(all.status).toBe(1);
    // npm run check compares a draft, as it checks English drafts.
    expect(all.stderr.trim().split('\n')).toEqual([
      "3 problems in the story's data:",
      noEnglish,
      missing,
      `  ${dir}/two.mdx:19: step "two-2" has no Arabic translation in ${dir}/ar/two.mdx`,
    ]);
    const production = arabic('arabic-missing', '--production');
    expect(production.status).toBe(1);
    expect(production.stderr.trim().split('\n')).toEqual(["2 problems in the story's data:", noEnglish, missing]);
  });

  it('rejects <Quote> in an English chapter: only a translation marks its quotes so', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'check-quote-'));
    const chapter = readFileSync(path.join(root, 'tests/fixtures/content/arabic/one.mdx'), 'utf8').replace('"not far"', '<Quote>not far</Quote>');
    writeFileSync(path.join(dir, 'one.mdx'), chapter);
    const { status, stderr } = check('--content', dir, '--gazetteer', 'tests/fixtures/geo/places-ar.json', '--areas', 'tests/fixtures/geo/areas.json');
    expect(status).toBe(1);
    expect(stderr).toMatch(/one\.mdx:16: <Quote> is not a known component inside a step/);
  });

  it('fails on broken content, listing every problem with file and line', () => {
    const { status, stderr } = check('--content', 'tests/fixtures/content/wrong-types', '--gazetteer', 'tests/fixtures/geo/places.json');
    expect(status).toBe(1);
    expect(stderr).toContain("3 problems in the story's data:");
    expect(stderr).toContain('tests/fixtures/content/wrong-types/one.mdx:11: places:');
    expect(stderr).toContain('tests/fixtures/content/wrong-types/one.mdx:12: draft:');
    expect(stderr).toContain('tests/fixtures/content/wrong-types/one.mdx:21: <Step id="one-2"> zoom:');
  });

  it('reports every problem in every file in one run, frontmatter included where a body does not compile', () => {
    const { status, stderr } = check('--content', 'tests/fixtures/content/many-problems', '--gazetteer', 'tests/fixtures/geo/places.json');
    expect(status).toBe(1);
    expect(stderr).toContain("4 problems in the story's data:");
    expect(stderr).toContain('tests/fixtures/content/many-problems/a.mdx:6: dates.start: must be an ISO date (YYYY-MM-DD)');
    expect(stderr).toContain('tests/fixtures/content/many-problems/a.mdx:10: places: unknown place "atlantis"');
    expect(stderr).toContain('tests/fixtures/content/many-problems/a.mdx:21: MDX does not compile: Expected a closing tag for `<em>`');
    // A chapter that does not compile hides nothing in another.
    expect(stderr).toContain('tests/fixtures/content/many-problems/b.mdx:19: step "two-2": unknown place "moskow" (did you mean "moscow"?)');
  });

  it('fails on broken story layers: connections, annotations and areas, each at its line', () => {
    const { status, stderr } = check(
      '--content', 'tests/fixtures/content/bad-layers', '--gazetteer', 'tests/fixtures/geo/places.json', '--areas', 'tests/fixtures/geo/areas-broken.json',
    );
    expect(status).toBe(1);
    const file = 'tests/fixtures/content/bad-layers/one.mdx';
    expect(stderr.trim().split('\n').slice(1)).toEqual([
      `  ${file}:13: step "one-unknown": route "moskow>astana": unknown place "moskow" (did you mean "moscow"?): add it to geo/places.json or fix the id`,
      `  ${file}:19: <Step id="one-self"> routes.0: connects a place to itself`,
      `  ${file}:25: step "one-outside": route "aleppo-astana": "aleppo" is not one of the step's places; add it to place/places`,
      `  ${file}:31: <Step id="one-anchorless"> annotations.0: an annotation needs exactly one of place: "…" or at: [longitude, latitude]`,
      `  ${file}:37: <Step id="one-both"> annotations.0: an annotation needs exactly one of place: "…" or at: [longitude, latitude]`,
      `  ${file}:43: <Step id="one-range"> annotations.0.at.1: latitude must be within -90..90`,
      `  ${file}:49: <Step id="one-text"> annotations.0.text: must not be empty`,
      `  ${file}:49: <Step id="one-text"> annotations.1.text: must be at most 40 characters, short enough to sit on a map`,
      `  ${file}:55: step "one-area": unknown area "de-escalation-zone-1": add its outline, with its source, to geo/areas.json or fix the id`,
      `  ${file}:61: <Step> routes: objects may hold only plain keys and literal values`,
      '  tests/fixtures/geo/areas-broken.json:6: area "no-source": properties.source: is required',
      '  tests/fixtures/geo/areas-broken.json:12: area "off-the-globe": geometry.coordinates.0.0.1.0: longitude must be within -180..180',
      '  tests/fixtures/geo/areas-broken.json:22: area "open-ring": properties.source.url: must be an http(s) URL',
      '  tests/fixtures/geo/areas-broken.json:22: area "open-ring": geometry.coordinates.0: a ring must end where it starts',
    ]);
  });

  it('fails on a zone naming a province geo/areas.json does not outline, and on hatching without its key, each at its line', () => {
    const { status, stderr } = check('--content', 'tests/fixtures/content/unknown-province', '--gazetteer', 'tests/fixtures/geo/places.json');
    expect(status).toBe(1);
    const file = 'tests/fixtures/content/unknown-province/one.mdx';
    expect(stderr.trim().split('\n').slice(1)).toEqual([
      `  ${file}:13: step "one-zones": unknown area "idleb-province" (did you mean "idlib-province"?): add its outline, with its source, to geo/areas.json or fix the id`,
      `  ${file}:20: <Step id="one-unkeyed"> areas: draws "aleppo-province" but no key line says what the hatching means, e.g. legend={[{ label: "…", areas: ["aleppo-province"] }]}`,
      `  ${file}:26: <Step id="one-stray-key"> legend: names "hama-province", which the step does not draw: add to areas={[…]} or remove from the key`,
    ]);
  });

  it('passes valid layers against a valid areas file', () => {
    const { status, stdout, stderr } = check('--content', 'tests/fixtures/content/layers', '--gazetteer', 'tests/fixtures/geo/places.json', '--areas', 'tests/fixtures/geo/areas.json');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^content ok: 1 chapters/);
  });

  it('warns, at the step\'s line, when a step\'s own places cannot all be named clear of one another in one of its boxes', () => {
    const { status, stdout, stderr } = check('--content', 'tests/fixtures/content/crowded', '--gazetteer', 'tests/fixtures/geo/places-crowded.json');
    // A warning: the map still names every place, over something.
    expect(status).toBe(0);
    expect(stdout).toMatch(/; 4 crowded maps \(warnings above\)$/m);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(4);
    for (const box of ['laptop box (768×756)', 'phone box (390×354)', 'wide box (640×400)', 'small box (360×270)']) {
      expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^tests/fixtures/content/crowded/one\\.mdx:19: warning: step "one-crowded": in the ${box.replace(/[()]/g, '\\$&')}, .*Sukkari cannot be named clear of`)));
    }
    // The step with room is not warned about.
    expect(stderr).not.toContain('one-1');
  });

  it('checks drafts, unless asked to check only what a production build publishes', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'check-'));
    for (const name of ['one.mdx', 'wip.mdx']) {
      writeFileSync(path.join(dir, name), readFileSync(path.join(root, 'tests/fixtures/content/draft-variants', name)));
    }
    const all = check('--content', dir, '--gazetteer', 'tests/fixtures/geo/places.json');
    expect(all.status).toBe(1);
    expect(all.stderr).toMatch(/wip\.mdx:6: dates\.start: must be an ISO date/);
    const production = check('--production', '--content', dir, '--gazetteer', 'tests/fixtures/geo/places.json');
    expect(production.stderr).toBe('');
    expect(production.status).toBe(0);
    expect(production.stdout).toMatch(/^content ok: 1 chapters, drafts left out \(production\)/);
  });

  it('is what the build runs, drafts left out', () => {
    const scripts = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).scripts as Record<string, string>;
    // The build precompresses its output after next build.
    expect(scripts.build).toMatch(/npm run -s check -- --production && next build( && |$)/);
  });

  it('fails on a broken gazetteer', () => {
    const { status, stderr } = check('--content', 'tests/fixtures/content/valid', '--gazetteer', 'tests/fixtures/geo/duplicate-id.json');
    expect(status).toBe(1);
    expect(stderr).toContain('tests/fixtures/geo/duplicate-id.json:49: place "aleppo": duplicate id');
  });

  it('fails on the house style with file:line: variants and quote-only words in prose, title, dek, note, map text, context sources and the gazetteer', () => {
    const { status, stderr } = check(
      '--content', 'tests/fixtures/content/house-style', '--gazetteer', 'tests/fixtures/geo/places-style.json', '--style', 'tests/fixtures/style/house-style.json',
    );
    expect(status).toBe(1);
    const file = 'tests/fixtures/content/house-style/one.mdx';
    const places = 'tests/fixtures/geo/places-style.json';
    const variant = (found: string, spelling: string) => `"${found}" is a variant spelling: the house style writes "${spelling}"`;
    const quoteOnly = '"Daesh" is used only inside quotation marks: our own words say "Islamic State"';
    expect(stderr.trim().split('\n')).toEqual([
      "14 problems in the story's data:",
      `  ${file}:3: title: ${variant('Sergei Lavrov', 'Sergey Lavrov')}`,
      `  ${file}:4: dek: ${quoteOnly}`,
      `  ${file}:9: source.note: ${variant('Lavrentyev', 'Alexander Lavrentiev')}`,
      `  ${file}:16: step "one-1": ${variant('Aleksandr Lavrentyev', 'Alexander Lavrentiev')}`,
      `  ${file}:16: step "one-1": ${variant('Bashar al Jaafari', 'Bashar al-Jaafari')}`,
      `  ${file}:17: step "one-1": ${variant('Ja’afari', 'Bashar al-Jaafari')}`,
      `  ${file}:19: step "one-1" context source: ${quoteOnly}`,
      `  ${file}:21: step "one-1": ${quoteOnly}`,
      `  ${file}:31: step "one-2" legend: ${quoteOnly}`,
      `  ${file}:33: step "one-2" route label: ${variant('Sergei Lavrov', 'Sergey Lavrov')}`,
      `  ${file}:34: step "one-2" callout: "Krym" is a variant name of a disputed place: the house style writes "Crimea"`,
      `  ${places}:15: place "astana" context: ${variant('Sergei Lavrov', 'Sergey Lavrov')}`,
      `  ${places}:30: place "aleppo" source: ${quoteOnly}`,
      `  ${places}:35: place "crimea" name: "Krym" is a variant name of a disputed place: the house style writes "Crimea"`,
    ]);
  });

  it('fails on a broken house style file, at the line of the entry', () => {
    const { status, stderr } = check('--content', 'tests/fixtures/content/valid', '--gazetteer', 'tests/fixtures/geo/places.json', '--style', 'tests/fixtures/style/house-style-broken.json');
    expect(status).toBe(1);
    expect(stderr).toContain('tests/fixtures/style/house-style-broken.json:14: names "ahmad-tohmeh": spelling: needs an "en" entry');
    expect(stderr).toContain('tests/fixtures/style/house-style-broken.json:30: unknown section "spellings"');
  });

  it('fails on a source a reader cannot check, in a context note or the gazetteer, at its line', () => {
    const { status, stderr } = check('--content', 'tests/fixtures/content/uncheckable-sources', '--gazetteer', 'tests/fixtures/geo/places-uncheckable.json');
    expect(status).toBe(1);
    const unnamed = '"Public record" names nothing a reader can look up: cite the publication or document, and its date';
    expect(stderr.trim().split('\n')).toEqual([
      "3 problems in the story's data:",
      `  tests/fixtures/content/uncheckable-sources/one.mdx:17: <Context> source: ${unnamed}`,
      '  tests/fixtures/content/uncheckable-sources/one.mdx:23: <Context> source: "Fixture register of meetings" gives no date: add the year, at least, of the publication or document',
      `  tests/fixtures/geo/places-uncheckable.json:19: place "aleppo": source: ${unnamed}`,
    ]);
  });

  it('fails on broken map labels with file:line: an unknown country code, a sea without coordinates or out of range', () => {
    const { status, stderr } = check('--labels', 'tests/fixtures/geo/map-labels-broken.json');
    expect(status).toBe(1);
    const file = 'tests/fixtures/geo/map-labels-broken.json';
    expect(stderr).toContain(`${file}:4: seas "nowhere-sea": coordinates: is required`);
    // The Arabic maps' names: a sea without one, a capital's not in Arabic letters (issue 27, item 4).
    expect(stderr).toContain(`${file}:4: seas "nowhere-sea": ar: is required`);
    expect(stderr).toContain(`${file}:14: capitalNames "Beirut": ar: must be the name in Arabic letters`);
    expect(stderr).toContain(`${file}:5: seas "far-sea": coordinates.1: latitude must lie inside the basemap`);
    expect(stderr).toContain(`${file}:8: countryNames "XYZ": country: is not a country of the basemap`);
    expect(stderr).toContain(`${file}:11: omittedCapitals "Pristina": reason: must say why`);
    expect(stderr).not.toContain('black-sea');
  });

  it('fails on a disputed-territory policy naming an unknown country code, with file:line (issue 25)', () => {
    const { status, stderr } = check('--disputed', 'tests/fixtures/geo/disputed-broken.json');
    expect(status).toBe(1);
    const file = 'tests/fixtures/geo/disputed-broken.json';
    expect(stderr).toContain(`${file}:8: area "crimea": naturalEarth: is not a country of the basemap`);
    expect(stderr).toContain(`${file}:15: area "golan-heights": drawnAs: is not a country of the basemap`);
    expect(stderr).toContain(`${file}:27: area "kosovo": status: must say what the area is`);
  });
});
