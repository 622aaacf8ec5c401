import type { Lang } from '../../edition/edition';
import { stringsFor } from '../../edition/strings';
import { escapeHtml } from '../../markup/escape-html';
import { mapColors } from '../../map/style';

/*
 * A share card (Open Graph / Twitter image): the page's title beside its static map. Pure:
 * text is measured by a function the caller passes in
 * (render.server.ts measures with the font the card is drawn in), so wrapping is unit-tested.
 * An Arabic card is the English one mirrored: map on the left, text panel on the right, each
 * line's right edge at the panel's right margin.
 */

/** The size Open Graph and Twitter's large summary card ask for. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/**
 * The map's width, on the card's right; the text panel takes the rest. The story's places
 * spread from western Europe to Kazakhstan and down to Arabia: a map nearly square shows them
 * at a useful zoom, where a wide strip would run past the basemap's edges.
 * The map preset (CARD_MAP) has this size.
 */
export const CARD_MAP_WIDTH = 640;
const PANEL_WIDTH = CARD_WIDTH - CARD_MAP_WIDTH;
const MARGIN = 52;
const TEXT_WIDTH = PANEL_WIDTH - MARGIN - 40;

/** The fonts the card is drawn with, shipped in npm packages (render.server.ts loads them): `title` bold, `text` semibold. */
export const CARD_FONTS = { title: 'Source Serif 4', text: 'Inter' } as const;
/**
 * An Arabic card's: Noto Sans Arabic, bold title and semibold text, the family of the Arabic
 * maps. Source Serif and Inter have no Arabic; the font covers the Western digits and
 * punctuation an Arabic title or date carries.
 */
export const ARABIC_CARD_FONTS: Record<keyof typeof CARD_FONTS, string> = { title: 'Noto Sans Arabic', text: 'Noto Sans Arabic' };

/** The fonts of a card in an edition. */
export const cardFonts = (lang: Lang): Record<keyof typeof CARD_FONTS, string> => (lang === 'ar' ? ARABIC_CARD_FONTS : CARD_FONTS);

/** Title sizes tried in turn until the title fits in MAX_LINES; the last one is ellipsised if need be. */
export const TITLE_SIZES = [58, 52, 46] as const;
const MAX_LINES = 5;
const KICKER_SIZE = 22;
const FOOTER_SIZE = 24;
const KICKER_CAP = 16;
const KICKER_GAP = 30;
/** Source Serif 4's cap height, as a share of its size. */
const CAP_HEIGHT = 0.67;
/**
 * An Arabic card's title: smaller sizes and more space between lines than the Latin serif's,
 * for the script's tall letters and the dots below the line; its "cap height" is the alef's.
 */
const ARABIC_TITLE = { sizes: [52, 46, 40], lineHeight: 1.4, capHeight: 0.72 } as const;
/** The accent rule between text and map. */
const RULE = 6;

/** Width of `text` in pixels at `fontSize`, in one of the card's fonts (bold title, semibold text). */
export type Measure = (text: string, fontSize: number, font: keyof typeof CARD_FONTS) => number;

export interface ShareCard {
  /** The page's static map, an SVG document of CARD_MAP_WIDTH × CARD_HEIGHT. */
  mapSvg: string;
  /** A short line above the title: a date, a kind of place. */
  kicker: string;
  title: string;
}

export interface CardText {
  /** The kicker, upper case (English), cut to the panel's width. */
  kicker: string;
  fontSize: number;
  /** The title's lines. */
  lines: string[];
  /**
   * A right-to-left card's (Arabic): its footer and each line's measured width, which anchors
   * the line by its right edge (see shareCardSvg). Absent for an English card.
   */
  rtl?: { footer: string; widths: { kicker: number; lines: number[]; footer: number } };
}

/**
 * A right-to-left line as drawn: inside RIGHT-TO-LEFT EMBEDDING and POP DIRECTIONAL FORMATTING,
 * which resvg obeys (it ignores `direction`), so a date or a Latin name inside reads in order.
 */
const rtlLine = (text: string) => `\u202B${text}\u202C`;

/**
 * Greedy word wrap into at most `maxLines` lines of `maxWidth`; the last line ends in an
 * ellipsis when words are left over. A single word wider than a line is cut with an ellipsis.
 *
 * @example wrapWords('a b c', (t) => t.length, 3, 2) // ['a b', 'c']
 */
