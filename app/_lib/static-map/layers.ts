import { geoPath, type GeoStream } from 'd3-geo';
import type { BasemapCollection, BasemapFeature } from '../basemap/types';
import { escapeHtml } from '../escape-html';
import { mapColors } from '../map-style';
import type { LngLat } from '../camera';
import type { Place } from '../schema';
import { pixelSnap, type StaticMapFrame } from './projection';
import type { StaticMapSpec } from './spec';
import { forD3 } from './winding';
import { locatorLayer } from './locator-layer';

/** What every layer reads: the spec, the basemap and the frame they are drawn in. */
export interface StaticMapContext {
  spec: StaticMapSpec;
  basemap: BasemapCollection;
  frame: StaticMapFrame;
  /** SVG path data of a feature, snapped to the spec's grid; empty when none of it is in view. */
  path: (feature: BasemapFeature) => string;
  /** Where a point falls in the box, or null when it falls outside it. */
  pointInBox: (coordinates: LngLat) => [number, number] | null;
}

/** One layer of a static map: SVG markup, drawn over the layers before it. */
export interface StaticMapLayer {
  id: string;
  render: (context: StaticMapContext) => string;
}

export function contextFor(spec: StaticMapSpec, basemap: BasemapCollection, frame: StaticMapFrame): StaticMapContext {
  const { projection } = frame;
  const path = geoPath({ stream: (sink: GeoStream) => projection.stream(pixelSnap(sink, spec.grid)) }).digits(0);
  return {
    spec,
    basemap,
    frame,
    path: (feature) => path(forD3(feature)) ?? '',
    pointInBox(coordinates) {
      const point = projection(coordinates);
      if (!point) return null;
      const [x, y] = point;
      return x >= 0 && x <= spec.width && y >= 0 && y <= spec.height ? point : null;
    },
  };
}

const isHighlighted = (feature: BasemapFeature, spec: StaticMapSpec) => feature.properties.kind === 'country' && !!feature.properties.iso3 && spec.highlight.includes(feature.properties.iso3);

/** The paths of the basemap features that `select` keeps, as one path's data. */
function pathsOf(context: StaticMapContext, select: (feature: BasemapFeature) => boolean): string {
  return context.basemap.features
    .filter(select)
    .map(context.path)
    .join('');
}

export const seaLayer: StaticMapLayer = {
  id: 'sea',
  render: ({ spec }) => `<rect width="${spec.width}" height="${spec.height}" fill="${mapColors.sea}"/>`,
};

export const landLayer: StaticMapLayer = {
  id: 'land',
  render: (context) => `<path d="${pathsOf(context, (f) => f.properties.kind !== 'border' && !isHighlighted(f, context.spec))}" fill="${mapColors.land}"/>`,
};

export const highlightLayer: StaticMapLayer = {
  id: 'highlight',
  render(context) {
    const d = pathsOf(context, (f) => isHighlighted(f, context.spec));
    return d ? `<path d="${d}" fill="${mapColors.highlight}"/>` : '';
  },
};

export const bordersLayer: StaticMapLayer = {
  id: 'borders',
  render: (context) => `<path d="${pathsOf(context, (f) => f.properties.kind === 'border')}" fill="none" stroke="${mapColors.border}" stroke-width="0.8"/>`,
};

function placeMarkup(place: Place, [x, y]: [number, number], { activeIds, linkPlaces }: StaticMapSpec): string {
  const on = activeIds.includes(place.id);
  const dot = `<g class="${on ? 'static-dot is-active' : 'static-dot'}" transform="translate(${x.toFixed(1)} ${y.toFixed(1)})"><circle r="${on ? 7 : 5}"/><text x="10" y="5">${escapeHtml(place.name)}</text></g>`;
  return linkPlaces
    ? `<a href="/places/${place.id}" data-static-place="${place.id}" aria-label="${escapeHtml(`${place.name}, ${place.country}`)}">${dot}</a>`
    : `<g data-static-place="${place.id}">${dot}</g>`;
}

/** Dots and names of the spec's places; places outside the box are left out. */
export const placesLayer: StaticMapLayer = {
  id: 'places',
  render(context) {
    return context.spec.places
      .map((place) => {
        const point = context.pointInBox(place.coordinates);
        return point ? placeMarkup(place, point, context.spec) : '';
      })
      .join('');
  },
};

/** Drawing order, bottom first. A new layer is one `StaticMapLayer` and one entry here. */
export const STATIC_MAP_LAYERS: readonly StaticMapLayer[] = [seaLayer, landLayer, highlightLayer, bordersLayer, placesLayer, locatorLayer];
