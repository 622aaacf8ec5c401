import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { bundleMDX } from 'mdx-bundler';
import { parseGazetteer, type Gazetteer, type GazetteerResult } from './gazetteer';
import { collectSteps, type StepSink } from './mdx-steps';
import { readFrontmatter } from './frontmatter';
import { closest, ContentError, describeIssue, lineOf, type Problem } from './problems';
import { chapterPlacesSchema, frontmatterSchema, type Frontmatter, type StepMeta } from './schema';

/** A validated, compiled chapter. */
export interface Chapter extends Omit<Frontmatter, 'draft'> {
  draft: boolean;
  /** Project-relative path of the source file. */
  file: string;
  steps: StepMeta[];
  /** MDX compiled by mdx-bundler; evaluated only on the server. */
  code: string;
}

export interface Story {
  chapters: Chapter[];
  gazetteer: Gazetteer;
}

export interface LoadOptions {
  /** Project root; defaults to the working directory (where `next` runs). */
  root?: string;
  contentDir?: string;
  gazetteerFile?: string;
  /** Drafts are previewed in development and left out of production builds. */
  includeDrafts?: boolean;
  /**
   * What an included draft's problems do: `fail` (npm run check) or `skip`, which leaves
   * the draft out with a warning so a half-written draft does not break a preview.
   */
  draftProblems?: 'fail' | 'skip';
}

function relative(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}

export async function loadGazetteer(file: string, root: string): Promise<GazetteerResult> {
  const rel = relative(root, file);
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (error) {
    return { gazetteer: { places: [], byId: new Map() }, problems: [{ file: rel, message: `cannot read the gazetteer (${(error as Error).message})` }], rejectedIds: null };
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    const line = position ? raw.slice(0, Number(position[1])).split('\n').length : undefined;
    return { gazetteer: { places: [], byId: new Map() }, problems: [{ file: rel, line, message: `invalid JSON: ${message}` }], rejectedIds: null };
  }
  return parseGazetteer(data, rel, raw);
}

interface EsbuildMessage {
  text: string;
  location?: { file: string; line: number; column: number } | null;
}

function compileProblems(error: unknown, rel: string): Problem[] {
  const failure = error as { errors?: EsbuildMessage[]; message?: string };
  if (Array.isArray(failure.errors) && failure.errors.length > 0) {
    return failure.errors.map((e) => ({
      file: rel,
      line: e.location?.line,
      // @mdx-js/esbuild repeats the location the message already carries; keep the reason only.
      message: `MDX does not compile: ${e.text.replace(/^Cannot process MDX file with esbuild:\s*/, '').replace(/^\d+:\d+(-\d+:\d+)?:\s*/, '')}`,
    }));
  }
  return [{ file: rel, message: `MDX does not compile: ${failure.message ?? String(error)}` }];
}

interface Compiled {
  chapter?: Chapter;
  problems: Problem[];
  /** Read from the raw frontmatter, so known even when the chapter does not compile. */
  draft: boolean;
  /** Line of the `slug:` key, for duplicate-slug reports. */
  slugLine?: number;
}

