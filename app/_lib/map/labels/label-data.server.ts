import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { LABELS_OUTPUT } from '../basemap/files';
import type { LabelData } from './types';

let cachedLabels: Promise<LabelData> | undefined;

/** The built label data (public/basemap/labels.json), read once per server process for static maps. */
export function getLabels(root = process.cwd()): Promise<LabelData> {
  cachedLabels ??= readFile(path.join(root, LABELS_OUTPUT), 'utf8').then(
    (text) => JSON.parse(text) as LabelData,
    (error: Error) => {
      throw new Error(`The map labels are missing (${error.message}). Run \`npm run basemap\` (the build does it for you).`);
    },
  );
  return cachedLabels;
}
