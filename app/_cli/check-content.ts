/**
 * `npm run check`: validates the gazetteer and every chapter without building the
 * site, and prints each problem as `file:line: message`. Drafts are checked too, so
 * an author sees what is left to do; `--production` checks only what a production
 * build publishes (drafts left out), which is how the build runs it first.
 *
 *   npm run check -- [--production] [--content <dir>] [--gazetteer <file>] [--areas <file>]
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadStory } from '../_lib/content.server';
import { ContentError } from '../_lib/problems';

const { values } = parseArgs({ options: { production: { type: 'boolean' }, content: { type: 'string' }, gazetteer: { type: 'string' }, areas: { type: 'string' } } });

try {
  const story = await loadStory({
    includeDrafts: !values.production,
    contentDir: values.content ? path.resolve(values.content) : undefined,
    gazetteerFile: values.gazetteer ? path.resolve(values.gazetteer) : undefined,
    areasFile: values.areas ? path.resolve(values.areas) : undefined,
  });
  const steps = story.chapters.reduce((sum, chapter) => sum + chapter.steps.length, 0);
  const used = new Set(story.chapters.flatMap((chapter) => chapter.steps.flatMap((step) => step.places)));
  const drafts = story.chapters.filter((chapter) => chapter.draft).length;
  console.log(
    `content ok: ${story.chapters.length} chapters${values.production ? ', drafts left out (production)' : ` (${drafts} drafts)`}, ${steps} steps, ` +
      `${used.size} of ${story.gazetteer.places.length} gazetteer places used`,
  );
} catch (error) {
  if (error instanceof ContentError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
