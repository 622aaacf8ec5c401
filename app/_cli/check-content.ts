/**
 * `npm run check`: validates the gazetteer and every chapter without building the
 * site, and prints each problem as `file:line: message`. The build runs it first.
 *
 *   npm run check -- [--content <dir>] [--gazetteer <file>]
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadStory } from '../_lib/content.server';
import { ContentError } from '../_lib/problems';

const { values } = parseArgs({ options: { content: { type: 'string' }, gazetteer: { type: 'string' } } });

try {
  const story = await loadStory({
    includeDrafts: true,
    contentDir: values.content ? path.resolve(values.content) : undefined,
    gazetteerFile: values.gazetteer ? path.resolve(values.gazetteer) : undefined,
  });
  const steps = story.chapters.reduce((sum, chapter) => sum + chapter.steps.length, 0);
  const used = new Set(story.chapters.flatMap((chapter) => chapter.steps.flatMap((step) => step.places)));
  const drafts = story.chapters.filter((chapter) => chapter.draft).length;
  console.log(
    `content ok: ${story.chapters.length} chapters (${drafts} drafts), ${steps} steps, ` +
      `${used.size} of ${story.gazetteer.places.length} gazetteer places used`,
  );
} catch (error) {
  if (error instanceof ContentError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