async function compileChapter(file: string, root: string, { gazetteer, rejectedIds }: GazetteerResult): Promise<Compiled> {
  const rel = relative(root, file);
  // Read at build time only (pages are static), so the server output need not trace it.
  const raw = await readFile(/*turbopackIgnore: true*/ file, 'utf8');
  const frontmatter = readFrontmatter(raw, rel);
  const { draft } = frontmatter;
  // A TODO is unfinished work: chapter:new leaves them for the author.
  const todos: Problem[] = raw.split(/\r\n?|\n/).flatMap((text, i) => (/\bTODO\b/.test(text) ? [{ file: rel, line: i + 1, message: `TODO left: ${text.trim().slice(0, 100)}` }] : []));

  // The frontmatter is checked before the body compiles, so a body that fails to compile
  // does not hide a bad date or an unknown place in `places:`.
  const problems: Problem[] = [...frontmatter.problems];
  const parsed = frontmatter.problems.length ? undefined : frontmatterSchema.safeParse(frontmatter.data ?? {});
  if (parsed && !parsed.success) {
    for (const issue of parsed.error.issues) {
      problems.push({ file: rel, line: frontmatter.lineOf(issue.path), message: describeIssue(issue, 'frontmatter') });
    }
  }
  const placesLine = frontmatter.lineOf(['places']);
  // A broken gazetteer is reported on its own; do not bury that under follow-on errors.
  const isUnknown = (id: string) => rejectedIds !== null && !gazetteer.byId.has(id) && !rejectedIds.has(id);
  const unknownPlace = (id: string) => {
    const hint = closest(id, gazetteer.byId.keys());
    return `unknown place "${id}"${hint ? ` (did you mean "${hint}"?)` : ''}: add it to geo/places.json or fix the id`;
  };
  // Checked even when other fields are wrong, so one run reports every problem.
  const listed = chapterPlacesSchema.safeParse((frontmatter.data as { places?: unknown } | undefined)?.places);
  const declared = new Set(listed.success ? listed.data : []);
  for (const id of declared) {
    if (isUnknown(id)) problems.push({ file: rel, line: placesLine, message: `places: ${unknownPlace(id)}` });
  }

  const sink: StepSink = { steps: [], problems: [] };
  let result;
  try {
    result = await bundleMDX<Record<string, unknown>>({
      // Our own YAML reader parsed the frontmatter; the body keeps the file's line numbers.
      source: frontmatter.body,
      cwd: path.dirname(file),
      mdxOptions(options) {
        options.remarkPlugins = [...(options.remarkPlugins ?? []), collectSteps(sink, rel)];
        return options;
      },
      esbuildOptions(options) {
        // Failures are reported as problems with file and line; esbuild's own log would repeat them.
        options.logLevel = 'silent';
        return options;
      },
    });
  } catch (error) {
    return { problems: [...problems, ...compileProblems(error, rel), ...sink.problems, ...todos], draft };
  }
  problems.push(...sink.problems, ...todos);

  const steps: StepMeta[] = sink.steps.map(({ props, text, blocks, line }) => ({
    id: props.id,
    chapter: parsed?.success ? parsed.data.slug : '',
    places: props.places ?? (props.place ? [props.place] : []),
    countries: props.countries ?? [],
    camera: { zoom: props.zoom, pitch: props.pitch, bearing: props.bearing },
    text,
    blocks,
    line,
  }));

  if (steps.length === 0 && !problems.some((p) => p.message.startsWith('<Step'))) {
    problems.push({ file: rel, line: lineOf(raw, /^---\s*$/, 2), message: 'the chapter has no <Step>: a chapter needs at least one step' });
  }
  const used = new Set<string>();
  for (const step of steps) {
    const duplicatePlace = step.places.find((id, i) => step.places.indexOf(id) !== i);
    if (duplicatePlace) problems.push({ file: rel, line: step.line, message: `step "${step.id}" lists place "${duplicatePlace}" twice` });
    for (const id of step.places) {
      used.add(id);
      if (isUnknown(id)) problems.push({ file: rel, line: step.line, message: `step "${step.id}": ${unknownPlace(id)}` });
    }
  }

  if (parsed?.success) {
    for (const id of declared) {
      if (!isUnknown(id) && !used.has(id)) problems.push({ file: rel, line: placesLine, message: `places: "${id}" is listed but no step uses it` });
    }
    for (const id of used) {
      if (!declared.has(id) && !isUnknown(id)) problems.push({ file: rel, line: placesLine, message: `places: "${id}" is used by a step but missing from the list` });
    }
  }

  if (problems.length > 0 || !parsed?.success) return { problems, draft };
  const { draft: _declared, ...meta } = parsed.data;
  return { chapter: { ...meta, draft, file: rel, steps, code: result.code }, problems, draft, slugLine: frontmatter.lineOf(['slug']) };
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

  const gazetteerResult = await loadGazetteer(gazetteerFile, root);
  const { gazetteer } = gazetteerResult;
  const problems = [...gazetteerResult.problems];
  const files = (await readdir(/*turbopackIgnore: true*/ contentDir)).filter((name) => name.endsWith('.mdx')).sort();
  if (files.length === 0) problems.push({ file: relative(root, contentDir), message: 'no chapters (.mdx files) found' });

  // Compiled one at a time: esbuild is fast, and parallel bundles only contend for 2 cores.
  const compiled: Compiled[] = [];
  for (const name of files) {
    const file = path.join(/*turbopackIgnore: true*/ contentDir, name);
    const result = await compileChapter(file, root, gazetteerResult);
    if (result.draft && !includeDrafts) continue;
    if (result.draft && result.problems.length && options.draftProblems === 'skip') {
      console.warn(`Draft left out of the preview (${result.problems.length} problems; run npm run check): ${relative(root, file)}`);
      continue;
    }
    compiled.push(result);
    problems.push(...result.problems);
  }

  const slugs = new Map<string, string>();
  const stepIds = new Map<string, string>();
  const chapters: Chapter[] = [];
  for (const { chapter, slugLine } of compiled) {
    if (!chapter) continue;
    chapters.push(chapter);
    const other = slugs.get(chapter.slug);
    if (other) problems.push({ file: chapter.file, line: slugLine, message: `duplicate slug "${chapter.slug}" (also used by ${other})` });
    slugs.set(chapter.slug, chapter.file);
    for (const step of chapter.steps) {
      const owner = stepIds.get(step.id);
      if (owner) problems.push({ file: chapter.file, line: step.line, message: `duplicate step id "${step.id}" (also used at ${owner})` });
      stepIds.set(step.id, `${chapter.file}:${step.line}`);
    }
  }

  if (problems.length > 0) {
    problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
    throw new ContentError(problems);
  }

  const visible = [...chapters];
  visible.sort((a, b) => a.dates.start.localeCompare(b.dates.start) || a.slug.localeCompare(b.slug));
  return { chapters: visible, gazetteer };
}

let cached: Promise<Story> | undefined;

/** The site's story, loaded once per server process (every time in development, so edits show). */
export function getStory(): Promise<Story> {
  if (process.env.NODE_ENV === 'development') return loadStory({ includeDrafts: true, draftProblems: 'skip' });
  cached ??= loadStory();
  return cached;
}

export async function getChapter(slug: string): Promise<Chapter | undefined> {
  const { chapters } = await getStory();
  return chapters.find((chapter) => chapter.slug === slug);
}
