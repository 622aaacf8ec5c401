import { geoMercator, geoPath, type GeoStream } from 'd3-geo';
import { escapeHtml } from '../../markup/escape-html';
import { scaleForZoom } from '../../geometry/mercator';
import type { BasemapCollection, BasemapFeature } from '../basemap/types';
import type { PlacedMarker } from '../compose/markers';
import { labelsGroup } from '../labels/markup';
import { LOCATOR_SIZE, locatorMark } from '../locator';
import { annotationsMarkup, routesGroup } from '../step-layers/markup';
import { areasGroup } from '../step-layers/area-markup';
import { deFactoLine, mapColors } from '../style';
import { MAP_FONT_STACK, MAP_WEIGHTS, mapFontFaces, type FallbackMetrics } from '../text/font';
import { DOT, NAME } from '../text/styles';
import { anchorOf, bidiText } from '../text/script';
import { formatDrawnCamera } from './handoff';
import type { StaticLayout } from './layout';
import { locatorBackground, locatorMarkSvg } from './locator-layer';
import { pixelSnap } from './projection';
import { drawingOf, type StaticMapSpec } from './spec';
import { forD3 } from './winding';

/*
 * A static map as an SVG document, drawn from its layout: the basemap in Web Mercator at
 * MapLibre's scale, the step's hatched areas, connections, labels and callouts, and, in an image, its markers
 * and locator. A first view is drawn beyond its box (its bleed); everything placed stays inside
 * the box. Text is set in the map font's fallback face (an SVG image cannot load a font), with
 * Noto Sans first for readers who have it.
 */

export { drawingOf } from './spec';

const isTinted = (feature: BasemapFeature, spec: StaticMapSpec) =>
  feature.properties.kind === 'country' && !!feature.properties.iso3 && spec.highlight.includes(feature.properties.iso3);

/** A marker as SVG, as the live map's CSS draws it (live-map.css): a dot, and a name on a tag. */
function markerSvg(marker: PlacedMarker, name: string): string {
  if (!marker.shown) return '';
  const active = marker.role === 'active';
  const dot = active
    ? `<circle cx="${marker.x}" cy="${marker.y}" r="${DOT.active - 1}" fill="#b3261e" stroke="#fff" stroke-width="2"/>`
    : `<circle cx="${marker.x}" cy="${marker.y}" r="${DOT.context - 0.75}" fill="#fff" stroke="#4a4a4a" stroke-width="1.5"/>`;
  const box = marker.name?.box;
  const at = box && anchorOf(name, (box.x + box.width / 2).toFixed(1), 'middle', box, MAP_FONT_STACK);
  const tag = box && at
    ? `<rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" rx="3" fill="${active ? '#2f2a24' : 'rgba(255,253,248,0.92)'}"/>` +
      `<text x="${at.x}" y="${(box.y + box.height / 2).toFixed(1)}" ${at.attributes} dominant-baseline="central" ` +
      `font-size="${NAME.size}" font-weight="${MAP_WEIGHTS.name}" fill="${active ? '#fff' : '#2f2a24'}">${escapeHtml(bidiText(name))}</text>`
    : '';
  return `<g data-static-place="${escapeHtml(marker.id)}"${active ? ' data-active="true"' : ''}>${dot}${tag}</g>`;
}

/** The locator inset, drawn into an image at its overlay's box. */
function locatorSvg(spec: StaticMapSpec, layout: StaticLayout, basemap: BasemapCollection): string {
  const rect = layout.overlays.locator;
  if (!spec.locator || !rect) return '';
  const [west, north] = invert(layout, 0, 0);
  const [east, south] = invert(layout, spec.size.width, spec.size.height);
  const mark = locatorMark(spec.locator.frame, [
    [west, south],
    [east, north],
  ]);
  return (
    `<g data-static-locator="">` +
    `<svg x="${rect.x}" y="${rect.y}" width="${rect.width}" height="${rect.height}" viewBox="0 0 ${LOCATOR_SIZE.width} ${LOCATOR_SIZE.height}">` +
    `${locatorBackground(spec.locator, basemap)}${locatorMarkSvg(mark)}</svg>` +
    `<rect x="${rect.x}" y="${rect.y}" width="${rect.width}" height="${rect.height}" fill="none" stroke="${mapColors.border}"/></g>`
  );
}

