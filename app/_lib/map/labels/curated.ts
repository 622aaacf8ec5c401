import { z } from 'zod';
import { BASEMAP_BBOX } from '../basemap/files';
import { ISO_NUMERIC_TO_ALPHA3 } from '../basemap/iso-codes';
import { countryCode, kebabId } from '../../content/schema';
import { describeIssue, escapeRegExp, lineOf, type Problem } from '../../content/problems';

/*
 * geo/map-labels.json: what the map names beyond Natural Earth's countries. Seas and
 * gulfs (with where their name goes), country names to write differently from Natural
 * Earth's short forms, and capitals left out on purpose, each with its reason.
 */

const [west, south, east, north] = BASEMAP_BBOX;
const inBasemap = `must lie inside the basemap (${west}..${east} E, ${south}..${north} N)`;
const lngLat = z.tuple([
  z.number().min(west, `longitude ${inBasemap}`).max(east, `longitude ${inBasemap}`),
  z.number().min(south, `latitude ${inBasemap}`).max(north, `latitude ${inBasemap}`),
]);

const knownCountries = new Set(Object.values(ISO_NUMERIC_TO_ALPHA3));
const basemapCountry = countryCode.refine((code) => knownCountries.has(code), {
  message: 'is not a country of the basemap (app/_lib/map/basemap/iso-codes.ts)',
});

/** A name in Arabic script, as the Arabic maps draw it. */
const arabicName = z.string().trim().regex(/^[\u0600-\u06FF][\u0600-\u06FF ]*$/, 'must be the name in Arabic letters');

export const seaSchema = z.strictObject({
  id: kebabId,
  name: z.string().trim().min(1),
  /** Its name on the Arabic maps (required: a missing one is an error, never an English fallback). */
  ar: arabicName,
  /** `[lng, lat]` of the name's centre; it must fall on water (the basemap build checks). */
  coordinates: lngLat,
  /** More places the same name may go, for cameras that do not show the first. */
  also: z.array(lngLat).optional(),
  /** 1 = oceans' arms seen at any zoom (Mediterranean); 2 = seen from regional zoom; 3 = close-ups. */
  rank: z.union([z.literal(1), z.literal(2), z.literal(3)]),
});

export const countryNameSchema = z.strictObject({ country: basemapCountry, name: z.string().trim().min(1) });

export const omittedCapitalSchema = z.strictObject({
  /** The capital as GeoNames names it. */
  name: z.string().trim().min(1),
  country: basemapCountry.optional(),
  reason: z.string().trim().min(1, 'must say why'),
});

/** A capital's name on the Arabic maps, by its GeoNames name (the capitals are built from GeoNames, which has no Arabic). */
export const capitalNameSchema = z.strictObject({ name: z.string().trim().min(1), ar: arabicName });

export type Sea = z.infer<typeof seaSchema>;
export type CountryName = z.infer<typeof countryNameSchema>;
export type OmittedCapital = z.infer<typeof omittedCapitalSchema>;
export type CapitalName = z.infer<typeof capitalNameSchema>;

export interface CuratedLabels {
  seas: Sea[];
  countryNames: CountryName[];
  omittedCapitals: OmittedCapital[];
  capitalNames: CapitalName[];
}

/** No curated labels: what a file that cannot be read yields, beside its problem. */
export const emptyCuratedLabels = (): CuratedLabels => ({ seas: [], countryNames: [], omittedCapitals: [], capitalNames: [] });

const sections = { seas: seaSchema, countryNames: countryNameSchema, omittedCapitals: omittedCapitalSchema, capitalNames: capitalNameSchema } as const;
/** The field whose value finds an entry's line in the file. */
const keyOf = { seas: 'id', countryNames: 'country', omittedCapitals: 'name', capitalNames: 'name' } as const;

/**
 * Validates the curated labels' parsed JSON; `raw` (the file's text) only points each
 * problem at its entry's line.
 */
export function parseCuratedLabels(data: unknown, file: string, raw = ''): { labels: CuratedLabels; problems: Problem[] } {
  const labels = emptyCuratedLabels();
  const problems: Problem[] = [];
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { labels, problems: [{ file, line: 1, message: 'must be a JSON object with "seas", "countryNames" and "omittedCapitals"' }] };
  }
  for (const key of Object.keys(data)) {
    if (Object.hasOwn(sections, key)) continue;
    problems.push({ file, line: lineOf(raw, new RegExp(`"${escapeRegExp(key)}"\\s*:`)), message: `unknown section "${key}"` });
  }
  for (const [section, schema] of Object.entries(sections) as [keyof typeof sections, (typeof sections)[keyof typeof sections]][]) {
    const entries = (data as Record<string, unknown>)[section];
    const sectionLine = lineOf(raw, new RegExp(`"${section}"\\s*:`));
    if (entries === undefined) continue;
    if (!Array.isArray(entries)) {
      problems.push({ file, line: sectionLine, message: `${section}: must be an array` });
      continue;
    }
    const seen = new Set<string>();
    entries.forEach((entry, index) => {
      const key = (entry as Record<string, unknown> | null)?.[keyOf[section]];
      const label = typeof key === 'string' ? `${section} "${key}"` : `${section} #${index + 1}`;
      const entryLine = typeof key === 'string' ? lineOf(raw, new RegExp(`"${keyOf[section]}"\\s*:\\s*"${escapeRegExp(key)}"`), sectionLine ?? 1) : undefined;
      const line = entryLine ?? sectionLine;
      const result = schema.safeParse(entry);
      if (!result.success) {
        for (const issue of result.error.issues) problems.push({ file, line, message: `${label}: ${describeIssue(issue)}` });
        return;
      }
      if (typeof key === 'string' && seen.has(key)) {
        problems.push({ file, line, message: `${label}: listed twice` });
        return;
      }
      if (typeof key === 'string') seen.add(key);
      (labels[section] as unknown[]).push(result.data);
    });
  }
  return { labels, problems };
}
