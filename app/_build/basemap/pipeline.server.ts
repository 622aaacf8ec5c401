/**
 * The basemap build: load Natural Earth countries (world-atlas), simplify the shared
 * arcs once, then let each layer clip, round and describe its features.
 */
import { borderLayer } from './borders';
import { BASEMAP_DEFAULTS, type BasemapOptions, type Resolution } from './config';
import { countryLayer } from './country-layer';
import type { BasemapLayer, LayerContext } from './layer';
import { fitsBudget, serializeBasemap, type Sizes } from './output';
import { simplifyTopology } from './simplify';
import type { BasemapCollection } from '../../_lib/map/basemap/types';
import { buildLabels, type LabelInputs } from './labels.server';
import { loadCountries } from './world-atlas.server';
import { applyPolicy, countryShapes } from './disputed';
import { policyLines } from './disputed-lines';
import type { DisputedPolicy } from '../../_lib/map/basemap/disputed-policy';
import { worldLayer } from './world-layer';
import type { LabelData } from '../../_lib/map/labels/types';

/** The layers in drawing order: the world around the box, then the box's fills and its border lines over them. */
export const BASEMAP_LAYERS: readonly BasemapLayer[] = [worldLayer, countryLayer, borderLayer];

/**
 * How far inside its Natural Earth shape a sourced outline must run to be drawn as a line: about
 * the accuracy of the shape's coasts and borders, coarser at 1:110m.
 */
const OUTLINE_INSIDE: Record<Resolution, number> = { '50m': 0.01, '110m': 0.2 };

/** A simplified topology with the disputed-territory policy applied to its countries and lines. */
function underPolicy(resolution: Resolution, tolerance: number, policy: DisputedPolicy) {
  const topology = simplifyTopology(loadCountries(resolution), tolerance);
  const before = countryShapes(topology);
  const countries = applyPolicy(before, policy);
  return { topology, countries, lines: policyLines(topology, before, countries, policy, { tolerance, inside: OUTLINE_INSIDE[resolution] }) };
}

function contextFor(options: Partial<BasemapOptions>): LayerContext {
  const { resolution, tolerance, precision, bbox, world, policy } = { ...BASEMAP_DEFAULTS, ...options };
  return {
    ...underPolicy(resolution, tolerance, policy),
    bbox,
    precision,
    ...(world ? { world: { ...underPolicy('110m', world.tolerance, policy), precision: world.precision } } : {}),
  };
}

export function buildBasemap(options: Partial<BasemapOptions> = {}, layers = BASEMAP_LAYERS): BasemapCollection {
  const context = contextFor(options);
  return { type: 'FeatureCollection', features: layers.flatMap((layer) => layer.build(context)) };
}

/** The basemap and its label data, from the same simplified countries (labels sit inside the shapes drawn). */
export function buildBasemapAndLabels(
  inputs: LabelInputs,
  options: Partial<BasemapOptions> = {},
  layers = BASEMAP_LAYERS,
): { collection: BasemapCollection; labels: LabelData } {
  const context = contextFor(options);
  return { collection: { type: 'FeatureCollection', features: layers.flatMap((layer) => layer.build(context)) }, labels: buildLabels(context, inputs) };
}

export interface BudgetedBasemap extends Sizes {
  collection: BasemapCollection;
  json: string;
  resolution: Resolution;
  countries: number;
  labels: Sizes & { json: string; count: number };
}

/**
 * The default basemap and labels from 50m data, or from 110m when 50m exceeds the budget
 * (with a warning); throws when neither fits. Sizes are for both files together: the live
 * map loads both.
 */
export function buildWithinBudget(
  inputs: LabelInputs,
  warn: (message: string) => void = console.warn,
  options: Partial<BasemapOptions> = {},
): BudgetedBasemap {
  let result: BudgetedBasemap | undefined;
  for (const resolution of ['50m', '110m'] as const) {
    const { collection, labels } = buildBasemapAndLabels(inputs, { ...options, resolution });
    const basemap = serializeBasemap(collection);
    const labelJson = serializeBasemap(labels);
    result = {
      collection,
      resolution,
      json: basemap.json,
      rawBytes: basemap.rawBytes + labelJson.rawBytes,
      gzipBytes: basemap.gzipBytes + labelJson.gzipBytes,
      countries: collection.features.filter((feature) => feature.properties.kind === 'country' && !feature.properties.extent).length,
      labels: { ...labelJson, count: labels.labels.length },
    };
    if (fitsBudget(result)) return result;
    if (resolution === '50m') {
      warn(`basemap: 50m output (${result.rawBytes} B raw, ${result.gzipBytes} B gzip with labels) exceeds budget, falling back to 110m`);
    }
  }
  throw new Error(`basemap and labels exceed budget: ${result!.rawBytes} B raw, ${result!.gzipBytes} B gzip`);
}
