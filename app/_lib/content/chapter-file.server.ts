import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { bundleMDX } from 'mdx-bundler';
import { readFrontmatter } from './frontmatter';
import { collectSteps, type StepSink } from './mdx-steps';
import { describeIssue, lineOf, type Problem } from './problems';
import { toRoutes } from './connections';
import { chapterPlacesSchema, frontmatterSchema } from './schema';
import type { CompiledChapter, StepMeta } from './story-types';

/*
 * Reads and compiles one chapter file: its frontmatter, its MDX and its <Step> elements.
 * Everything here depends on the file's text alone, which is what lets a compiled chapter
 * be reused while the file is unchanged.
 */

/**
 * Compiled chapters by absolute path, with the text they were compiled from. It holds the
 * compilation's promise, so loads that overlap (a page and its static params) compile once.
 */
export type CompileCache = Map<string, { source: string; file: string; language: string; chapter: Promise<CompiledChapter> }>;

/** The story's own language; a chapter in any other is a translation of an English one. */
const ENGLISH = 'en';

interface EsbuildMessage {
  text: string;
  location?: { file: string; line: number; column: number } | null;
}

/** esbuild's failure as problems at the file's lines. */
export function compileProblems(error: unknown, file: string): Problem[] {
  const failure = error as { errors?: EsbuildMessage[]; message?: string };
  if (Array.isArray(failure.errors) && failure.errors.length > 0) {
    return failure.errors.map((e) => ({
      file,
      line: e.location?.line,
      // @mdx-js/esbuild repeats the location the message already carries; keep the reason only.
      message: `MDX does not compile: ${e.text.replace(/^Cannot process MDX file with esbuild:\s*/, '').replace(/^\d+:\d+(-\d+:\d+)?:\s*/, '')}`,
    }));
  }
  return [{ file, message: `MDX does not compile: ${failure.message ?? String(error)}` }];
}

async function compileSource(raw: string, absolute: string, file: string, language: string): Promise<CompiledChapter> {
  const frontmatter = readFrontmatter(raw, file);
  // A TODO is unfinished work: chapter:new leaves them for the author.
  const todos: Problem[] = raw
    .split(/\r\n?|\n/)
    .flatMap((text, i) => (/\bTODO\b/.test(text) ? [{ file, line: i + 1, message: `TODO left: ${text.trim().slice(0, 100)}` }] : []));

  // The frontmatter is checked before the body compiles, so a body that fails to compile
  // does not hide a bad date or an unknown place in `places:`.
  const frontmatterProblems: Problem[] = [...frontmatter.problems];
  const parsed = frontmatter.problems.length ? undefined : frontmatterSchema.safeParse(frontmatter.data ?? {});
  if (parsed && !parsed.success) {
    for (const issue of parsed.error.issues) {
      frontmatterProblems.push({ file, line: frontmatter.lineOf(issue.path), message: describeIssue(issue, 'frontmatter') });
    }
  }
  const listed = chapterPlacesSchema.safeParse((frontmatter.data as { places?: unknown } | undefined)?.places);
  const compiled: CompiledChapter = {
    file,
    draft: frontmatter.draft,
    frontmatter: parsed?.success ? parsed.data : undefined,
    declaredPlaces: listed.success ? listed.data : [],
    lines: {
      slug: frontmatter.lineOf(['slug']),
      title: frontmatter.lineOf(['title']),
      dek: frontmatter.lineOf(['dek']),
      note: frontmatter.lineOf(['source', 'note']),
      places: frontmatter.lineOf(['places']),
      dates: frontmatter.lineOf(['dates']),
      outlet: frontmatter.lineOf(['source', 'outlet']),
      sourceFile: frontmatter.lineOf(['source', 'file']),
      frontmatterEnd: lineOf(raw, /^---\s*$/, 2),
    },
    problems: { frontmatter: frontmatterProblems, body: [] },
  };

  const sink: StepSink = { steps: [], problems: [] };
  let result;
  try {
    result = await bundleMDX<Record<string, unknown>>({
      // Our own YAML reader parsed the frontmatter; the body keeps the file's line numbers.
      source: frontmatter.body,
      cwd: path.dirname(absolute),
      mdxOptions(options) {
        options.remarkPlugins = [...(options.remarkPlugins ?? []), collectSteps(sink, file, { translation: language !== ENGLISH })];
        return options;
      },
      esbuildOptions(options) {
        // Failures are reported as problems with file and line; esbuild's own log would repeat them.
        options.logLevel = 'silent';
        return options;
      },
    });
  } catch (error) {
    compiled.problems.body = [...compileProblems(error, file), ...sink.problems, ...todos];
    return compiled;
  }
  compiled.problems.body = [...sink.problems, ...todos];

  const steps: StepMeta[] = sink.steps.map(({ props, text, blocks, attributeTexts, line }) => ({
    id: props.id,
    chapter: compiled.frontmatter?.slug ?? '',
    places: props.places ?? (props.place ? [props.place] : []),
    countries: props.countries ?? [],
    legend: props.legend ?? [],
    routes: toRoutes(props.routes),
    annotations: (props.annotations ?? []).map(({ text, place, at }) => (place !== undefined ? { text, place } : { text, at: at! })),
    areas: props.areas ?? [],
    camera: { zoom: props.zoom, pitch: props.pitch, bearing: props.bearing, frame: props.frame },
    text,
    blocks,
    attributeTexts,
    line,
  }));
  compiled.body = { code: result.code, steps };
  return compiled;
}

/**
 * Reads and compiles the chapter at `absolute`; `file` is its project-relative path, used in problems,
 * and `language` the chapter's (a translation may mark its quotes with `<Quote>`).
 * With a cache, a file whose text has not changed since the last call is not compiled again.
 */
export async function compileChapterFile(absolute: string, file: string, cache?: CompileCache, language = ENGLISH): Promise<CompiledChapter> {
  // Read at build time only (pages are static), so the server output need not trace it.
  const source = await readFile(/*turbopackIgnore: true*/ absolute, 'utf8');
  const hit = cache?.get(absolute);
  if (hit && hit.source === source && hit.file === file && hit.language === language) return hit.chapter;
  const chapter = compileSource(source, absolute, file, language);
  if (cache) {
    cache.set(absolute, { source, file, language, chapter });
    // Problems are results; only a failure of the compiler itself lands here, and should be retried.
    chapter.catch(() => {
      if (cache.get(absolute)?.chapter === chapter) cache.delete(absolute);
    });
  }
  return chapter;
}
