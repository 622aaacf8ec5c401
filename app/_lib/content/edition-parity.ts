import { LANGUAGE_NAMES } from './edition-names';
import type { Problem } from './problems';
import type { CompiledChapter, Route, StepMeta } from './story-types';
import { ATTRIBUTE_TEXT_NAMES } from './story-types';
import { numbersIn } from './text-numbers';

/*
 * An edition (content/ar/) against the English chapters it translates: the same chapters,
 * steps, places, connections, keys, callouts, areas, camera and context notes, and no number
 * or date the English does not give. Words are not compared: that is the translator's work.
 * Pure, so it is tested on chapters built by hand.
 */

export interface EditionOptions {
  /** The edition's language code, e.g. `ar`. */
  language: string;
  /** The edition's folder, project-relative (`content/ar`), where a missing translation belongs. */
  dir: string;
  /** As for the English: a draft is compared in `npm run check` and left out of production. */
  includeDrafts: boolean;
}

/** The files a step's problems name: the translation's, and the English one it is held to. */
export interface StepFiles {
  english: string;
  edition: string;
}

/** A connection's ends, whatever its direction: what the translation must keep. */
const ends = (route: Route) => `${route.from}>${route.to}`;
const baseName = (file: string) => file.slice(file.lastIndexOf('/') + 1);
const ordinal = (steps: readonly StepMeta[], id: string) => steps.findIndex((s) => s.id === id) + 1;

/** What one list has that the other has not, each once, in the order of its list. */
function difference(a: readonly string[], b: readonly string[]): string[] {
  const rest = [...b];
  return a.filter((item) => {
    const i = rest.indexOf(item);
    if (i < 0) return true;
    rest.splice(i, 1);
    return false;
  });
}

/** The step's structure as comparable lists, one per kind of thing the map or the text declares. */
function structure(step: StepMeta): Array<[kind: string, items: string[]]> {
  const quote = (id: string) => `"${id}"`;
  return [
    ['place', step.places.map(quote)],
    ['frame place', (step.camera.frame ?? []).map(quote)],
    ['country', step.countries.map(quote)],
    // A key line by what it colours or hatches: its label is the translator's.
    ['key line for', step.legend.map((entry) => [...(entry.countries ?? []), ...(entry.areas ?? [])].sort().map(quote).join(', '))],
    // A connection by its ends, from>to; its direction and label are compared apart.
    ['connection', step.routes.map((route) => quote(ends(route)))],
    ['callout at', step.annotations.map((a) => ('place' in a ? quote(a.place) : `[${a.at.join(', ')}]`))],
    ['area', step.areas.map(quote)],
    // A context note's source stays in its own language, so a reader can find it.
    ['context note from', step.attributeTexts.filter((t) => t.kind === 'context-source').map((t) => quote(t.text))],
  ];
}

/** Numbers and months of a set of texts, each value once. */
const valuesOf = (texts: readonly string[]) => new Set(texts.flatMap((text) => numbersIn(text).map((n) => n.value)));

/** What a number found in a translation reads as, in a message. */
const reading = (value: string) => (value.startsWith('month:') ? `month ${value.slice(6)}` : value);

/** Numbers in `text` that `known` does not hold, each value once, at its own line. */
function extraNumbers(text: string, line: number, known: Set<string>, seen: Set<string>): Array<{ line: number; text: string; value: string }> {
  return numbersIn(text).flatMap((found) => {
    if (known.has(found.value) || seen.has(found.value)) return [];
    seen.add(found.value);
    return [{ line: line + (text.slice(0, found.index).match(/\n/g)?.length ?? 0), text: found.text, value: found.value }];
  });
}

/**
 * One step of a translation against the same step in English: what it lacks or adds, and
 * the numbers and dates the English step does not give. Problems are at the translation's lines.
 */
