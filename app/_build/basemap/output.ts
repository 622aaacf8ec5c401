import { gzipSync } from 'node:zlib';
import { BASEMAP_BUDGET } from './config';
import type { LabelData } from '../../_lib/map/labels/types';
import type { BasemapCollection } from '../../_lib/map/basemap/types';

export interface Sizes {
  rawBytes: number;
  gzipBytes: number;
}

/** Minified JSON text plus its raw and gzip (level 9) byte sizes. */
export function serializeBasemap(collection: BasemapCollection | LabelData): Sizes & { json: string } {
  const json = JSON.stringify(collection);
  const buffer = Buffer.from(json, 'utf8');
  return { json, rawBytes: buffer.length, gzipBytes: gzipSync(buffer, { level: 9 }).length };
}

export function fitsBudget({ rawBytes, gzipBytes }: Sizes, budget: Sizes = BASEMAP_BUDGET): boolean {
  return rawBytes <= budget.rawBytes && gzipBytes <= budget.gzipBytes;
}
