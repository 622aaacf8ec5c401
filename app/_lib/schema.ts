import { z } from 'zod';
import { uncheckableSource } from './citation';

/** Ids of places, chapters and steps appear in URLs, so they are kebab-case ASCII. */
export const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, single hyphens)');

export const countryCode = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code such as "TUR"');

export const placeKinds = ['capital', 'city', 'town', 'region'] as const;

/** A `source` a reader can check: a named publication or document and its date (citation.ts). */
const checkableSource = (whenEmpty: string) =>
  z
    .string()
    .trim()
    .min(1, whenEmpty)
    .superRefine((source, ctx) => {
      const why = uncheckableSource(source);
      if (why) ctx.addIssue({ code: 'custom', message: why });
    });

/** One entry of the gazetteer (`geo/places.json`). */
export const placeSchema = z.strictObject({
  id: kebabId,
  name: z.string().trim().min(1),
  aliases: z.array(z.string().trim().min(1)),
  coordinates: z.tuple([
    z.number().min(-180, 'longitude must be within -180..180').max(180, 'longitude must be within -180..180'),
    z.number().min(-90, 'latitude must be within -90..90').max(90, 'latitude must be within -90..90'),
  ]),
  country: z.string().trim().min(1),
  countryCode,
  kind: z.enum(placeKinds),
  context: z.string().trim().min(1, 'must not be empty'),
  /** Where a context fact comes from when the articles do not say it: a publication or document and its date. */
  source: checkableSource('must not be empty').optional(),
  zoom: z.number().min(0).max(18),
  /** The Arabic edition's name and context: the English `context` translated, same facts; `source` stays as it is. */
  ar: z
    .strictObject({
      name: z.string().trim().min(1, 'must not be empty'),
      context: z.string().trim().min(1, 'must not be empty'),
    })
    .optional(),
});

export type Place = z.infer<typeof placeSchema>;

const longitude = z.number().min(-180, 'longitude must be within -180..180').max(180, 'longitude must be within -180..180');
const latitude = z.number().min(-90, 'latitude must be within -90..90').max(90, 'latitude must be within -90..90');
/** `[longitude, latitude]`, as in GeoJSON and the gazetteer. */
export const lngLat = z.tuple([longitude, latitude]);

// gray-matter parses unquoted YAML dates into Date objects; accept both spellings.
const isoDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z.iso.date({ message: 'must be an ISO date (YYYY-MM-DD)' }),
);

/** A chapter's `places:` list: every place its steps use. */
export const chapterPlacesSchema = z.array(kebabId).min(1);

/** The YAML frontmatter of a chapter. */
export const frontmatterSchema = z
  .strictObject({
    slug: kebabId,
    title: z.string().trim().min(1),
    dek: z.string().trim().min(1).max(220),
    dates: z.strictObject({ start: isoDate, end: isoDate.optional() }),
    source: z.strictObject({
      outlet: z.string().trim().min(1).nullable(),
      note: z.string().trim().min(1),
      /** The article's file name in the editor's folder of sources, for `npm run check:sources`. */
      file: z
        .string()
        .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'must be a plain file name such as "001_article.txt", without folders')
        .optional(),
    }),
    places: chapterPlacesSchema,
    draft: z.boolean().optional(),
  })
  .refine((fm) => !fm.dates.end || fm.dates.end >= fm.dates.start, {
    message: 'dates.end must not be before dates.start',
    path: ['dates', 'end'],
  });

export type Frontmatter = z.infer<typeof frontmatterSchema>;

/**
 * One line of a step's map key: what a colour means and what carries it. Later kinds of
 * marks (connections, areas, annotations) become more optional fields here.
 */
export const legendEntrySchema = z.strictObject({
  label: z.string().trim().min(1, 'must say what the colour means').max(80, 'must be at most 80 characters: a key line, not a caption'),
  countries: z.array(countryCode).min(1, 'must name at least one country'),
});

const quoted = (codes: readonly string[]) => codes.map((code) => `"${code}"`).join(', ');

/** Every colour that means something gets a key, and the key names only what the step colours. */
function checkLegend(step: { countries?: string[]; legend?: Array<{ countries: string[] }> }, ctx: z.RefinementCtx): void {
  const lit = new Set(step.countries ?? []);
  const keyed = step.legend?.flatMap((entry) => entry.countries) ?? [];
  const stray = [...new Set(keyed.filter((code) => !lit.has(code)))];
  if (stray.length) {
    ctx.addIssue({ code: 'custom', path: ['legend'], message: `names ${quoted(stray)}, which the step does not highlight: add to countries={[…]} or remove from the key` });
  }
  const twice = [...new Set(keyed.filter((code, i) => keyed.indexOf(code) !== i))];
  if (twice.length) ctx.addIssue({ code: 'custom', path: ['legend'], message: `names ${quoted(twice)} in more than one entry: one colour, one meaning` });
  const unkeyed = [...lit].filter((code) => !keyed.includes(code));
  if (unkeyed.length && !step.legend) {
    ctx.addIssue({ code: 'custom', path: ['countries'], message: `highlights ${quoted(unkeyed)} but has no legend: say what the colour means, e.g. legend={[{ label: "…", countries: [${quoted(unkeyed)}] }]}` });
  } else if (unkeyed.length) {
    ctx.addIssue({ code: 'custom', path: ['legend'], message: `does not say what the colour of ${quoted(unkeyed)} means: add them to an entry` });
  }
}

