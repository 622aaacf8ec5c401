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

/** A calendar day. The frontmatter is read as YAML 1.2 (frontmatter.ts), which keeps an unquoted date a string. */
const isoDate = z.iso.date({ message: 'must be an ISO date (YYYY-MM-DD)' });

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
 * One line of a step's map key: what a colour or a hatching means and what carries it, the
 * countries it tints or the areas it hatches (one swatch a line, so one of the two).
 */
export const legendEntrySchema = z
  .strictObject({
    label: z.string().trim().min(1, 'must say what the colour means').max(80, 'must be at most 80 characters: a key line, not a caption'),
    countries: z.array(countryCode).min(1, 'must name at least one country').optional(),
    /** Ids of the step's `areas`: drawn hatched, keyed "Schematic: <label>" (map/key.ts). */
    areas: z.array(kebabId).min(1, 'must name at least one area').optional(),
  })
  .refine((entry) => (entry.countries === undefined) !== (entry.areas === undefined), {
    message: 'a key line names exactly one of countries: [...] or areas: [...]',
  });

const quoted = (codes: readonly string[]) => codes.map((code) => `"${code}"`).join(', ');

/** Every colour that means something gets a key, and the key names only what the step colours. */
function checkLegend(step: { countries?: string[]; areas?: string[]; legend?: Array<{ countries?: string[]; areas?: string[] }> }, ctx: z.RefinementCtx): void {
  checkAreaKey(step, ctx);
  const lit = new Set(step.countries ?? []);
  const keyed = step.legend?.flatMap((entry) => entry.countries ?? []) ?? [];
  const stray = [...new Set(keyed.filter((code) => !lit.has(code)))];
  if (stray.length) {
    const message = `names ${quoted(stray)}, which the step does not highlight: add to countries={[…]} or remove from the key`;
    ctx.addIssue({ code: 'custom', path: ['legend'], message });
  }
  const twice = [...new Set(keyed.filter((code, i) => keyed.indexOf(code) !== i))];
  if (twice.length) ctx.addIssue({ code: 'custom', path: ['legend'], message: `names ${quoted(twice)} in more than one entry: one colour, one meaning` });
  const unkeyed = [...lit].filter((code) => !keyed.includes(code));
  if (unkeyed.length && !step.legend) {
    const example = `legend={[{ label: "…", countries: [${quoted(unkeyed)}] }]}`;
    const message = `highlights ${quoted(unkeyed)} but has no legend: say what the colour means, e.g. ${example}`;
    ctx.addIssue({ code: 'custom', path: ['countries'], message });
  } else if (unkeyed.length) {
    ctx.addIssue({ code: 'custom', path: ['legend'], message: `does not say what the colour of ${quoted(unkeyed)} means: add them to an entry` });
  }
}

/** Hatching means something too: every area the step draws is keyed, and the key hatches only what the step draws. */
function checkAreaKey(step: { areas?: string[]; legend?: Array<{ areas?: string[] }> }, ctx: z.RefinementCtx): void {
  const drawn = new Set(step.areas ?? []);
  const keyed = step.legend?.flatMap((entry) => entry.areas ?? []) ?? [];
  const stray = [...new Set(keyed.filter((id) => !drawn.has(id)))];
  if (stray.length) {
    const message = `names ${quoted(stray)}, which the step does not draw: add to areas={[…]} or remove from the key`;
    ctx.addIssue({ code: 'custom', path: ['legend'], message });
  }
  const unkeyed = [...drawn].filter((id) => !keyed.includes(id));
  if (unkeyed.length) {
    const example = `legend={[{ label: "…", areas: [${quoted(unkeyed)}] }]}`;
    ctx.addIssue({ code: 'custom', path: ['areas'], message: `draws ${quoted(unkeyed)} but no key line says what the hatching means, e.g. ${example}` });
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