export function wrapWords(text: string, width: (line: string) => number, maxWidth: number, maxLines: number): { lines: string[]; complete: boolean } {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let i = 0;
  while (i < words.length && lines.length < maxLines) {
    let line = words[i]!;
    i++;
    while (i < words.length && width(`${line} ${words[i]}`) <= maxWidth) line += ` ${words[i++]}`;
    lines.push(line);
  }
  const complete = i >= words.length && lines.every((line) => width(line) <= maxWidth);
  if (!complete && lines.length > 0) lines[lines.length - 1] = ellipsise(lines.at(-1)!, width, maxWidth);
  return { lines, complete };
}

function ellipsise(line: string, width: (line: string) => number, maxWidth: number): string {
  let text = line;
  while (text.length > 1 && width(`${text}…`) > maxWidth) text = text.slice(0, -1);
  return `${text.trimEnd().replace(/[,;:.–\-،؛]$/, '')}…`;
}

/**
 * The title at the largest size at which it fits in MAX_LINES lines (else the smallest,
 * ellipsised), and the kicker on one line. `measure` measures in the edition's fonts
 * (render.server.ts's cardMeasure(root, lang)). Arabic has no letter case: its kicker is kept as
 * written, and its lines are measured as drawn, embedded right to left.
 */
export function layoutCardText(card: Pick<ShareCard, 'kicker' | 'title'>, measure: Measure, lang: Lang = 'en'): CardText {
  if (lang === 'ar') return layoutRtl(card, (text, fontSize, font) => measure(rtlLine(text), fontSize, font), stringsFor(lang).siteName);
  const kicker = wrapWords(card.kicker.toUpperCase(), (line) => measure(line, KICKER_SIZE, 'text'), TEXT_WIDTH, 1).lines[0] ?? '';
  for (const fontSize of TITLE_SIZES) {
    const { lines, complete } = wrapWords(card.title, (line) => measure(line, fontSize, 'title'), TEXT_WIDTH, MAX_LINES);
    if (complete || fontSize === TITLE_SIZES.at(-1)) return { kicker, fontSize, lines };
  }
  throw new Error('unreachable');
}

function layoutRtl(card: Pick<ShareCard, 'kicker' | 'title'>, measure: Measure, footer: string): CardText {
  const kicker = wrapWords(card.kicker, (line) => measure(line, KICKER_SIZE, 'text'), TEXT_WIDTH, 1).lines[0] ?? '';
  const { sizes } = ARABIC_TITLE;
  for (const fontSize of sizes) {
    const { lines, complete } = wrapWords(card.title, (line) => measure(line, fontSize, 'title'), TEXT_WIDTH, MAX_LINES);
    if (!complete && fontSize !== sizes.at(-1)) continue;
    const widths = {
      kicker: measure(kicker, KICKER_SIZE, 'text'),
      lines: lines.map((line) => measure(line, fontSize, 'title')),
      footer: measure(footer, FOOTER_SIZE, 'text'),
    };
    return { kicker, fontSize, lines, rtl: { footer, widths } };
  }
  throw new Error('unreachable');
}

/**
 * The card's SVG: text panel on the left (kicker, title), map on the right; resvg rasterises it.
 * A right-to-left card (`title.rtl`) is mirrored: see rtlCardSvg.
 */
export function shareCardSvg(mapSvg: string, title: CardText): string {
  if (title.rtl) return rtlCardSvg(mapSvg, title, title.rtl);
  const lineHeight = Math.round(title.fontSize * 1.14);
  // Centre the block from the kicker's cap line to the last title baseline in the panel,
  // nudged up a little to leave room for descenders.
  const titleCap = Math.round(title.fontSize * CAP_HEIGHT);
  const block = KICKER_CAP + KICKER_GAP + titleCap + (title.lines.length - 1) * lineHeight;
  const top = Math.round((CARD_HEIGHT - block) / 2) - 6;
  const kickerBaseline = top + KICKER_CAP;
  const baselines = title.lines.map((_, i) => kickerBaseline + KICKER_GAP + titleCap + i * lineHeight);
  return [
    ...cardHead(),
    `<svg x="${PANEL_WIDTH}" y="0" width="${CARD_MAP_WIDTH}" height="${CARD_HEIGHT}">${stripXmlns(mapSvg)}</svg>`,
    `<rect x="${PANEL_WIDTH - RULE}" width="${RULE}" height="${CARD_HEIGHT}" fill="#9c2a1a"/>`,
    `<text x="${MARGIN}" y="${kickerBaseline}" font-family="${CARD_FONTS.text}" font-weight="600" font-size="${KICKER_SIZE}" fill="#9c2a1a">` +
      `${escapeHtml(title.kicker)}</text>`,
    ...title.lines.map(
      (line, i) =>
        `<text x="${MARGIN}" y="${baselines[i]}" font-family="${CARD_FONTS.title}" font-weight="700" font-size="${title.fontSize}" fill="#1d1d1b">` +
        `${escapeHtml(line)}</text>`,
    ),
    `<text x="${MARGIN}" y="${CARD_HEIGHT - MARGIN}" font-family="${CARD_FONTS.text}" font-weight="600" font-size="${FOOTER_SIZE}" fill="#4a4a45">` +
      `${escapeHtml(stringsFor('en').siteName)}</text>`,
    '</svg>',
  ].join('');
}