/** Longest annotation a map can carry beside a marker without crowding it. */
export const ANNOTATION_MAX_LENGTH = 40;

/**
 * A connection between two of the step's places: `directed` (the default) draws an
 * arrowhead at `to`; `label` names it in the legend.
 */
export const routeSchema = z
  .strictObject({
    from: kebabId,
    to: kebabId,
    directed: z.boolean().optional(),
    label: z.string().trim().min(1, 'must not be empty').max(80).optional(),
  })
  .refine((r) => r.from !== r.to, { message: 'connects a place to itself' });

export type RouteProps = z.infer<typeof routeSchema>;

/** A short callout anchored to one of the step's places or to a `[longitude, latitude]`. */
export const annotationSchema = z
  .strictObject({
    text: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(ANNOTATION_MAX_LENGTH, `must be at most ${ANNOTATION_MAX_LENGTH} characters, short enough to sit on a map`),
    place: kebabId.optional(),
    at: lngLat.optional(),
  })
  .refine((a) => (a.place === undefined) !== (a.at === undefined), {
    message: 'an annotation needs exactly one of place: "…" or at: [longitude, latitude]',
  });

export type AnnotationProps = z.infer<typeof annotationSchema>;

/** The attributes of a `<Step>` element in a chapter. */
export const stepPropsSchema = z
  .strictObject({
    id: kebabId,
    place: kebabId.optional(),
    places: z.array(kebabId).min(1).optional(),
    zoom: z.number().min(0).max(22).optional(),
    pitch: z.number().min(0).max(85).optional(),
    bearing: z.number().min(-180).max(180).optional(),
    countries: z.array(countryCode).optional(),
    /** Places kept in view around the step's own, not about it: an establishing shot's frame. */
    frame: z.array(kebabId).min(1).optional(),
    legend: z.array(legendEntrySchema).min(1, 'must have at least one entry; leave it out when nothing is coloured').optional(),
    routes: z.array(routeSchema).min(1).optional(),
    annotations: z.array(annotationSchema).min(1).optional(),
    /** Ids of outlines in `geo/areas.json`. */
    areas: z.array(kebabId).min(1).optional(),
  })
  .refine((p) => (p.place === undefined) !== (p.places === undefined), {
    message: 'a Step needs exactly one of place="…" or places={[…]}',
  })
  .superRefine(checkLegend);

export type StepProps = z.infer<typeof stepPropsSchema>;
export type LegendEntry = z.infer<typeof legendEntrySchema>;

/** The attributes of a `<Context>` note: what the desk adds from outside the article, and from where. */
export const contextPropsSchema = z.strictObject({
  source: checkableSource('must name where the note comes from'),
});

export type ContextProps = z.infer<typeof contextPropsSchema>;

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
export const ATTRIBUTE_TEXT_NAMES: Record<AttributeText['kind'], string> = { legend: 'legend', route: 'route label', annotation: 'callout', 'context-source': 'context source' };

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

/** Areas drawn from `geo/areas.json`: a GeoJSON FeatureCollection whose features carry an id, a name and their origin. */
export const areaSourceSchema = z.strictObject({
  name: z.string().trim().min(1, 'must name the data set'),
  url: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }),
  licence: z.string().trim().min(1, 'must name the licence'),
});

const ring = z
  .array(lngLat)
  .min(4, 'a ring needs at least 4 positions')
  .refine((r) => r[0]?.[0] === r.at(-1)?.[0] && r[0]?.[1] === r.at(-1)?.[1], { message: 'a ring must end where it starts' });
const polygon = z.array(ring).min(1);

export const areaSchema = z.strictObject({
  type: z.literal('Feature'),
  id: kebabId,
  properties: z.strictObject({
    name: z.string().trim().min(1),
    /** True when the outline is a sketch of the area rather than its surveyed boundary; the map then says "approximate". */
    approximate: z.boolean(),
    source: areaSourceSchema,
  }),
  geometry: z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('Polygon'), coordinates: polygon }),
    z.strictObject({ type: z.literal('MultiPolygon'), coordinates: z.array(polygon).min(1) }),
  ]),
});

export type Area = z.infer<typeof areaSchema>;
