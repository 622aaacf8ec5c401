import { z } from 'zod';
import { describeIssue, escapeRegExp, lineOf, type Problem } from './problems';
import { kebabId, lngLat } from './schema';

/*
 * geo/areas.json: outlines a step may draw (`areas={["…"]}`), as a GeoJSON FeatureCollection.
 * Every outline records where it comes from and under which licence; one drawn by hand
 * has no place here.
 */

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
    /** The Arabic edition's name of the area. */
    ar: z.strictObject({ name: z.string().trim().min(1, 'must not be empty') }).optional(),
  }),
  geometry: z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('Polygon'), coordinates: polygon }),
    z.strictObject({ type: z.literal('MultiPolygon'), coordinates: z.array(polygon).min(1) }),
  ]),
});

export type Area = z.infer<typeof areaSchema>;

export interface Areas {
  areas: Area[];
  byId: ReadonlyMap<string, Area>;
}

export interface AreasResult {
  areas: Areas;
  problems: Problem[];
  /** Ids of outlines that exist but failed validation, or null when the file could not be read; steps naming them are not reported again. */
  rejectedIds: Set<string> | null;
}

export const noAreas = (): AreasResult => ({ areas: { areas: [], byId: new Map() }, problems: [], rejectedIds: new Set() });

/**
 * Validates the parsed JSON of geo/areas.json. `raw` is the file's text, used only to
 * point each problem at the line of its feature.
 * @example parseAreas({ type: 'FeatureCollection', features: [] }, 'geo/areas.json').problems // []
 */
export function parseAreas(data: unknown, file: string, raw = ''): AreasResult {
  const result = noAreas();
  const byId = result.areas.byId as Map<string, Area>;
  const collection = data as { type?: unknown; features?: unknown } | null;
  if (typeof collection !== 'object' || collection === null || collection.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    const message = 'areas must be a GeoJSON FeatureCollection: { "type": "FeatureCollection", "features": [...] }';
    return { ...result, problems: [{ file, line: 1, message }], rejectedIds: null };
  }
  collection.features.forEach((feature: unknown, index) => {
    const id = typeof (feature as { id?: unknown } | null)?.id === 'string' ? (feature as { id: string }).id : undefined;
    const label = id ? `area "${id}"` : `area #${index + 1}`;
    const idPattern = id ? new RegExp(`"id"\\s*:\\s*"${escapeRegExp(id)}"`) : undefined;
    const line = idPattern ? lineOf(raw, idPattern) : undefined;
    const parsed = areaSchema.safeParse(feature);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) result.problems.push({ file, line, message: `${label}: ${describeIssue(issue)}` });
      if (id) result.rejectedIds?.add(id);
      return;
    }
    if (byId.has(parsed.data.id)) {
      const again = line && idPattern ? lineOf(raw, idPattern, line + 1) : undefined;
      result.problems.push({ file, line: again, message: `${label}: duplicate id (first defined at line ${line ?? '?'})` });
      return;
    }
    byId.set(parsed.data.id, parsed.data);
    result.areas.areas.push(parsed.data);
  });
  return result;
}