export function stepParityProblems(english: StepMeta, edition: StepMeta, files: StepFiles): Problem[] {
  const problems: Problem[] = [];
  const at = `${files.english}:${english.line}`;
  const report = (message: string, line = edition.line) => problems.push({ file: files.edition, line, message: `step "${edition.id}": ${message}` });

  for (const [kind, theirs] of structure(english)) {
    const ours = structure(edition).find(([k]) => k === kind)![1];
    for (const item of difference(theirs, ours)) report(`lacks ${kind} ${item} of ${at}`);
    for (const item of difference(ours, theirs)) report(`adds ${kind} ${item}, which ${at} does not have`);
  }
  for (const route of edition.routes) {
    const original = english.routes.find((r) => ends(r) === ends(route));
    if (!original) continue;
    const key = `"${ends(route)}"`;
    if (original.directed !== route.directed) report(`connection ${key} is ${original.directed ? 'directed' : 'not directed'} in ${at}, not here`);
    if (Boolean(original.label) !== Boolean(route.label)) {
      report(`connection ${key} ${original.label ? `has a label in ${at}, none here` : `has a label here, none in ${at}`}`);
    }
  }
  for (const field of ['zoom', 'pitch', 'bearing'] as const) {
    const theirs = english.camera[field];
    const ours = edition.camera[field];
    if (theirs !== ours) report(`${field} is ${ours ?? 'unset'} here, ${theirs ?? 'unset'} in ${at}`);
  }

  // Numbers anywhere in the English step count: a figure the map gives may be in the text of the translation.
  const known = valuesOf([...english.blocks.map((b) => b.text), ...english.attributeTexts.map((t) => t.text)]);
  const seen = new Set<string>();
  const given = `, which the English step (${at}) does not give`;
  for (const block of edition.blocks) {
    for (const extra of extraNumbers(block.text, block.line, known, seen)) report(`"${extra.text}" reads ${reading(extra.value)}${given}`, extra.line);
  }
  for (const text of edition.attributeTexts) {
    for (const extra of extraNumbers(text.text, text.line, known, seen)) {
      const message = `step "${edition.id}" ${ATTRIBUTE_TEXT_NAMES[text.kind]}: "${extra.text}" reads ${reading(extra.value)}${given}`;
      problems.push({ file: files.edition, line: extra.line, message });
    }
  }
  return problems;
}

/** The frontmatter a translation keeps as it is, and the numbers of its translated fields. */
function frontmatterProblems(english: CompiledChapter, edition: CompiledChapter): Problem[] {
  const en = english.frontmatter;
  const ed = edition.frontmatter;
  if (!en || !ed) return [];
  const problems: Problem[] = [];
  const file = edition.file;
  const same = (field: string, ours: string | undefined, theirs: string | undefined, line: number) => {
    const shown = (value: string | undefined) => (value === undefined ? 'unset' : `"${value}"`);
    if (ours !== theirs) problems.push({ file, line, message: `${field}: ${shown(ours)} here, ${shown(theirs)} in ${english.file}` });
  };
  same('slug', ed.slug, en.slug, edition.lines.slug);
  same('dates.start', ed.dates.start, en.dates.start, edition.lines.dates ?? edition.lines.slug);
  same('dates.end', ed.dates.end, en.dates.end, edition.lines.dates ?? edition.lines.slug);
  if ((ed.source.outlet === null) !== (en.source.outlet === null)) {
    const message = `source.outlet: ${ed.source.outlet === null ? 'names none here, an outlet' : 'names an outlet here, none'} in ${english.file}`;
    problems.push({ file, line: edition.lines.outlet ?? edition.lines.note, message });
  }
  same('source.file', ed.source.file, en.source.file, edition.lines.sourceFile ?? edition.lines.note);
  const line = edition.lines.places;
  for (const id of difference(en.places, ed.places)) problems.push({ file, line, message: `places: lacks "${id}" of ${english.file}` });
  for (const id of difference(ed.places, en.places)) problems.push({ file, line, message: `places: adds "${id}", which ${english.file} does not list` });

  const known = valuesOf([en.title, en.dek, en.source.note]);
  const seen = new Set<string>();
  const translatedFields = [
    ['title', ed.title, edition.lines.title],
    ['dek', ed.dek, edition.lines.dek],
    ['source.note', ed.source.note, edition.lines.note],
  ] as const;
  for (const [field, text, at] of translatedFields) {
    for (const extra of extraNumbers(text, at, known, seen)) {
      const message = `${field}: "${extra.text}" reads ${reading(extra.value)}, which the English title, dek and source note (${english.file}) do not give`;
      problems.push({ file, line: extra.line, message });
    }
  }
  return problems;
}

