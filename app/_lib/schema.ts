import { z } from 'zod';

/** Ids of places, chapters and steps appear in URLs, so they are kebab-case ASCII. */
export const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, single hyphens)');

export const countryCode = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code such as "TUR"');

export const placeKinds = ['capital', 'city', 'town', 'region'] as const;

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
  /** Where a context fact comes from when the articles do not say it, e.g. "public record: …". */
  source: z.string().trim().min(1, 'must not be empty').optional(),
  zoom: z.number().min(0).max(18),
});

export type Place = z.infer<typeof placeSchema>;

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
  })
  .refine((p) => (p.place === undefined) !== (p.places === undefined), {
    message: 'a Step needs exactly one of place="…" or places={[…]}',
  });

export type StepProps = z.infer<typeof stepPropsSchema>;

/** The attributes of a `<Context>` note: what the desk adds from outside the article, and from where. */
export const contextPropsSchema = z.strictObject({
  source: z.string().trim().min(1, 'must name where the note comes from'),
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
  camera: CameraOverrides;
  /** Plain text of the step, for place pages and popups; context notes are labelled in it. */
  text: string;
  /** The step's text block by block, with lines and context notes marked. */
  blocks: TextBlock[];
  /** 1-based line of the `<Step>` tag in its file. */
  line: number;
}
