import type { LocatorMark, StepLocator } from '../locator';
import { mapColors } from '../style';
import type { BasemapCollection } from '../basemap/types';
import { geoMercator, geoPath, type GeoStream } from 'd3-geo';
import { scaleForZoom } from '../../geometry/mercator';
import { pixelSnap } from './projection';
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
  const projection = geoMercator()
    .scale(scaleForZoom(frame.zoom))
    .center(frame.center)
    .translate([frame.width / 2, frame.height / 2])
    .clipExtent([
      [-10, -10],
      [frame.width + 10, frame.height + 10],
    ]);
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
