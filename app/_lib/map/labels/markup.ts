import { escapeHtml } from '../../markup/escape-html';
import { MAP_FONT_STACK } from '../text/font';
import { anchorOf, bidiText } from '../text/script';
import { CAPITAL_MARK, type PlacedLabel } from './place-labels';

/** The labels' text and halo colours: each reads at 3:1 or more on every surface of the map (tests/unit/map-contrast.test.ts). */
export const LABEL_COLOURS = {
  country: { fill: '#5b5446', halo: 'rgba(255,253,248,0.75)' },
  sea: { fill: '#3f6f83', halo: 'rgba(201,220,228,0.8)' },
  capital: { fill: '#4a4a4a', halo: 'rgba(255,253,248,0.8)' },
} as const;
const colours = LABEL_COLOURS;

/**
 * SVG markup of placed labels, with presentation attributes only (no CSS classes), so it draws
 * the same inline in a page, in a standalone SVG image and in the live map's overlay.
 * Each label is a group carrying the test hooks (docs/contract.md).
 */
export function labelsMarkup(labels: readonly PlacedLabel[]): string {
  return labels
    .map((label) => {
      const { fill, halo } = colours[label.kind];
      const country = label.country ? ` data-country="${label.country}"` : '';
      const mark = label.point
        ? `<rect x="${(label.point[0] - CAPITAL_MARK).toFixed(1)}" y="${(label.point[1] - CAPITAL_MARK).toFixed(1)}" ` +
          `width="${2 * CAPITAL_MARK}" height="${2 * CAPITAL_MARK}" fill="#fff" stroke="${fill}" stroke-width="1.5"/>`
        : '';
      const at = anchorOf(label.text, label.x, label.textAnchor, label.box, MAP_FONT_STACK);
      const spacing = label.letterSpacing ? ` letter-spacing="${label.letterSpacing}"` : '';
      return (
        `<g data-map-label="${escapeHtml(label.id)}" data-label-kind="${label.kind}"${country}>${mark}` +
        `<text x="${at.x}" y="${label.y}" font-size="${label.size}"${spacing} ${at.attributes} dominant-baseline="central" ` +
        `fill="${fill}" stroke="${halo}" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${escapeHtml(bidiText(label.text))}</text></g>`
      );
    })
    .join('');
}

/**
 * The labels' group: hidden from screen readers (the names repeat nothing they need) and from
 * pointers. `after` is markup placed with them and drawn over them (the step's callouts).
 */
export function labelsGroup(labels: readonly PlacedLabel[], attributes = '', after = ''): string {
  const font = `font-family="${escapeHtml(MAP_FONT_STACK)}" font-weight="500"`;
  return `<g aria-hidden="true" pointer-events="none" ${font} data-map-labels=""${attributes}>${labelsMarkup(labels)}${after}</g>`;
}
