import type { FillLayerSpecification, LineLayerSpecification, StyleSpecification } from 'maplibre-gl';

/*
 * The embedded basemap's style, as typed constants. The basemap is a GeoJSON file
 * built from Natural Earth (app/_build/basemap, `npm run basemap`) and served from our own origin,
 * so the map needs no network and no token.
 */

/**
 * A hosted MapLibre style to use instead of the embedded basemap, set at build time
 * (docs/map.md, "Hosted basemap"). The embedded basemap stays the default and the tests' choice.
 */
export const HOSTED_STYLE_URL: string | undefined = process.env.NEXT_PUBLIC_MAP_STYLE_URL || undefined;
export const BASEMAP_SOURCE_ID = 'basemap';

export const mapColors = {
  sea: '#c9dce4',
  land: '#efebe1',
  highlight: '#f0c9b8',
  border: '#a39e92',
} as const;

/**
 * The style the map starts from: empty. The sea is the map box's CSS background (`--sea`,
 * the same colour as `mapColors.sea`), showing through MapLibre's transparent canvas; a
 * background layer would repaint every pixel of the canvas on every frame of a flight,
 * which costs most where WebGL is slowest (software rendering).
 */
export const baseStyle: StyleSpecification = {
  version: 8,
  name: 'Astana story (embedded Natural Earth)',
  sources: {},
  layers: [],
};

/**
 * Land, with the step's countries highlighted through feature state (`promoteId: 'iso3'`
 * on the source). MapLibre applies feature state on the main thread, where changing a
 * filter would re-tile the whole basemap in the worker at every step; and one fill pass
 * instead of a second, mostly transparent, highlight layer halves the fill work per frame.
 */
export const countryFillLayer: Omit<FillLayerSpecification, 'source'> = {
  id: 'country-fill',
  type: 'fill',
  filter: ['==', ['get', 'kind'], 'country'],
  paint: {
    'fill-color': ['case', ['boolean', ['feature-state', 'highlight'], false], mapColors.highlight, mapColors.land],
  },
};

export const borderLayer: Omit<LineLayerSpecification, 'source'> = {
  id: 'borders',
  type: 'line',
  filter: ['==', ['get', 'kind'], 'border'],
  paint: { 'line-color': mapColors.border, 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.5, 8, 1.4] },
};

/**
 * De facto lines (a ceasefire line, an annexed area's edge: docs/disputed-territory.md), dashed
 * the same on the live map and in static maps: width and dash lengths in CSS pixels.
 */
export const deFactoLine = { color: mapColors.border, width: 1, dash: [3, 2] } as const;

export const deFactoLineLayer: Omit<LineLayerSpecification, 'source'> = {
  id: 'de-facto-lines',
  type: 'line',
  filter: ['==', ['get', 'kind'], 'de-facto'],
  // MapLibre measures dashes in line widths.
  paint: { 'line-color': deFactoLine.color, 'line-width': deFactoLine.width, 'line-dasharray': deFactoLine.dash.map((length) => length / deFactoLine.width) },
};

/**
 * A step's areas (geo/areas.json): diagonal lines in a deeper shade of the highlight, 45° up to
 * the right, with a thin outline in the same colour, in CSS pixels, the same in static maps, the
 * live overlay and the key's swatch. Light enough that every label still reads at 3:1 over a line
 * (tests/unit/map-contrast.test.ts), dark enough to show on a tinted country.
 */
export const areaHatch = { color: '#dc9478', width: 1.5, spacing: 6, outline: 1 } as const;
