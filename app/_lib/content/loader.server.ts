import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { compileChapterFile, type CompileCache } from './chapter-file.server';
import { parseGazetteer, type GazetteerResult } from './gazetteer';
import { noAreas, parseAreas, type AreasResult } from './areas';
import { LANGUAGE_NAMES } from './edition-names';
import { editionProblems } from './edition-parity';
import { HOUSE_STYLE_FILE, noHouseStyle, parseHouseStyle, STORY_LANGUAGE, type HouseStyleResult } from './house-style';
import { ContentError, formatProblem, sortProblems, type Problem } from './problems';
import type { Chapter, CompiledChapter, Story } from './story-types';
import { validateStory } from './validate-story';

/*
 * The one reader of content/ and geo/: it reads the files, has each chapter compiled
 * (chapter-file.server.ts) and the whole checked (validate-story.ts), the house style
 * (content/house-style.json) included. The Arabic edition (content/ar/) is read the same way,
 * in its language, and held to the English chapters (edition-parity.ts). Pages ask their
 * questions through story.server.ts.
 */

export type { Chapter, Story } from './story-types';
export type { CompileCache } from './chapter-file.server';

export interface LoadOptions {
  /** Project root; defaults to the working directory (where `next` runs). */
  root?: string;
  /** The English chapters' folder, `content/`; an edition's are in its `<language>/` subfolder. */
  contentDir?: string;
  /** The language to read: English (the default) or an edition, e.g. `ar` from `content/ar/`. */
  lang?: Language;
  gazetteerFile?: string;
  /** Outlines steps may draw; defaults to geo/areas.json. */
  areasFile?: string;
  /** Spellings and quote-only words; defaults to content/house-style.json. */
  houseStyleFile?: string;
  /** Drafts are previewed in development and left out of production builds. */
  includeDrafts?: boolean;
  /**
   * What an included draft's problems do: `fail` (npm run check) or `skip`, which leaves
   * the draft out with a warning so a half-written draft does not break a preview.
   */
  draftProblems?: 'fail' | 'skip';
  /** Reuse chapters compiled by an earlier load while their files are unchanged. */
  compileCache?: CompileCache;
}

function relative(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}

/** A JSON data file's text and value, or the problem that stops it being read. */
async function readJson(file: string, rel: string, what: string): Promise<{ raw: string; data: unknown } | { problem: Problem }> {
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (error) {
    return { problem: { file: rel, message: `cannot read ${what} (${(error as Error).message})` } };
  }
  try {
    return { raw, data: JSON.parse(raw) };
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    const line = position ? raw.slice(0, Number(position[1])).split('\n').length : undefined;
    return { problem: { file: rel, line, message: `invalid JSON: ${message}` } };
  }
}

export async function loadGazetteer(file: string, root: string): Promise<GazetteerResult> {
  const rel = relative(root, file);
  const read = await readJson(file, rel, 'the gazetteer');
  if ('problem' in read) return { gazetteer: { places: [], byId: new Map() }, problems: [read.problem], rejectedIds: null };
  return parseGazetteer(read.data, rel, read.raw);
}

/** geo/areas.json, the outlines steps may draw. */
export async function loadAreas(file: string, root: string): Promise<AreasResult> {
  const rel = relative(root, file);
  const read = await readJson(file, rel, 'the areas');
  if ('problem' in read) return { ...noAreas(), problems: [read.problem], rejectedIds: null };
  return parseAreas(read.data, rel, read.raw);
}

/** content/house-style.json: names spelled one way, words used only inside quotes, disputed places' names. */
export async function loadHouseStyle(file: string, root: string): Promise<HouseStyleResult> {
  const rel = relative(root, file);
  const read = await readJson(file, rel, 'the house style');
  if ('problem' in read) return { ...noHouseStyle(), problems: [read.problem] };
  return parseHouseStyle(read.data, rel, read.raw);
}

/** The story's languages: English, and the editions translated from it, each in `content/<language>/`. */
export const LANGUAGES = ['en', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];
/** The editions translated from the English chapters. */
export const EDITIONS = LANGUAGES.filter((language): language is Exclude<Language, 'en'> => language !== STORY_LANGUAGE);
export type Editions = Record<Language, Story>;

/** What every language reads alike: the gazetteer, the areas and the house style. */
interface SharedData {
  root: string;
  gazetteer: GazetteerResult;
  areas: AreasResult;
  houseStyle: HouseStyleResult;
}

async function readShared(options: LoadOptions): Promise<SharedData> {
  const root = options.root ?? process.cwd();
  return {
    root,
    gazetteer: await loadGazetteer(options.gazetteerFile ?? path.join(root, 'geo', 'places.json'), root),
    areas: await loadAreas(options.areasFile ?? path.join(root, 'geo', 'areas.json'), root),
    houseStyle: await loadHouseStyle(options.houseStyleFile ?? path.join(root, HOUSE_STYLE_FILE), root),
  };
}

