import { LOCATOR_SIZE, locatorMark, showsLocator, type LocatorMark, type StepLocator } from '../locator';
import { mapColors } from '../style';
import type { BasemapCollection } from '../basemap/types';
import { geoPath, type GeoStream } from 'd3-geo';
import type { StaticMapLayer } from './layer';
import { frameFor, pixelSnap, zoomOfFrame } from './projection';
import { forD3 } from './winding';

/*
 * The locator inset drawn without MapLibre: its background (the framed country among its
 * neighbours), served as an image to the live map's overlay and nested in static maps,
 * and the mark of the view, the same shapes the live overlay draws.
 */

/** The framed country, a shade darker than other land: it is what the locator's name refers to. */
export const LOCATOR_COUNTRY_FILL = '#d9cfbb';
export const LOCATOR_MARK_COLOR = '#b3261e';

/** Sea, land, the framed country and borders, in the locator's own units. */
export function locatorBackground(locator: StepLocator, basemap: BasemapCollection): string {
  const { frame } = locator;
  const camera = { kind: 'point', center: frame.center, zoom: frame.zoom, pitch: 0, bearing: 0 } as const;
  const { projection } = frameFor({ camera, width: frame.width, height: frame.height, fit: 'cover' });
  const path = geoPath({ stream: (sink: GeoStream) => projection.stream(pixelSnap(sink, 1)) }).digits(0);
  const paths = (keep: (properties: BasemapCollection['features'][number]['properties']) => boolean) =>
    basemap.features
      .filter((f) => keep(f.properties))
      .map((f) => path(forD3(f)) ?? '')
      .join('');
  const isFramed = (p: { kind: string; iso3?: string | null }) => p.kind === 'country' && p.iso3 === locator.country;
  const country = paths(isFramed);
  return (
    `<rect width="${frame.width}" height="${frame.height}" fill="${mapColors.sea}"/>` +
    `<path d="${paths((p) => p.kind === 'country' && !isFramed(p))}" fill="${mapColors.land}"/>` +
    (country ? `<path d="${country}" fill="${LOCATOR_COUNTRY_FILL}"/>` : '') +
    `<path d="${paths((p) => p.kind === 'border')}" fill="none" stroke="${mapColors.border}" stroke-width="0.5"/>`
  );
}

/** The background as an SVG file, for `/maps/locator/<code>.svg`. */
export function locatorImageSvg(locator: StepLocator, basemap: BasemapCollection): string {
  const { width, height } = locator.frame;
  const box = `viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"`;
  return `<svg xmlns="http://www.w3.org/2000/svg" ${box}>${locatorBackground(locator, basemap)}</svg>`;
}

/** The view's mark: a rectangle, or a dot with a ring. */
export function locatorMarkSvg(mark: LocatorMark | null): string {
  if (!mark) return '';
  if (mark.kind === 'rect') {
    return `<rect x="${mark.x}" y="${mark.y}" width="${mark.width}" height="${mark.height}" fill="none" stroke="${LOCATOR_MARK_COLOR}" stroke-width="2"/>`;
  }
  return (
    `<circle cx="${mark.x}" cy="${mark.y}" r="2.5" fill="${LOCATOR_MARK_COLOR}"/>` +
    `<circle cx="${mark.x}" cy="${mark.y}" r="${mark.r}" fill="none" stroke="${LOCATOR_MARK_COLOR}" stroke-width="1.5"/>`
  );
}

/** Share of a static map's width the inset takes, at most its full size. */
const INSET_SHARE = 0.3;
const INSET_MARGIN = 8;

/**
 * The inset in a static map whose camera is a close-up. Only maps drawn whole (`cover`): a
 * `camera` map is cropped by its box, which could cut the inset off; the live map's overlay
 * shows the locator there.
 */
export const locatorLayer: StaticMapLayer = {
  id: 'locator',
  render({ spec, frame, basemap }) {
    if (!spec.locator || spec.fit === 'camera') return '';
    const zoom = zoomOfFrame(frame);
    if (!showsLocator(zoom + 1e-9)) return '';
    const [west, north] = frame.projection.invert?.([0, 0]) ?? [0, 0];
    const [east, south] = frame.projection.invert?.([spec.width, spec.height]) ?? [0, 0];
    const mark = locatorMark(spec.locator.frame, [
      [west, south],
      [east, north],
    ]);
    const width = Math.round(Math.min(LOCATOR_SIZE.width, spec.width * INSET_SHARE));
    const height = Math.round((width * LOCATOR_SIZE.height) / LOCATOR_SIZE.width);
    const x = spec.width - width - INSET_MARGIN;
    const { width: w, height: h } = spec.locator.frame;
    return (
      // Part of the map's image; its words are in the map's name (`withLocatorTitle`).
      `<g data-static-locator="">` +
      `<svg x="${x}" y="${INSET_MARGIN}" width="${width}" height="${height}" viewBox="0 0 ${w} ${h}">` +
      `${locatorBackground(spec.locator, basemap)}${locatorMarkSvg(mark)}</svg>` +
      `<rect x="${x}" y="${INSET_MARGIN}" width="${width}" height="${height}" fill="none" stroke="${mapColors.border}"/></g>`
    );
  },
};
