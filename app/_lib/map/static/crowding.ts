import type { Problem } from '../../content/problems';
import type { Place } from '../../content/schema';
import type { CountryIndex } from '../basemap/country-index';
import type { LabelCandidate } from '../labels/types';
import { layoutStaticMap } from './layout';
import { EMBED_VIEWS, staticMapForStep, STORY_VIEWS, type MapStep, type StaticMapSize } from './spec';
import type { WidthOf } from '../compose/compose';

/*
 * Where a step's own places crowd: composed in every box the CSS gives a step's map (a
 * laptop's and a phone's, the embed's two), a step whose places cannot all be named clear of
 * one another and of the key, the locator and the attribution gets a warning at its `<Step>`
 * line. The map still names them all (over something), so this warns rather than fails: the
 * author splits the step, zooms it, or drops a place.
 */

/** The boxes a step is composed in, for the check. */
export const CHECKED_BOXES: readonly StaticMapSize[] = [...STORY_VIEWS, ...EMBED_VIEWS];

/** A chapter's steps as its page shows them (reading/story-view.ts), with their file and lines. */
export interface CrowdingChapter {
  file: string;
  /** The chapter's places, drawn around each step's own. */
  places: readonly Place[];
  steps: ReadonlyArray<MapStep & { id: string; line?: number }>;
}

export interface CrowdingContext {
  byId: ReadonlyMap<string, Place>;
  countries: CountryIndex;
  candidates: readonly LabelCandidate[];
  widthOf: WidthOf;
}

/** One warning per step and box whose own places' names could not all be placed. */
export function crowdingWarnings(chapters: readonly CrowdingChapter[], { byId, countries, candidates, widthOf }: CrowdingContext): Problem[] {
  const warnings: Problem[] = [];
  for (const chapter of chapters) {
    for (const step of chapter.steps) {
      for (const size of CHECKED_BOXES) {
        const spec = staticMapForStep(step, { byId, storyPlaces: chapter.places, countries }, size);
        const { conflicts } = layoutStaticMap(spec, { candidates, widthOf }).composition;
        if (!conflicts.length) continue;
        const names = conflicts.map((id) => byId.get(id)?.name ?? id);
        warnings.push({
          file: chapter.file,
          line: step.line,
          message:
            `warning: step "${step.id}": in the ${size.name} box (${size.width}×${size.height}), ${listOf(names)} cannot be named ` +
            "clear of the step's other names and the key: split the step, set its zoom, or drop a place",
        });
      }
    }
  }
  return warnings;
}

const listOf = (names: readonly string[]) => (names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);
