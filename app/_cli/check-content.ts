/**
 * `npm run check`: validates the gazetteer, the map's curated labels (geo/map-labels.json),
 * the house style (content/house-style.json) and every chapter, the house style applied to
 * the chapters and the gazetteer, without building the site, and prints each problem as
 * `file:line: message`.
 * Drafts are checked too, so an author sees what is left to do; `--production` checks only
 * what a production build publishes (drafts left out), which is how the build runs it first.
 *
 *   npm run check -- [--production] [--content <dir>] [--gazetteer <file>] [--labels <file>] [--areas <file>] [--style <file>]
 */
import path from 'node:path';
import { cliArgs } from './args.mjs';
import { loadStory } from '../_lib/content/loader.server';
import { loadCuratedLabels } from '../_lib/map/labels/curated.server';
import { ContentError, sortProblems } from '../_lib/content/problems';

const { values } = cliArgs(
  'check',
  {
    options: {
      production: { type: 'boolean' },
      content: { type: 'string' },
      gazetteer: { type: 'string' },
      labels: { type: 'string' },
      areas: { type: 'string' },
      style: { type: 'string' },
    },
  },
  'npm run check -- [--production] [--content <dir>] [--gazetteer <file>] [--labels <file>] [--areas <file>] [--style <file>]',
);

const labels = await loadCuratedLabels(process.cwd(), values.labels ? path.resolve(values.labels) : undefined);
try {
  const story = await loadStory({
    includeDrafts: !values.production,
    contentDir: values.content ? path.resolve(values.content) : undefined,
    gazetteerFile: values.gazetteer ? path.resolve(values.gazetteer) : undefined,
    areasFile: values.areas ? path.resolve(values.areas) : undefined,
    houseStyleFile: values.style ? path.resolve(values.style) : undefined,
  });
  if (labels.problems.length) throw new ContentError(sortProblems(labels.problems));
  const steps = story.chapters.reduce((sum, chapter) => sum + chapter.steps.length, 0);
  const used = new Set(story.chapters.flatMap((chapter) => chapter.steps.flatMap((step) => step.places)));
  const drafts = story.chapters.filter((chapter) => chapter.draft).length;
  console.log(
    `content ok: ${story.chapters.length} chapters${values.production ? ', drafts left out (production)' : ` (${drafts} drafts)`}, ${steps} steps, ` +
      `${used.size} of ${story.gazetteer.places.length} gazetteer places used, ${labels.labels.seas.length} seas named`,
  );
} catch (error) {
  if (error instanceof ContentError) {
    // One listing for everything, so an author fixes it all in one pass.
    const problems = error.problems === labels.problems ? error.problems : sortProblems([...error.problems, ...labels.problems]);
    console.error(new ContentError(problems).message);
    process.exit(1);
  }
  throw error;
}
