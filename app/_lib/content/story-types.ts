import type { Areas } from './areas';
import type { Gazetteer } from './gazetteer';
import type { Problem } from './problems';
import type { Frontmatter, LegendEntry } from './schema';

/*
 * The shapes the story takes on its way in: one chapter file compiled on its own
 * (chapter-file.server.ts), then checked against the gazetteer and the other chapters
 * (validate-story.ts) into the Story the pages read; and a step as the rest of the site
 * reads it. What the files may say is schema.ts.
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
    /** `dates`, `source.outlet` and `source.file`, which an edition keeps as they are. */
    dates?: number;
    outlet?: number;
    sourceFile?: number;
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

/** One block of a step's text (a paragraph, a list item), as the source check reads it. */
export interface TextBlock {
  /** Plain text; soft line breaks kept, so a position inside maps to a line. */
  text: string;
  /** 1-based line where the block starts. */
  line: number;
  /** The `source` of the `<Context>` note the block belongs to, if any. */
  context?: string;
}

/** What a step's map says in words: its key's lines, its connections' labels, its callouts. */
export const MAP_TEXT_KINDS = ['legend', 'route', 'annotation'] as const;

/**
 * Words a step carries in its attributes rather than its body: what the map says, and the
 * `source` of each context note. The editorial checks read them as they read the text.
 */
export interface AttributeText {
  kind: (typeof MAP_TEXT_KINDS)[number] | 'context-source';
  text: string;
  /** 1-based line of the string itself, which may be below the `<Step` line. */
  line: number;
}

/** How a message names each kind: `step "x" route label: …`. */
export const ATTRIBUTE_TEXT_NAMES: Record<AttributeText['kind'], string> = {
  legend: 'legend',
  route: 'route label',
  annotation: 'callout',
  'context-source': 'context source',
};

/** A key line, a connection's label or a callout: reporting the map shows, not a citation. */
export function isMapText(text: AttributeText): boolean {
  return text.kind !== 'context-source';
}

/** Camera overrides a step may declare; anything unset comes from its places. */
export interface CameraOverrides {
  zoom?: number;
  pitch?: number;
  bearing?: number;
  /** Gazetteer ids the camera keeps in view beside the step's places. */
  frame?: string[];
}

/** A step as the rest of the site sees it: what the map needs, plus a plain-text excerpt. */
export interface StepMeta {
  id: string;
  chapter: string;
  places: string[];
  countries: string[];
  /** The map key, as the chapter states it; empty when the step colours nothing. */
  legend: LegendEntry[];
  /** Connections in the order declared, `directed` resolved. */
  routes: Route[];
  annotations: Annotation[];
  /** Ids of outlines in `geo/areas.json`. */
  areas: string[];
  camera: CameraOverrides;
  /** Plain text of the step, for place pages and popups; context notes are labelled in it. */
  text: string;
  /** The step's text block by block, with lines and context notes marked. */
  blocks: TextBlock[];
  /** Map text and context sources, with their lines: see AttributeText. */
  attributeTexts: AttributeText[];
  /** 1-based line of the `<Step>` tag in its file. */
  line: number;
}

/** A connection as the site reads it: `directed` is explicit. */
export interface Route {
  from: string;
  to: string;
  directed: boolean;
  label?: string;
}

/** An annotation anchored to a place (`place`) or a point (`at`), never both. */
export type Annotation = { text: string; place: string } | { text: string; at: [number, number] };
