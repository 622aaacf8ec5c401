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

  if (!Array.isArray(data)) {
    problems.push({ file, line: 1, message: 'the gazetteer must be a JSON array of places' });
    return { gazetteer: { places, byId }, problems, rejectedIds: null };
  }

  data.forEach((entry, index) => {
    const id = typeof entry?.id === 'string' ? entry.id : undefined;
    const label = id ? `place "${id}"` : `place #${index + 1}`;
    const line = id ? lineOf(raw, new RegExp(`"id"\\s*:\\s*"${escapeRegExp(id)}"`)) : undefined;
    const result = placeSchema.safeParse(entry);
    if (!result.success) {
      for (const issue of result.error.issues) problems.push({ file, line, message: `${label}: ${describeIssue(issue)}` });
      if (id) rejectedIds.add(id);
      return;
    }
    if (byId.has(result.data.id)) {
      const firstLine = lineOf(raw, new RegExp(`"id"\\s*:\\s*"${escapeRegExp(result.data.id)}"`));
      const dupLine = firstLine ? lineOf(raw, new RegExp(`"id"\\s*:\\s*"${escapeRegExp(result.data.id)}"`), firstLine + 1) : undefined;
      problems.push({ file, line: dupLine, message: `${label}: duplicate id (first defined at line ${firstLine ?? '?'})` });
      return;
    }
    byId.set(result.data.id, result.data);
    places.push(result.data);
  });

  return { gazetteer: { places, byId }, problems, rejectedIds };
}