/**
 * An Arabic card, the English one mirrored: map on the left, the accent rule beside it, the
 * text panel on the right. resvg ignores `direction` (it lays a line out from its left, and reads
 * `start`/`end` as left/right) while browsers flip `start` and `end` under it; both agree on
 * `middle`, so each line is anchored at its middle, half its measured width in from the right
 * margin, as map/text/script.ts anchors Arabic names. The embedding orders each line.
 */
function rtlCardSvg(mapSvg: string, title: CardText, { footer, widths }: NonNullable<CardText['rtl']>): string {
  const fonts = ARABIC_CARD_FONTS;
  const [titleFont, textFont] = [`font-family="${fonts.title}" font-weight="700"`, `font-family="${fonts.text}" font-weight="600"`];
  const lineHeight = Math.round(title.fontSize * ARABIC_TITLE.lineHeight);
  const titleCap = Math.round(title.fontSize * ARABIC_TITLE.capHeight);
  const block = KICKER_CAP + KICKER_GAP + titleCap + (title.lines.length - 1) * lineHeight;
  const top = Math.round((CARD_HEIGHT - block) / 2) - 6;
  const kickerBaseline = top + KICKER_CAP;
  const right = CARD_WIDTH - MARGIN;
  const line = (text: string, width: number, y: number, attributes: string) =>
    `<text x="${Math.round((right - width / 2) * 10) / 10}" y="${y}" text-anchor="middle" direction="rtl" ${attributes}>${escapeHtml(rtlLine(text))}</text>`;
  return [
    ...cardHead(fonts.text),
    `<svg x="0" y="0" width="${CARD_MAP_WIDTH}" height="${CARD_HEIGHT}">${stripXmlns(mapSvg)}</svg>`,
    `<rect x="${CARD_MAP_WIDTH}" width="${RULE}" height="${CARD_HEIGHT}" fill="#9c2a1a"/>`,
    line(title.kicker, widths.kicker, kickerBaseline, `${textFont} font-size="${KICKER_SIZE}" fill="#9c2a1a"`),
    ...title.lines.map((text, i) =>
      line(text, widths.lines[i]!, kickerBaseline + KICKER_GAP + titleCap + i * lineHeight, `${titleFont} font-size="${title.fontSize}" fill="#1d1d1b"`),
    ),
    line(footer, widths.footer, CARD_HEIGHT - MARGIN, `${textFont} font-size="${FOOTER_SIZE}" fill="#4a4a45"`),
    '</svg>',
  ].join('');
}

/** The card's root element, the marker styles and the background; `markerFont` names the map's marker text. */
function cardHead(markerFont: string = CARD_FONTS.text): string[] {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">`,
    // The site's marker styles live in its stylesheet; a standalone image carries its own.
    '<style>.static-dot circle{fill:#fff;stroke:#1d1d1b;stroke-width:2}.static-dot.is-active circle{fill:#9c2a1a;stroke:#fff}' +
      `.static-dot text{font-family:'${markerFont}';font-weight:600;font-size:17px;fill:#1d1d1b;` +
      `paint-order:stroke;stroke:${mapColors.land};stroke-width:4px}</style>`,
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="#f4f1ea"/>`,
  ];
}

/** The map is nested inside the card: its outer element keeps its viewBox and drawing, not its own namespace. */
function stripXmlns(svg: string): string {
  return svg.replace(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/, '<svg');
}
