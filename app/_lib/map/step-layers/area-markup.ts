import { escapeHtml } from '../../markup/escape-html';
import type { Point } from '../../geometry/arcs';
import type { DrawnArea } from './areas';
import { areaHatch } from '../style';

/*
 * A step's areas as SVG: hatched, with a thin outline, presentation attributes only, so the
 * static maps (their first views, thumbnails) and the live map's overlay draw the same pixels.
 * Each area is a path carrying its test hook (docs/contract.md).
 */

/** The hatching's pattern id: one per SVG document (a static map file, the live overlay). */
export const HATCH_ID = 'map-area-hatch';

const ringPath = (ring: readonly Point[]) => ring.map(([x, y], i) => `${i ? 'L' : 'M'}${x} ${y}`).join('') + 'Z';

/** The hatching: in the map's pixels (userSpaceOnUse), so static and live maps at one camera line up. */
export function hatchPattern(): string {
  const { color, width, spacing } = areaHatch;
  return (
    `<pattern id="${HATCH_ID}" width="${spacing}" height="${spacing}" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
    `<path d="M${spacing / 2} 0V${spacing}" stroke="${color}" stroke-width="${width}"/></pattern>`
  );
}

/** The areas' group, hidden from screen readers (the key and the reader view's text say what they are); empty without areas. */
export function areasGroup(areas: readonly DrawnArea[]): string {
  if (!areas.length) return '';
  const paths = areas
    .map(
      (area) =>
        `<path data-map-area="${escapeHtml(area.id)}" d="${area.rings.map(ringPath).join('')}" fill="url(#${HATCH_ID})" fill-rule="evenodd" ` +
        `stroke="${areaHatch.color}" stroke-width="${areaHatch.outline}" stroke-linejoin="round"/>`,
    )
    .join('');
  return `<g aria-hidden="true" pointer-events="none" data-map-areas=""><defs>${hatchPattern()}</defs>${paths}</g>`;
}
