/*
 * How big the map's marks and text are, in CSS pixels: one declaration that the layout
 * (map/compose) computes with and every renderer draws with (the SVG markup, the live map's
 * markers through CSS custom properties). A box the layout keeps is the box drawn.
 */

/** Height of a line of text, in em: Noto Sans's ascender and descender (1069 + 293 per 1000), rounded up. */
export const TEXT_HEIGHT_EM = 1.37;

/** A marker: a dot on its place; the step's own places larger, the others small and plain. */
export const DOT = {
  /** Radius of an active place's dot, with its ring. */
  active: 7,
  /** Radius of another place of the story: a small dot that orients without covering. */
  context: 3.5,
} as const;

/** A marker's name: a tag beside its dot, in the map font at 600. */
export const NAME = {
  size: 13,
  /** The tag's line box, and its padding around the text. */
  lineHeight: 18,
  padX: 5,
  padY: 2,
  /** Between the dot's edge and the tag. */
  gap: 4,
  /** Kept between a tag and the map's edge: a name this close moves in or to the other side. */
  edge: 8,
} as const;

/** The tag's height. */
export const NAME_HEIGHT = NAME.lineHeight + 2 * NAME.padY;

/** A callout: a short italic line of the chapter's words beside its anchor. */
export const CALLOUT = { size: 12.5, smallSize: 11, lineHeight: 1.3 } as const;

/** Kept between any two things the map draws, and between them and the box's edges. */
export const GAP = 3;
export const EDGE = 4;

/** Boxes below this area (CSS px²) are thumbnails: smaller text, fewer labels. */
export const SMALL_MAP_AREA = 150_000;

/** A name's tag width for a text `em` wide in the map font at 600. */
export const nameWidth = (em: number) => Math.ceil(em * NAME.size) + 2 * NAME.padX;
