import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from '../../content/problems';
import { emptyCuratedLabels, parseCuratedLabels, type CuratedLabels } from './curated';

/** Where the curated labels live, relative to the repository root. */
export const CURATED_LABELS_FILE = 'geo/map-labels.json';

/** The one reader of geo/map-labels.json: its labels, or every problem with its line. */
export async function loadCuratedLabels(
  root = process.cwd(),
  file = path.join(root, CURATED_LABELS_FILE),
): Promise<{ labels: CuratedLabels; problems: Problem[] }> {
  const rel = path.relative(root, file).split(path.sep).join('/');
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (error) {
    const message = `cannot read the map labels (${(error as Error).message})`;
    return { labels: emptyCuratedLabels(), problems: [{ file: rel, message }] };
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    const line = position ? raw.slice(0, Number(position[1])).split('\n').length : undefined;
    return { labels: emptyCuratedLabels(), problems: [{ file: rel, line, message: `invalid JSON: ${message}` }] };
  }
  return parseCuratedLabels(data, rel, raw);
}
