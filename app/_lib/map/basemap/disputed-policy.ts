import { z } from 'zod';
import { countryCode, kebabId } from '../../content/schema';
import { describeIssue, escapeRegExp, lineOf, type Problem } from '../../content/problems';
import { ISO_NUMERIC_TO_ALPHA3 } from './iso-codes';

/*
 * geo/disputed.json: how the map draws territory whose status is disputed, as it stood in 2017
 * (docs/disputed-territory.md). Natural Earth's countries are de facto; each entry says which
 * country an area is drawn and tinted as, which Natural Earth shape it is cut from, and its shape.
 * The basemap build applies it (app/_build/basemap/disputed.ts).
 */

const knownCountries = new Set(Object.values(ISO_NUMERIC_TO_ALPHA3));
const isKnown = (code: string) => knownCountries.has(code);
const UNKNOWN = 'is not a country of the basemap (app/_lib/map/basemap/iso-codes.ts)';
const basemapCountry = countryCode.refine(isKnown, { message: UNKNOWN });

const lngLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

const shapeSchema = z.union([
  /** The polygon of the Natural Earth shape that holds this point (Crimea: one polygon of Russia). */
  z.strictObject({ part: lngLat }),
  /** The whole Natural Earth shape (N. Cyprus, Kosovo). */
  z.strictObject({ whole: z.literal(true) }),
  /** A sourced outline; only its overlap with the Natural Earth shape is taken. */
  z.strictObject({
    outline: z
      .array(lngLat)
      .min(4, 'must be a closed ring of at least 4 positions')
      .refine((ring) => ring[0]![0] === ring.at(-1)![0] && ring[0]![1] === ring.at(-1)![1], 'must end where it starts'),
    source: z.string().trim().min(1, 'must say where the outline comes from'),
  }),
]);

export const disputedAreaSchema = z.strictObject({
  id: kebabId,
  name: z.string().trim().min(1),
  /** The country the area is drawn, tinted and named as; null: a territory of its own, untinted and unnamed. */
  drawnAs: basemapCountry.nullable(),
  /** The Natural Earth shape the area lies in: a country's code, or Natural Earth's name for a shape without one ("N. Cyprus"). */
  naturalEarth: z
    .string()
    .trim()
    .min(1)
    .refine((value) => !/^[A-Z]{3}$/.test(value) || isKnown(value), { message: UNKNOWN }),
  /** A country that claims the area: its line with that country is dashed too. */
  claimedBy: basemapCountry.optional(),
  shape: shapeSchema,
  /** Its status in 2017, in one or two sentences with their source. */
  status: z.string().trim().min(1, 'must say what the area is'),
  /**
   * The name the policy gives the country it draws the area as, where a data package's name
   * would not do: in Arabic, `ar` (the Arabic maps' only override of i18n-iso-countries).
   */
  label: z.strictObject({ ar: z.string().trim().regex(/^[\u0600-\u06FF ]+$/, 'must be Arabic letters and spaces') }).optional(),
}).refine((area) => !area.label || area.drawnAs !== null, { message: 'names the country the area is drawn as; this one is drawn as none', path: ['label'] });

export type DisputedArea = z.infer<typeof disputedAreaSchema>;

export interface DisputedPolicy {
  asOf: string;
  areas: DisputedArea[];
}

export const EMPTY_POLICY: DisputedPolicy = Object.freeze({ asOf: '', areas: [] }) as DisputedPolicy;

/**
 * Validates the policy's parsed JSON; `raw` (the file's text) points each problem at the line
 * of its entry's field.
 */
export function parseDisputedPolicy(data: unknown, file: string, raw = ''): { policy: DisputedPolicy; problems: Problem[] } {
  const problems: Problem[] = [];
  const record = data as { asOf?: unknown; areas?: unknown } | null;
  if (typeof record !== 'object' || record === null || Array.isArray(record) || !Array.isArray(record.areas)) {
    return { policy: EMPTY_POLICY, problems: [{ file, line: 1, message: 'must be a JSON object with "asOf" and an array "areas"' }] };
  }
  if (typeof record.asOf !== 'string' || !record.asOf.trim()) {
    problems.push({ file, line: lineOf(raw, /"asOf"\s*:/) ?? 1, message: 'asOf: must say when the policy describes, e.g. "2017"' });
  }
  for (const key of Object.keys(record)) {
    if (key === 'asOf' || key === 'areas') continue;
    problems.push({ file, line: lineOf(raw, new RegExp(`"${escapeRegExp(key)}"\\s*:`)), message: `unknown field "${key}"` });
  }
  const areasLine = lineOf(raw, /"areas"\s*:/) ?? 1;
  const areas: DisputedArea[] = [];
  const seen = new Set<string>();
  record.areas.forEach((entry, index) => {
    const id = (entry as Record<string, unknown> | null)?.id;
    const label = typeof id === 'string' ? `area "${id}"` : `area #${index + 1}`;
    const entryLine = (typeof id === 'string' ? lineOf(raw, new RegExp(`"id"\\s*:\\s*"${escapeRegExp(id)}"`), areasLine) : undefined) ?? areasLine;
    const result = disputedAreaSchema.safeParse(entry);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field = issue.path[0];
        const line = typeof field === 'string' ? (lineOf(raw, new RegExp(`"${escapeRegExp(field)}"\\s*:`), entryLine) ?? entryLine) : entryLine;
        problems.push({ file, line, message: `${label}: ${describeIssue(issue)}` });
      }
      return;
    }
    if (seen.has(result.data.id)) {
      problems.push({ file, line: entryLine, message: `${label}: listed twice` });
      return;
    }
    seen.add(result.data.id);
    areas.push(result.data);
  });
  return { policy: { asOf: typeof record.asOf === 'string' ? record.asOf : '', areas }, problems };
}