/** The point of the world at a point of the box. */
function invert(layout: StaticLayout, x: number, y: number): [number, number] {
  const projection = geoMercator().scale(scaleForZoom(layout.camera.zoom)).center(layout.camera.center).translate(centreOf(layout, 0, 0));
  return projection.invert!([x, y]) as [number, number];
}

/** Where the camera's centre is drawn: the middle of its padded area, moved by the drawing's offset. */
function centreOf(layout: StaticLayout, offsetX: number, offsetY: number): [number, number] {
  const at = layout.project(layout.camera.center);
  return [at[0] + offsetX, at[1] + offsetY];
}

export interface SvgOptions {
  basemap: BasemapCollection;
  fallbacks: readonly FallbackMetrics[];
}

/** The SVG document of a laid-out static map. */
export function staticMapSvg(spec: StaticMapSpec, layout: StaticLayout, { basemap, fallbacks }: SvgOptions): string {
  const names = new Map(spec.scene.places.map((place) => [place.id, place.name]));
  const drawing = drawingOf(spec);
  const { offsetX, offsetY } = drawing;
  const projection = geoMercator()
    .scale(scaleForZoom(layout.camera.zoom))
    .center(layout.camera.center)
    .translate(centreOf(layout, offsetX, offsetY))
    .clipExtent([
      [-10, -10],
      [drawing.width + 10, drawing.height + 10],
    ]);
  const path = geoPath({ stream: (sink: GeoStream) => projection.stream(pixelSnap(sink, spec.size.grid)) }).digits(0);
  const paths = (keep: (feature: BasemapFeature) => boolean) =>
    basemap.features
      .filter(keep)
      .map((feature) => path(forD3(feature)) ?? '')
      .join('');
  const tinted = paths((f) => isTinted(f, spec));
  const deFacto = paths((f) => f.properties.kind === 'de-facto');
  const { composition } = layout;
  const image = spec.size.use === 'image';
  const markers = image ? composition.markers.map((marker) => markerSvg(marker, names.get(marker.id) ?? marker.id)).join('') : '';
  // The drawing's own units are CSS pixels of the box: the page shows it at 1:1 in the box it was made for.
  const camera = formatDrawnCamera({ center: layout.camera.center, zoom: layout.camera.zoom });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${drawing.width} ${drawing.height}" width="${drawing.width}" height="${drawing.height}" ` +
      `role="img" aria-label="${escapeHtml(spec.title)}" data-static-map="" data-camera="${camera}" ` +
      `data-box="${spec.size.width},${spec.size.height},${offsetX},${offsetY}">`,
    `<style>${mapFontFaces(fallbacks)}</style>`,
    `<rect width="${drawing.width}" height="${drawing.height}" fill="${mapColors.sea}"/>`,
    `<path d="${paths((f) => f.properties.kind === 'country' && !isTinted(f, spec))}" fill="${mapColors.land}"/>`,
    tinted ? `<path d="${tinted}" fill="${mapColors.highlight}"/>` : '',
    `<path d="${paths((f) => f.properties.kind === 'border')}" fill="none" stroke="${mapColors.border}" stroke-width="0.8"/>`,
    deFacto
      ? `<path d="${deFacto}" fill="none" stroke="${deFactoLine.color}" stroke-width="${deFactoLine.width}" stroke-dasharray="${deFactoLine.dash.join(' ')}"/>`
      : '',
    `<g transform="translate(${offsetX} ${offsetY})" font-family="${escapeHtml(MAP_FONT_STACK)}">`,
    // The step's areas over the basemap, as the live map's overlay lies over its canvas; under everything placed.
    areasGroup(composition.areas),
    composition.routes.length ? routesGroup(composition.routes) : '',
    labelsGroup(composition.labels, '', annotationsMarkup(composition.callouts)),
    markers ? `<g aria-hidden="true" data-static-markers="">${markers}</g>` : '',
    image ? locatorSvg(spec, layout, basemap) : '',
    '</g></svg>',
  ].join('');
}
