/*
 * Which way a map string runs, decided from the string itself (Unicode's rule: the first strong
 * letter sets the paragraph's direction), so every renderer of the one composition, the static
 * SVG, the share cards and the live overlay, draws a name the same way whatever the edition.
 * English strings have no right-to-left letter: their markup does not change.
 */
import { escapeHtml } from '../../markup/escape-html';

/** Arabic letters (the blocks the map's names use, with presentation forms). */
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/u;
/** The first strong letter: a right-to-left one (Hebrew, Arabic) or any other letter. */
const FIRST_STRONG = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]|\p{L}/u;

/** The family of the map's Arabic text, beside Noto Sans (map/text/font.ts). */
export const ARABIC_FONT_FAMILY = 'Noto Sans Arabic';

export const hasArabic = (text: string) => ARABIC.test(text);

/** True when `text`'s first strong letter is right to left: it is drawn with `direction="rtl"`. */
export function isRtl(text: string): boolean {
  const first = FIRST_STRONG.exec(text)?.[0];
  return first !== undefined && /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u.test(first);
}

export type TextAnchor = 'start' | 'middle' | 'end';

/**
 * The `x` and anchor of a string the layout placed in left-to-right terms (`start`: its left edge
 * at x; `end`: its right edge), `box` being what it covers (its text, beside a capital's square).
 * A right-to-left string is anchored at its middle instead: renderers disagree on what `start`
 * means under `direction="rtl"` (browsers: the right edge; resvg: the left), never on `middle`.
 * `direction="rtl"` orders a mixed string ("الأمم المتحدة (UN)") as it reads, and Noto Sans
 * Arabic comes first in its fonts. Left-to-right text: the attributes it always had.
 */
export function anchorOf(
  text: string,
  x: string | number,
  anchor: TextAnchor,
  box: { x: number; width: number },
  fontStack: string,
): { x: string; attributes: string } {
  if (!isRtl(text)) return { x: String(x), attributes: `text-anchor="${anchor}"` };
  const at = Number(x);
  const middle = anchor === 'start' ? (at + box.x + box.width) / 2 : anchor === 'end' ? (box.x + at) / 2 : at;
  const attributes = `text-anchor="middle" direction="rtl" unicode-bidi="embed" font-family="${arabicStack(fontStack)}"`;
  return { x: String(Math.round(middle * 10) / 10), attributes };
}

/**
 * The characters of a string as drawn: a right-to-left one inside RIGHT-TO-LEFT EMBEDDING and
 * POP DIRECTIONAL FORMATTING, which order a mixed string as it reads in every renderer. resvg
 * ignores `direction` and lays a string out from the left; the embedding it obeys, as browsers do.
 */
export const bidiText = (text: string) => (isRtl(text) ? `\u202B${text}\u202C` : text);

/** The map's font list with Noto Sans Arabic first, escaped for an attribute. */
export const arabicStack = (fontStack: string) => escapeHtml(`'${ARABIC_FONT_FAMILY}', ${fontStack}`);