/** One language's chapters, compiled and checked alone: `content/` for English, `content/<language>/` for an edition. */
async function readLanguage(language: Language, shared: SharedData, options: LoadOptions) {
  const { root } = shared;
  const contentDir = options.contentDir ?? path.join(root, 'content');
  const dir = language === STORY_LANGUAGE ? contentDir : path.join(/*turbopackIgnore: true*/ contentDir, language);
  const includeDrafts = options.includeDrafts ?? process.env.NODE_ENV !== 'production';
  const problems: Problem[] = [];
  let files: string[] = [];
  try {
    files = (await readdir(/*turbopackIgnore: true*/ dir)).filter((name) => name.endsWith('.mdx')).sort();
  } catch (error) {
    // The English folder is the story; a missing edition folder is a problem to report with the rest.
    if (language === STORY_LANGUAGE) throw error;
    const name = LANGUAGE_NAMES[language] ?? language;
    problems.push({ file: relative(root, dir), message: `no ${name} edition: the folder of its chapters is missing (${(error as Error).message})` });
  }

  // Compiled one at a time: esbuild is fast, and bundles run side by side only compete for the CPU.
  const compiled: CompiledChapter[] = [];
  for (const name of files) {
    const file = path.join(/*turbopackIgnore: true*/ dir, name);
    compiled.push(await compileChapterFile(file, relative(root, file), options.compileCache, language));
  }

  const validateOptions = { includeDrafts, draftProblems: options.draftProblems, language };
  const validated = validateStory(shared.gazetteer, compiled, validateOptions, shared.areas, shared.houseStyle);
  for (const draft of validated.skippedDrafts) {
    console.warn(`Draft left out of the preview (${draft.problems} problems; run npm run check): ${draft.file}`);
  }
  problems.push(...validated.problems);
  if (files.length === 0 && language === STORY_LANGUAGE) problems.push({ file: relative(root, dir), message: 'no chapters (.mdx files) found' });
  return { dir: relative(root, dir), compiled, story: validated.story, problems, includeDrafts };
}

/**
 * Reads and validates the whole story in one language: the gazetteer and every chapter.
 * English by default; `lang: 'ar'` reads the Arabic edition, which is held to the English
 * chapters (loadEditions). Throws one ContentError listing every problem with its file and line.
 */
export async function loadStory(options: LoadOptions = {}): Promise<Story> {
  const language = options.lang ?? STORY_LANGUAGE;
  if (language !== STORY_LANGUAGE) return (await loadEditions(options))[language];
  const english = await readLanguage(STORY_LANGUAGE, await readShared(options), options);
  if (english.problems.length > 0) throw new ContentError(sortProblems(english.problems));
  return english.story;
}

/**
 * The English story and every edition, each edition checked as the English is and held to the
 * English chapters step for step (edition-parity.ts). Throws one ContentError listing every
 * problem of every language, each once.
 */
export async function loadEditions(options: Omit<LoadOptions, 'lang'> = {}): Promise<Editions> {
  const shared = await readShared(options);
  const english = await readLanguage(STORY_LANGUAGE, shared, options);
  const problems = [...english.problems];
  const editions = { en: english.story } as Editions;
  for (const language of EDITIONS) {
    const edition = await readLanguage(language, shared, options);
    const parity = editionProblems(english.compiled, edition.compiled, { language, dir: edition.dir, includeDrafts: edition.includeDrafts });
    editions[language] = { ...edition.story, chapters: withoutSkippedDrafts(edition.story.chapters, parity, options) };
    problems.push(...edition.problems, ...parity.filter((p) => !skipped(p, edition.story.chapters, options)));
  }
  // The gazetteer, areas and house style are read by every language: report their problems once.
  const unique = [...new Map(problems.map((problem) => [formatProblem(problem), problem])).values()];
  if (unique.length > 0) throw new ContentError(sortProblems(unique));
  return editions;
}

/** In a preview (`draftProblems: 'skip'`), a draft translation that does not match its English is left out, as a broken draft is. */
function skipped(problem: Problem, chapters: readonly Chapter[], options: LoadOptions): boolean {
  return options.draftProblems === 'skip' && chapters.some((chapter) => chapter.draft && chapter.file === problem.file);
}

function withoutSkippedDrafts(chapters: Chapter[], parity: readonly Problem[], options: LoadOptions): Chapter[] {
  if (options.draftProblems !== 'skip') return chapters;
  return chapters.filter((chapter) => {
    const count = parity.filter((p) => p.file === chapter.file).length;
    if (chapter.draft && count) console.warn(`Draft left out of the preview (${count} problems; run npm run check): ${chapter.file}`);
    return !(chapter.draft && count);
  });
}
