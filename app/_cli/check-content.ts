/**
 * `npm run check`: validates the gazetteer, the map's curated labels (geo/map-labels.json),
 * the disputed-territory policy (geo/disputed.json), the house style (content/house-style.json) and every chapter, the house style applied to
 * the chapters and the gazetteer, and the Arabic edition (content/ar/) against the English chapters,
 * without building the site, and prints each problem as `file:line: message`.
 * Drafts are checked too, so an author sees what is left to do; `--production` checks only
 * what a production build publishes (drafts left out), which is how the build runs it first.
 *
 *   npm run check -- [--production] [--content <dir>] [--gazetteer <file>] [--labels <file>] [--disputed <file>] [--areas <file>] [--style <file>]
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { cliArgs } from './args.mjs';
import { LANGUAGE_NAMES } from '../_lib/content/edition-names';
import { EDITIONS, loadEditions, loadStory, type Editions } from '../_lib/content/loader.server';
import { loadCuratedLabels } from '../_lib/map/labels/curated.server';
import { loadDisputedPolicy } from '../_lib/map/basemap/disputed-policy.server';
import { ContentError, formatProblem, sortProblems } from '../_lib/content/problems';
import { BASEMAP_OUTPUT, LABELS_OUTPUT, OVERVIEW_OUTPUT } from '../_lib/map/basemap/files';
import { getCountryIndex } from '../_lib/map/basemap/reader.server';
import { crowdingWarnings } from '../_lib/map/static/crowding';
import { getLabels } from '../_lib/map/labels/label-data.server';
import { measureText } from '../_lib/map/text/metrics.server';
import { storyView } from '../_lib/reading/story-view';

const { values } = cliArgs(
  'check',
  {
    options: {
      production: { type: 'boolean' },
      content: { type: 'string' },
      gazetteer: { type: 'string' },
      labels: { type: 'string' },
      disputed: { type: 'string' },
      areas: { type: 'string' },
      style: { type: 'string' },
    },
  },
  'npm run check -- [--production] [--content <dir>] [--gazetteer <file>] [--labels <file>] [--disputed <file>] [--areas <file>] [--style <file>]',
);

const labels = await loadCuratedLabels(process.cwd(), values.labels ? path.resolve(values.labels) : undefined);
const disputed = await loadDisputedPolicy(process.cwd(), values.disputed ? path.resolve(values.disputed) : undefined);
// Problems of the map's own data files, reported with the story's.
const mapProblems = [...labels.problems, ...disputed.problems];
const contentDir = values.content ? path.resolve(values.content) : undefined;
// The project's content/ must have its editions; a folder given with --content (a fixture) is
// checked for the editions it has.
const editions = EDITIONS.filter((language) => !contentDir || existsSync(path.join(contentDir, language)));
try {
  const options = {
    includeDrafts: !values.production,
    contentDir,
    gazetteerFile: values.gazetteer ? path.resolve(values.gazetteer) : undefined,
    areasFile: values.areas ? path.resolve(values.areas) : undefined,
    houseStyleFile: values.style ? path.resolve(values.style) : undefined,
  };
  const loaded = editions.length ? await loadEditions(options) : { en: await loadStory(options) };
  const story = loaded.en;
  if (mapProblems.length) throw new ContentError(sortProblems(mapProblems));
  const steps = story.chapters.reduce((sum, chapter) => sum + chapter.steps.length, 0);
  const used = new Set(story.chapters.flatMap((chapter) => chapter.steps.flatMap((step) => step.places)));
  const drafts = story.chapters.filter((chapter) => chapter.draft).length;
  // Composing the maps needs the built basemap and labels; a fresh clone has neither yet.
  if (![BASEMAP_OUTPUT, LABELS_OUTPUT, OVERVIEW_OUTPUT].every((file) => existsSync(file))) execFileSync('npm', ['run', '-s', 'basemap'], { stdio: 'inherit' });
  const countries = await getCountryIndex();
  const chapters = story.chapters.map((chapter) => {
    const view = storyView([chapter], story.gazetteer, countries, measureText);
    const lines = new Map(chapter.steps.map((step) => [step.id, step.line]));
    return { file: chapter.file, places: view.places, steps: view.steps.map((step) => ({ ...step, line: lines.get(step.id) })) };
  });
  const context = { byId: story.gazetteer.byId, countries, candidates: (await getLabels()).labels, widthOf: measureText };
  const warnings = sortProblems(crowdingWarnings(chapters, context));
  for (const warning of warnings) console.error(formatProblem(warning));
  console.log(
    `content ok: ${story.chapters.length} chapters${values.production ? ', drafts left out (production)' : ` (${drafts} drafts)`}, ${steps} steps, ` +
      `${used.size} of ${story.gazetteer.places.length} gazetteer places used, ${labels.labels.seas.length} seas named` +
      (warnings.length ? `; ${warnings.length} crowded ${warnings.length === 1 ? 'map' : 'maps'} (warnings above)` : ''),
  );
  for (const language of editions) {
    const edition = (loaded as Partial<Editions>)[language]!;
    const editionSteps = edition.chapters.reduce((sum, chapter) => sum + chapter.steps.length, 0);
    const editionDrafts = edition.chapters.filter((chapter) => chapter.draft).length;
    console.log(
      `${LANGUAGE_NAMES[language] ?? language} edition ok: ${edition.chapters.length} chapters` +
        `${values.production ? ', drafts left out (production)' : ` (${editionDrafts} drafts)`}, ${editionSteps} steps, each held to its English chapter`,
    );
  }
} catch (error) {
  if (error instanceof ContentError) {
    // One listing for everything, so an author fixes it all in one pass.
    const problems = error.problems.some((problem) => mapProblems.includes(problem)) ? error.problems : sortProblems([...error.problems, ...mapProblems]);
    console.error(new ContentError(problems).message);
    process.exit(1);
  }
  throw error;
}
