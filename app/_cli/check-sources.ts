/**
 * `npm run check:sources -- <folder>`: the editor's check of every chapter against the
 * article it retells, the plain-text file its frontmatter names in `source.file`. The map's
 * words (key lines, connection labels, callouts) are checked as the text is, and must rest
 * on their step's text. The articles are kept beside the project, not in it; nothing else
 * reads them. Prints each finding as `file:line: message` and exits non-zero on any.
 *
 *   npm run check:sources -- <folder> [--content <dir>] [--gazetteer <file>]
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { cliArgs } from './args.mjs';
import { loadStory, type Story } from '../_lib/content/loader.server';
import { ContentError, formatProblem, lineOf, type Problem } from '../_lib/content/problems';
import { checkAgainstArticle } from '../_lib/editorial/source-check/against-article';
import { mapTextBlocks, unnamedPlaces, unsupportedMapText } from '../_lib/editorial/source-check/step-text';

const { values, positionals } = cliArgs(
  'check:sources',
  { allowPositionals: true, options: { content: { type: 'string' }, gazetteer: { type: 'string' } } },
  'npm run check:sources -- <folder of source articles> [--content <dir>] [--gazetteer <file>]',
);

const folder = positionals[0];
if (!folder || positionals.length > 1) {
  console.error('usage: npm run check:sources -- <folder of source articles> [--content <dir>] [--gazetteer <file>]');
  process.exit(2);
}
if (!(await stat(folder).then((s) => s.isDirectory(), () => false))) {
  console.error(`check:sources: ${folder} is not a folder`);
  process.exit(2);
}

let story: Story;
try {
  story = await loadStory({
    includeDrafts: true,
    contentDir: values.content ? path.resolve(values.content) : undefined,
    gazetteerFile: values.gazetteer ? path.resolve(values.gazetteer) : undefined,
  });
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exit(1);
}

const namesOf = (id: string) => {
  const place = story.gazetteer.byId.get(id);
  return place ? [place.name, ...place.aliases] : [id];
};

const problems: Problem[] = [];
for (const chapter of story.chapters) {
  const file = chapter.file;
  const raw = await readFile(file, 'utf8');
  const sourceLine = lineOf(raw, /^source\s*:/) ?? 1;
  const name = chapter.source.file;
  if (!name) {
    problems.push({ file, line: sourceLine, message: 'source.file: name the article this chapter retells (its file name in the folder of sources)' });
    continue;
  }
  const article = await readFile(path.join(folder, name), 'utf8').catch(() => undefined);
  if (article === undefined) {
    problems.push({ file, line: lineOf(raw, /^\s+file\s*:/, sourceLine) ?? sourceLine, message: `source.file: "${name}" is not in ${folder}` });
    continue;
  }
  const blocks = [
    { text: chapter.title, line: lineOf(raw, /^title\s*:/) ?? 1 },
    { text: chapter.dek, line: lineOf(raw, /^dek\s*:/) ?? 1 },
    ...chapter.steps.flatMap((step) => step.blocks),
    // What the map says is reporting too: the same tests as the text.
    ...chapter.steps.flatMap((step) => mapTextBlocks(step)),
  ];
  for (const finding of checkAgainstArticle({ dates: chapter.dates, blocks }, article)) problems.push({ file, ...finding });
  for (const step of chapter.steps) {
    for (const finding of unnamedPlaces(step, namesOf)) problems.push({ file, ...finding });
    for (const finding of unsupportedMapText(step)) problems.push({ file, ...finding });
  }
}

if (problems.length > 0) {
  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`${problems.length} ${problems.length === 1 ? 'finding' : 'findings'} against the source articles in ${folder}`);
  process.exit(1);
}
const count = story.chapters.length === 1 ? '1 chapter' : `${story.chapters.length} chapters`;
console.log(`sources ok: ${count} checked against ${folder}`);
