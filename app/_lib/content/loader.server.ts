import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { compileChapterFile, type CompileCache } from './chapter-file.server';
import { parseGazetteer, type GazetteerResult } from './gazetteer';
import { noAreas, parseAreas, type AreasResult } from './areas';
import { HOUSE_STYLE_FILE, noHouseStyle, parseHouseStyle, type HouseStyleResult } from './house-style';
import { ContentError, sortProblems, type Problem } from './problems';
import type { Story } from './story-types';
import { validateStory } from './validate-story';

/*
 * The one reader of content/ and geo/: it reads the files, has each chapter compiled
 * (chapter-file.server.ts) and the whole checked (validate-story.ts), the house style
 * (content/house-style.json) included. Pages ask their questions through story.server.ts.
 */

export type { Chapter, Story } from './story-types';
export type { CompileCache } from './chapter-file.server';

export interface LoadOptions {
  /** Project root; defaults to the working directory (where `next` runs). */
  root?: string;
  contentDir?: string;
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

/**
 * Reads and validates the whole story: the gazetteer and every chapter. Throws one
 * ContentError listing every problem with its file and line.
 */
export async function loadStory(options: LoadOptions = {}): Promise<Story> {
  const root = options.root ?? process.cwd();
  const contentDir = options.contentDir ?? path.join(root, 'content');
  const gazetteerFile = options.gazetteerFile ?? path.join(root, 'geo', 'places.json');
  const includeDrafts = options.includeDrafts ?? process.env.NODE_ENV !== 'production';

  const gazetteer = await loadGazetteer(gazetteerFile, root);
  const areas = await loadAreas(options.areasFile ?? path.join(root, 'geo', 'areas.json'), root);
  const houseStyle = await loadHouseStyle(options.houseStyleFile ?? path.join(root, HOUSE_STYLE_FILE), root);
  const files = (await readdir(/*turbopackIgnore: true*/ contentDir)).filter((name) => name.endsWith('.mdx')).sort();

  // Compiled one at a time: esbuild is fast, and bundles run side by side only compete for the CPU.
  const compiled = [];
  for (const name of files) {
    const file = path.join(/*turbopackIgnore: true*/ contentDir, name);
    compiled.push(await compileChapterFile(file, relative(root, file), options.compileCache));
  }

  const { story, problems, skippedDrafts } = validateStory(gazetteer, compiled, { includeDrafts, draftProblems: options.draftProblems }, areas, houseStyle);
  for (const draft of skippedDrafts) {
    console.warn(`Draft left out of the preview (${draft.problems} problems; run npm run check): ${draft.file}`);
  }
  if (files.length === 0) problems.push({ file: relative(root, contentDir), message: 'no chapters (.mdx files) found' });
  if (problems.length > 0) throw new ContentError(sortProblems(problems));
  return story;
}
