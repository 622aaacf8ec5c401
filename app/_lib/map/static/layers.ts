import type { BasemapFeature } from '../basemap/types';
import { escapeHtml } from '../../markup/escape-html';
import { labelsGroup } from '../labels/markup';
import { attributionZone, markerNameShows, markerObstacles } from '../labels/obstacles';
import { placeLabels } from '../labels/place-labels';
import { candidatesInView, type StaticLabelInput } from '../labels/static-input';
import { mapColors } from '../style';
import type { Place } from '../../content/schema';
import { annotationsMarkup } from '../step-layers/markup';
import { annotationObstacles, placeAnnotations } from '../step-layers/placement';
import { connectionsLayer } from './connections-layer';
import type { StaticMapContext, StaticMapLayer } from './layer';
import { locatorLayer } from './locator-layer';
import { zoomOfFrame } from './projection';
import type { StaticMapSpec } from './spec';

const isHighlighted = (feature: BasemapFeature, spec: StaticMapSpec) =>
  feature.properties.kind === 'country' && !!feature.properties.iso3 && spec.highlight.includes(feature.properties.iso3);

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

function placeMarkup(place: Place, [x, y]: [number, number], { activeIds, linkPlaces }: StaticMapSpec, zoom: number): string {
  const on = activeIds.includes(place.id);
  // As on the live map: zoomed out, only the step's own places are named.
  const name = markerNameShows(place.id, activeIds, zoom) ? `<text x="10" y="5">${escapeHtml(place.name)}</text>` : '';
  const at = `translate(${x.toFixed(1)} ${y.toFixed(1)})`;
  const dot = `<g class="${on ? 'static-dot is-active' : 'static-dot'}" transform="${at}"><circle r="${on ? 7 : 5}"/>${name}</g>`;
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
        return point ? placeMarkup(place, point, context.spec, zoomOfFrame(context.frame)) : '';
      })
      .join('');
  },
};

/**
 * Country, sea and capital names, placed by the same function as on the live map, clear of
 * the markers and (for maps the live map replaces) of the attribution's corner.
 */
export const labelsLayer: StaticMapLayer = {
  id: 'labels',
  render(context) {
    const { spec, frame, labels } = context;
    if (labels.length === 0 && !spec.layers?.annotations.length) return '';
    const zoom = zoomOfFrame(frame);
    const project = (p: [number, number]) => frame.projection(p) ?? null;
    const obstacles = markerObstacles(spec.places, spec.activeIds, zoom, context.pointInBox);
    if (spec.fit === 'camera') obstacles.push(attributionZone(spec.width, spec.height));
    // The step's callouts first: the labels keep clear of them.
    const callouts = placeAnnotations(spec.layers?.annotations ?? [], project, spec.width, spec.height, obstacles);
    obstacles.push(...annotationObstacles(callouts));
    const after = annotationsMarkup(callouts);
    const focus = focusOf(spec);
    const placed = labels.length ? placeLabels({ candidates: labels, project, zoom, width: spec.width, height: spec.height, obstacles, focus }) : [];
    if (!(spec.fit === 'camera' && (frame.atCameraZoom || frame.contain))) return labelsGroup(placed, '', after);
    // Cropped (or, contained, widened) by a box the server does not know: the page places the
    // labels again for it (static-labels.ts), from every candidate the box could show.
    // A contained map's boxes rarely differ much in shape from its viewBox: candidates from a
    // tenth beyond it are enough, and each is bytes in the page (twice, with the page's data).
    const margin = frame.contain ? 0.1 : 0;
    const [[x0, y0], [x1, y1]] = [
      [-spec.width * margin, -spec.height * margin],
      [spec.width * (1 + margin), spec.height * (1 + margin)],
    ];
    const shifted = (p: [number, number]): [number, number] | null => {
      const q = project(p);
      return q && [q[0] - x0, q[1] - y0];
    };
    const [lng, lat] = frame.projection.invert?.([spec.width / 2, spec.height / 2]) ?? [0, 0];
    const input: StaticLabelInput = {
      center: [lng, lat],
      zoom,
      width: spec.width,
      height: spec.height,
      focus,
      activeIds: [...spec.activeIds],
      places: spec.places.filter((place) => context.pointInBox(place.coordinates)).map(({ id, name, coordinates }) => ({ id, name, coordinates })),
      candidates: candidatesInView(labels, shifted, zoom, x1 - x0, y1 - y0),
      ...(spec.layers?.annotations.length ? { annotations: spec.layers.annotations } : {}),
    };
    return labelsGroup(placed, ` data-label-input="${escapeHtml(JSON.stringify(input))}"`, after);
  },
};

/** The countries a map is about, to name first: its active places' and its highlighted ones. */
export function focusOf(spec: Pick<StaticMapSpec, 'places' | 'activeIds' | 'highlight'>): string[] {
  const active = spec.places.filter((place) => spec.activeIds.includes(place.id)).map((place) => place.countryCode);
  return [...new Set([...active, ...spec.highlight])];
}

/** Drawing order, bottom first. A new layer is one `StaticMapLayer` and one entry here. */
export const STATIC_MAP_LAYERS: readonly StaticMapLayer[] = [
  seaLayer,
  landLayer,
  highlightLayer,
  bordersLayer,
  connectionsLayer,
  labelsLayer,
  placesLayer,
  locatorLayer,
];
