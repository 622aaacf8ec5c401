/**
 * The basemap build: load Natural Earth countries (world-atlas), simplify the shared
 * arcs once, then let each layer clip, round and describe its features.
 */
import { borderLayer } from './borders';
import { BASEMAP_DEFAULTS, type BasemapOptions, type Resolution } from './config';
import { countryLayer } from './countries';
import type { BasemapLayer } from './layer';
import { fitsBudget, serializeBasemap, type Sizes } from './output';
import { simplifyTopology } from './simplify';
import type { BasemapCollection } from './types';
import { loadCountries } from './world-atlas.server';

/** The layers in drawing order: fills first, border lines over them. */
export const BASEMAP_LAYERS: readonly BasemapLayer[] = [countryLayer, borderLayer];

export function buildBasemap(options: Partial<BasemapOptions> = {}, layers = BASEMAP_LAYERS): BasemapCollection {
  const { resolution, tolerance, precision, bbox } = { ...BASEMAP_DEFAULTS, ...options };
  const topology = simplifyTopology(loadCountries(resolution), tolerance);
  return { type: 'FeatureCollection', features: layers.flatMap((layer) => layer.build({ topology, bbox, precision })) };
}

export interface BudgetedBasemap extends Sizes {
  collection: BasemapCollection;
  json: string;
  resolution: Resolution;
}

/**
 * The default basemap from 50m data, or from 110m when 50m exceeds the budget (with a
 * warning); throws when neither fits.
 */
export function buildWithinBudget(warn: (message: string) => void = console.warn): BudgetedBasemap {
  let result: BudgetedBasemap | undefined;
  for (const resolution of ['50m', '110m'] as const) {
    const collection = buildBasemap({ resolution });
    result = { collection, resolution, ...serializeBasemap(collection) };
    if (fitsBudget(result)) return result;
    if (resolution === '50m') warn(`basemap: 50m output (${result.rawBytes} B raw, ${result.gzipBytes} B gzip) exceeds budget, falling back to 110m`);
  }
  throw new Error(`basemap exceeds budget: ${result!.rawBytes} B raw, ${result!.gzipBytes} B gzip`);
}