/** A translated chapter against its English one: frontmatter, then steps in order. */
function chapterParityProblems(english: CompiledChapter, edition: CompiledChapter, options: EditionOptions): Problem[] {
  const problems = frontmatterProblems(english, edition);
  const theirs = english.body?.steps;
  const ours = edition.body?.steps;
  // A chapter that does not compile is reported on its own.
  if (!theirs || !ours) return problems;
  const language = LANGUAGE_NAMES[options.language] ?? options.language;
  const files = { english: english.file, edition: edition.file };
  const common = ours.filter((step) => theirs.some((s) => s.id === step.id));
  const commonTheirs = theirs.filter((step) => ours.some((s) => s.id === step.id));
  // The first step out of place, once: the ones after it would only repeat it.
  const moved = common.find((step, i) => commonTheirs[i]?.id !== step.id);
  if (moved) {
    const message = `step "${moved.id}" is step ${ordinal(ours, moved.id)} here but step ${ordinal(theirs, moved.id)} in ${english.file}`;
    problems.push({ file: edition.file, line: moved.line, message });
  }
  for (const step of ours) {
    const original = theirs.find((s) => s.id === step.id);
    if (original) problems.push(...stepParityProblems(original, step, files));
    else problems.push({ file: edition.file, line: step.line, message: `step "${step.id}" is not in ${english.file}: a translation adds no step` });
  }
  for (const step of theirs) {
    if (!ours.some((s) => s.id === step.id)) {
      problems.push({ file: english.file, line: step.line, message: `step "${step.id}" has no ${language} translation in ${edition.file}` });
    }
  }
  return problems;
}

/**
 * An edition's chapters against the English ones, paired by file name (`content/ar/x.mdx`
 * translates `content/x.mdx`). Every published English chapter needs a translation, which
 * may be a draft; a draft is left out of production, as an English draft is.
 * @example editionProblems(english, arabic, { language: 'ar', dir: 'content/ar', includeDrafts: false }) // []
 */
export function editionProblems(english: readonly CompiledChapter[], edition: readonly CompiledChapter[], options: EditionOptions): Problem[] {
  const language = LANGUAGE_NAMES[options.language] ?? options.language;
  const problems: Problem[] = [];
  const byName = new Map(english.map((chapter) => [baseName(chapter.file), chapter]));
  const paired = new Set<string>();
  for (const chapter of edition) {
    const name = baseName(chapter.file);
    paired.add(name);
    const original = byName.get(name);
    const englishFile = english[0] ? `${english[0].file.slice(0, english[0].file.lastIndexOf('/') + 1)}${name}` : name;
    if (!original) {
      problems.push({ file: chapter.file, line: chapter.lines.slug, message: `no English chapter ${englishFile}: an ${language} chapter translates one` });
      continue;
    }
    if (original.draft && !chapter.draft) {
      const message = `${original.file} is a draft: mark this translation draft: true too, or it is published without its English chapter`;
      problems.push({ file: chapter.file, line: chapter.lines.slug, message });
      continue;
    }
    if ((chapter.draft || original.draft) && !options.includeDrafts) continue;
    problems.push(...chapterParityProblems(original, chapter, options));
  }
  for (const chapter of english) {
    if (chapter.draft || paired.has(baseName(chapter.file))) continue;
    const message =
      `no ${language} chapter: add ${options.dir}/${baseName(chapter.file)}, translated from this one ` +
      '(draft: true keeps it out of the edition until it is finished)';
    problems.push({ file: chapter.file, line: chapter.lines.slug, message });
  }
  return problems;
}
