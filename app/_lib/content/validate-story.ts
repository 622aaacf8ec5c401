import { noAreas, type AreasResult } from './areas';
import { cameraForStep, isRegional, REGIONAL_ZOOM } from './step-camera';
import type { GazetteerResult } from './gazetteer';
import { missingNameProblems, translated } from './edition-names';
import { noHouseStyle, STORY_LANGUAGE, styleProblems, styleRules, type HouseStyleResult, type StyleRule } from './house-style';
import { closest, sortProblems, type Problem } from './problems';
import { routeKey } from './connections';
import { ATTRIBUTE_TEXT_NAMES, type Chapter, type CompiledChapter, type StepMeta, type Story } from './story-types';

/*
 * The rules that need more than one file: places, connections and annotations against the
 * gazetteer, areas against geo/areas.json, a chapter's
 * `places:` list against its steps, slugs and step ids across chapters, and the house style
 * (content/house-style.json) over every chapter's text and the gazetteer's, in the chapters'
 * language; an edition's places need their names in it. Pure, so they are tested on chapters
 * built by hand.
 */

export interface ValidateOptions {
  /** Drafts are previewed in development and left out of production builds. */
  includeDrafts: boolean;
  /**
   * What an included draft's problems do: `fail` (npm run check) or `skip`, which leaves
   * the draft out so a half-written draft does not break a preview.
   */
  draftProblems?: 'fail' | 'skip';
  /**
   * The chapters' language: the house style is applied in it, and an edition other than the
   * English one needs the gazetteer's names in it. English by default.
   */
  language?: string;
}

export interface Validated {
  /** The story, meaningful only when there are no problems. */
  story: Story;
  /** Every problem, the gazetteer's included, sorted by file and line. */
  problems: Problem[];
  /** Drafts left out of a preview because of their problems, with how many they have. */
  skippedDrafts: Array<{ file: string; problems: number }>;
}

/** A step's connections, annotations and areas against the gazetteer, geo/areas.json and the step's own places. */
function layerProblems(step: StepMeta, file: string, isUnknown: (id: string) => boolean, unknownPlace: (id: string) => string, areas: AreasResult): Problem[] {
  const problems: Problem[] = [];
  const report = (message: string) => problems.push({ file, line: step.line, message: `step "${step.id}": ${message}` });
  // The ends of a connection and an annotation's place must be among the step's places, so the
  // camera frames them and the text that names them binds them.
  const checkEnd = (what: string, id: string) => {
    if (isUnknown(id)) report(`${what}: ${unknownPlace(id)}`);
    else if (!step.places.includes(id)) report(`${what}: "${id}" is not one of the step's places; add it to place/places`);
  };
  const seen = new Set<string>();
  for (const route of step.routes) {
    const key = routeKey(route);
    if (seen.has(key)) report(`route "${key}" is listed twice`);
    seen.add(key);
    checkEnd(`route "${key}"`, route.from);
    checkEnd(`route "${key}"`, route.to);
  }
  for (const annotation of step.annotations) {
    if ('place' in annotation) checkEnd(`annotation "${annotation.text}"`, annotation.place);
  }
  for (const id of step.areas) {
    if (areas.rejectedIds === null || areas.areas.byId.has(id) || areas.rejectedIds.has(id)) continue;
    const hint = closest(id, areas.areas.byId.keys());
    report(`unknown area "${id}"${hint ? ` (did you mean "${hint}"?)` : ''}: add its outline, with its source, to geo/areas.json or fix the id`);
  }
  return problems;
}

