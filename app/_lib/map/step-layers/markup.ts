import { escapeHtml } from '../../markup/escape-html';
import { MAP_FONT_STACK } from '../text/font';
import { anchorOf, bidiText, hasArabic } from '../text/script';
import type { Point } from '../../geometry/arcs';
import { routeAt, type DrawnRoute, type PlacedAnnotation } from './placement';

/*
 * SVG markup of a step's layers, presentation attributes only, so it draws the same inline,
 * in a standalone SVG image and in the live map's overlay. Each connection and callout is a
 * group carrying its test hook (docs/contract.md).
 */

export const ROUTE_COLOUR = '#b5402a';
const HALO = 'rgba(255,253,248,0.85)';
/** A callout's text and halo (tests/unit/map-contrast.test.ts holds them to 3:1 on every surface). */
export const CALLOUT_COLOURS = { fill: '#2f2a24', halo: HALO } as const;

const pathOf = (points: readonly Point[]) => points.map(([x, y], i) => `${i ? 'L' : 'M'}${x.toFixed(1)} ${y.toFixed(1)}`).join('');

/** One connection drawn up to `progress` (0..1): a haloed line, and the arrowhead at its tip when directed. */
export function routeMarkup(route: DrawnRoute, progress = 1): string {
  const { points, head } = routeAt(route, progress);
  const d = pathOf(points);
  const dash = route.directed ? '' : ' stroke-dasharray="6 4"';
  const halo = `stroke="${HALO}" stroke-width="1" stroke-linejoin="round" paint-order="stroke"`;
  const arrow = head ? `<path d="${pathOf(head.outline)}Z" fill="${ROUTE_COLOUR}" ${halo}/>` : '';
  return (
    `<g data-map-route="${escapeHtml(route.key)}" data-drawn="${progress >= 1 ? 'full' : 'partial'}">` +
    `<path d="${d}" fill="none" stroke="${HALO}" stroke-width="5" stroke-linecap="round" stroke-linejoin="round"/>` +
    `<path d="${d}" fill="none" stroke="${ROUTE_COLOUR}" stroke-width="2.25" stroke-linecap="round" stroke-linejoin="round"${dash}/>${arrow}</g>`
  );
}

/** The connections' group, hidden from screen readers: the announcement and the key say what they show. */
export function routesGroup(routes: readonly DrawnRoute[], progress = 1): string {
  return `<g aria-hidden="true" pointer-events="none" data-map-routes="">${routes.map((route) => routeMarkup(route, progress)).join('')}</g>`;
}

/** Arabic has no italic, and a slanted one is a browser's fake: a callout in Arabic is set upright. */
const calloutStyle = (text: string) => (hasArabic(text) ? '' : ' font-style="italic"');

/** Callouts: dark italic text (upright in Arabic) on a halo, with a small ring at a coordinate anchor. */
export function annotationsMarkup(placed: readonly PlacedAnnotation[]): string {
  return placed
    .map((a) => {
      const at = anchorOf(a.text, a.x, a.textAnchor, a.box, MAP_FONT_STACK);
      const ring = a.ring ? `<circle cx="${a.anchor[0]}" cy="${a.anchor[1]}" r="3.5" fill="none" stroke="${ROUTE_COLOUR}" stroke-width="1.75"/>` : '';
      return (
        `<g data-map-annotation="${escapeHtml(a.text)}" font-family="${escapeHtml(MAP_FONT_STACK)}" font-weight="500">${ring}` +
        `<text x="${at.x}" y="${a.y}" font-size="${a.size}"${calloutStyle(a.text)} ${at.attributes} dominant-baseline="central" ` +
        `fill="${CALLOUT_COLOURS.fill}" stroke="${CALLOUT_COLOURS.halo}" stroke-width="3.5" stroke-linejoin="round" paint-order="stroke">` +
        `${escapeHtml(bidiText(a.text))}</text></g>`
      );
    })
    .join('');
}
