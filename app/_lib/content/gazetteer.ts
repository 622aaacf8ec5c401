import { placeSchema, type Place } from './schema';
import { describeIssue, escapeRegExp, lineOf, type Problem } from './problems';

export interface Gazetteer {
  places: Place[];
  byId: ReadonlyMap<string, Place>;
}

export interface GazetteerResult {
  gazetteer: Gazetteer;
  problems: Problem[];
  /**
   * Ids of entries that exist but failed validation, or null when the file could not be
   * read at all; references to these are not reported again as unknown places.
   */
  rejectedIds: Set<string> | null;
  /**
   * Where a place's field is written, for checks of its text (the house style); absent when
   * the file could not be read.
   */
  located?: { file: string; lineOf(id: string, field: string): number | undefined };
}

/**
 * Validates the gazetteer's parsed JSON. `raw` is the file's text, used only to
 * point each problem at the line of its entry.
 */
export function parseGazetteer(data: unknown, file: string, raw = ''): GazetteerResult {
  const problems: Problem[] = [];
  const places: Place[] = [];
  const byId = new Map<string, Place>();
  const rejectedIds = new Set<string>();
  const idPattern = (id: string) => new RegExp(`"id"\\s*:\\s*"${escapeRegExp(id)}"`);
  /**
   * The field's line inside the entry: after its `"id"` and before the next entry's. A nested
   * field is a path (`ar.name`), each key looked for after the one before.
   */
  const fieldLine = (id: string, field: string) => {
    const entry = lineOf(raw, idPattern(id));
    if (entry === undefined) return undefined;
    const next = lineOf(raw, /"id"\s*:/, entry + 1) ?? Infinity;
    let line: number | undefined = entry;
    for (const key of field.split('.')) {
      line = lineOf(raw, new RegExp(`"${escapeRegExp(key)}"\\s*:`), line);
      if (line === undefined || line >= next) return entry;
    }
    return line;
  };
  const located = { file, lineOf: fieldLine };

  if (!Array.isArray(data)) {
    problems.push({ file, line: 1, message: 'the gazetteer must be a JSON array of places' });
    return { gazetteer: { places, byId }, problems, rejectedIds: null, located };
  }

  data.forEach((entry, index) => {
    const id = typeof entry?.id === 'string' ? entry.id : undefined;
    const label = id ? `place "${id}"` : `place #${index + 1}`;
    const line = id ? lineOf(raw, idPattern(id)) : undefined;
    const result = placeSchema.safeParse(entry);
    if (!result.success) {
      for (const issue of result.error.issues) problems.push({ file, line, message: `${label}: ${describeIssue(issue)}` });
      if (id) rejectedIds.add(id);
      return;
    }
    if (byId.has(result.data.id)) {
      const firstLine = lineOf(raw, idPattern(result.data.id));
      const dupLine = firstLine ? lineOf(raw, idPattern(result.data.id), firstLine + 1) : undefined;
      problems.push({ file, line: dupLine, message: `${label}: duplicate id (first defined at line ${firstLine ?? '?'})` });
      return;
    }
    byId.set(result.data.id, result.data);
    places.push(result.data);
  });

  return { gazetteer: { places, byId }, problems, rejectedIds, located };
}