/** The house style over what a reader reads of a chapter: frontmatter, text, map text, context sources. */
function chapterStyleProblems({ file, lines, frontmatter, body }: CompiledChapter, rules: readonly StyleRule[]): Problem[] {
  if (rules.length === 0) return [];
  const problems: Problem[] = [];
  if (frontmatter) {
    problems.push(
      ...styleProblems({ text: frontmatter.title, file, line: lines.title, where: 'title' }, rules),
      ...styleProblems({ text: frontmatter.dek, file, line: lines.dek, where: 'dek' }, rules),
      ...styleProblems({ text: frontmatter.source.note, file, line: lines.note, where: 'source.note' }, rules),
    );
  }
  for (const step of body?.steps ?? []) {
    // A context note is the desk's own words, so it is held to the house style like the retelling.
    for (const block of step.blocks) problems.push(...styleProblems({ text: block.text, file, line: block.line, where: `step "${step.id}"` }, rules));
    for (const { kind, text, line } of step.attributeTexts) {
      problems.push(...styleProblems({ text, file, line, where: `step "${step.id}" ${ATTRIBUTE_TEXT_NAMES[kind]}` }, rules));
    }
  }
  return problems;
}

/**
 * The house style over the gazetteer's reader-facing text in the language's fields; aliases
 * are how articles write a name, and stay. A `source` stays in its own language, so only the
 * English check reads it.
 */
function gazetteerStyleProblems({ gazetteer, located }: GazetteerResult, rules: readonly StyleRule[], language: string): Problem[] {
  if (!located || rules.length === 0) return [];
  return gazetteer.places.flatMap((place) => {
    const fields: Array<[field: string, text: string | undefined]> =
      language === STORY_LANGUAGE
        ? [['name', place.name], ['context', place.context], ['source', place.source]]
        : [[`${language}.name`, translated(place, language)?.name], [`${language}.context`, translated(place, language)?.context]];
    return fields.flatMap(([field, text]) => {
      if (text === undefined) return [];
      return styleProblems({ text, file: located.file, line: located.lineOf(place.id, field), where: `place "${place.id}" ${field}` }, rules);
    });
  });
}

/** Problems of one chapter against the gazetteer, added to the ones found compiling it. */
function chapterProblems(compiled: CompiledChapter, { gazetteer, rejectedIds }: GazetteerResult, areas: AreasResult, rules: readonly StyleRule[]): Problem[] {
  const { file, lines, declaredPlaces, body } = compiled;
  // A broken gazetteer is reported on its own; do not bury that under follow-on errors.
  const isUnknown = (id: string) => rejectedIds !== null && !gazetteer.byId.has(id) && !rejectedIds.has(id);
  const unknownPlace = (id: string) => {
    const hint = closest(id, gazetteer.byId.keys());
    return `unknown place "${id}"${hint ? ` (did you mean "${hint}"?)` : ''}: add it to geo/places.json or fix the id`;
  };

  const problems = [...compiled.problems.frontmatter];
  const declared = new Set(declaredPlaces);
  for (const id of declared) {
    if (isUnknown(id)) problems.push({ file, line: lines.places, message: `places: ${unknownPlace(id)}` });
  }
  problems.push(...compiled.problems.body);
  problems.push(...chapterStyleProblems(compiled, rules));
  if (!body) return problems;

  if (body.steps.length === 0 && !problems.some((p) => p.message.startsWith('<Step'))) {
    problems.push({ file, line: lines.frontmatterEnd, message: 'the chapter has no <Step>: a chapter needs at least one step' });
  }
  const used = new Set<string>();
  for (const step of body.steps) {
    const duplicatePlace = step.places.find((id, i) => step.places.indexOf(id) !== i);
    if (duplicatePlace) problems.push({ file, line: step.line, message: `step "${step.id}" lists place "${duplicatePlace}" twice` });
    for (const id of step.places) {
      used.add(id);
      if (isUnknown(id)) problems.push({ file, line: step.line, message: `step "${step.id}": ${unknownPlace(id)}` });
    }
    for (const id of step.camera.frame ?? []) {
      used.add(id);
      if (isUnknown(id)) problems.push({ file, line: step.line, message: `step "${step.id}" frame: ${unknownPlace(id)}` });
      else if (step.places.includes(id)) {
        problems.push({ file, line: step.line, message: `step "${step.id}" frame: "${id}" is already one of the step's places` });
      }
    }
    problems.push(...layerProblems(step, file, isUnknown, unknownPlace, areas));
  }
  const opening = body.steps[0];
  const resolvable = (step: StepMeta) => [...step.places, ...(step.camera.frame ?? [])].every((id) => gazetteer.byId.has(id));
  if (opening && resolvable(opening) && !isRegional(cameraForStep(opening, gazetteer.byId))) {
    problems.push({
      file,
      line: opening.line,
      message:
        `step "${opening.id}" opens the chapter on a close-up: set the scene at regional scale first, ` +
        `with frame={[…]} around it or a zoom below ${REGIONAL_ZOOM}`,
    });
  }

  if (compiled.frontmatter) {
    for (const id of declared) {
      if (!isUnknown(id) && !used.has(id)) problems.push({ file, line: lines.places, message: `places: "${id}" is listed but no step uses it` });
    }
    for (const id of used) {
      if (declared.has(id) || isUnknown(id)) continue;
      problems.push({ file, line: lines.places, message: `places: "${id}" is used by a step but missing from the list` });
    }
  }
  return problems;
}

