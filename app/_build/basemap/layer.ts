import type { CountryShape } from './disputed';
import type { PolicyLines } from './disputed-lines';
import type { CountriesTopology } from './world-atlas.server';
import type { BasemapFeature, Bbox } from '../../_lib/map/basemap/types';

/** What every layer gets: the simplified countries topology and the output's extent and rounding. */
export interface LayerContext {
  /** world-atlas countries with absolute, simplified arcs (shared borders stay shared). */
  topology: CountriesTopology;
  bbox: Bbox;
  precision: number;
  /** The countries with the disputed-territory policy applied (disputed.ts); from the topology alone when absent. */
  countries?: CountryShape[];
  /** The land borders and de facto lines under the policy (disputed-lines.ts); the topology's borders when absent. */
  lines?: PolicyLines;
  /** The 1:110m world drawn around the bbox (world-layer.ts), with its own rounding; none in tests that leave it out. */
  world?: { topology: CountriesTopology; precision: number; countries?: CountryShape[]; lines?: PolicyLines };
}

/**
 * One layer of the basemap: its features, in drawing order. The pipeline concatenates
 * the layers' features in the order of BASEMAP_LAYERS; a new layer (labels, seas) is a
 * new module implementing this and one more entry there.
 */
export interface BasemapLayer {
  name: string;
  build(context: LayerContext): BasemapFeature[];
}
