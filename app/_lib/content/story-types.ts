import type { Areas } from './areas';
import type { Gazetteer } from './gazetteer';
import type { Problem } from './problems';
import type { Frontmatter, StepMeta } from './schema';

/*
 * The shapes the story takes on its way in: one chapter file compiled on its own
 * (chapter-file.server.ts), then checked against the gazetteer and the other chapters
 * (validate-story.ts) into the Story the pages read.
 */

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
  /** In story order: by `dates.start`, then slug. */
  chapters: Chapter[];
  gazetteer: Gazetteer;
  /** Outlines from geo/areas.json. */
  areas: Areas;
}

/** One chapter file as read and compiled alone, before any rule that needs the gazetteer or the other chapters. */
export interface CompiledChapter {
  /** Project-relative path. */
  file: string;
  /** Read from the raw frontmatter, so known even when the chapter does not compile. */
  draft: boolean;
  /** The frontmatter, when it passed the schema. */
  frontmatter?: Frontmatter;
  /** The `places:` list when it is a valid list of ids, even if other fields are not, so one run reports unknown places too. */
  declaredPlaces: string[];
  lines: {
    slug: number;
    /** Where the reader-facing frontmatter text is, for the house style. */
    title: number;
    dek: number;
    /** `source.note`. */
    note: number;
    places: number;
    /** The frontmatter's closing `---`, where an empty chapter is reported. */
    frontmatterEnd?: number;
  };
  /** Problems of the file alone, in the order an author reads them. */
  problems: {
    /** YAML syntax and schema. */
    frontmatter: Problem[];
    /** MDX syntax, `<Step>` elements and attributes, TODOs anywhere in the file. */
    body: Problem[];
  };
  /** Undefined when the body did not compile. */
  body?: { code: string; steps: StepMeta[] };
}