/** Slugs and step ids are URLs: each may be used once in the whole story. */
function duplicateProblems(chapters: Array<{ chapter: Chapter; slugLine: number }>): Problem[] {
  const problems: Problem[] = [];
  const slugs = new Map<string, string>();
  const stepIds = new Map<string, string>();
  for (const { chapter, slugLine } of chapters) {
    const other = slugs.get(chapter.slug);
    if (other) problems.push({ file: chapter.file, line: slugLine, message: `duplicate slug "${chapter.slug}" (also used by ${other})` });
    slugs.set(chapter.slug, chapter.file);
    for (const step of chapter.steps) {
      const owner = stepIds.get(step.id);
      if (owner) problems.push({ file: chapter.file, line: step.line, message: `duplicate step id "${step.id}" (also used at ${owner})` });
      stepIds.set(step.id, `${chapter.file}:${step.line}`);
    }
  }
  return problems;
}

/**
 * Checks compiled chapters against the gazetteer, the house style and each other, and
 * assembles the story in reading order.
 * @example validateStory(parseGazetteer(places, 'geo/places.json'), [compiled], { includeDrafts: false }).problems // []
 */
export function validateStory(
  gazetteer: GazetteerResult,
  compiled: readonly CompiledChapter[],
  options: ValidateOptions,
  areas: AreasResult = noAreas(),
  houseStyle: HouseStyleResult = noHouseStyle(),
): Validated {
  const language = options.language ?? STORY_LANGUAGE;
  const rules = styleRules(houseStyle.style, language);
  const problems = [...gazetteer.problems, ...areas.problems, ...houseStyle.problems, ...gazetteerStyleProblems(gazetteer, rules, language)];
  const skippedDrafts: Validated['skippedDrafts'] = [];
  const accepted: Array<{ chapter: Chapter; slugLine: number }> = [];
  for (const entry of compiled) {
    if (entry.draft && !options.includeDrafts) continue;
    const own = chapterProblems(entry, gazetteer, areas, rules);
    if (entry.draft && own.length && options.draftProblems === 'skip') {
      skippedDrafts.push({ file: entry.file, problems: own.length });
      continue;
    }
    problems.push(...own);
    if (own.length || !entry.frontmatter || !entry.body) continue;
    const { draft: _declared, ...meta } = entry.frontmatter;
    accepted.push({ chapter: { ...meta, draft: entry.draft, file: entry.file, steps: entry.body.steps, code: entry.body.code }, slugLine: entry.lines.slug });
  }
  problems.push(...duplicateProblems(accepted));
  if (language !== STORY_LANGUAGE) {
    const shown = compiled.filter((entry) => !(entry.draft && !options.includeDrafts) && !skippedDrafts.some((d) => d.file === entry.file));
    problems.push(...missingNameProblems(gazetteer, shown, language));
  }

  const chapters = accepted.map(({ chapter }) => chapter);
  chapters.sort((a, b) => a.dates.start.localeCompare(b.dates.start) || a.slug.localeCompare(b.slug));
  return { story: { chapters, gazetteer: gazetteer.gazetteer, areas: areas.areas }, problems: sortProblems(problems), skippedDrafts };
}
