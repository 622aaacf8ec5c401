/*
 * The widths at which the page changes its layout, declared once. Scripts read them here; the
 * stylesheets' media queries are written with the same numbers, and a unit test
 * (tests/unit/breakpoints.test.ts) fails on any width query in a stylesheet under app/ that
 * is not one of MEDIA_QUERIES, and on any script that writes its own.
 */

export const BREAKPOINTS = {
  /** From this width the map stands beside the text; narrower, it takes the top of the screen. */
  wide: 900,
  /** From this width the reader view sets each step beside its small map. */
  readerWide: 760,
  /**
   * Maps this wide or narrower are a phone's (MapLibre's own threshold for a compact
   * attribution): a long marker name wraps, the overlays shrink, the attribution starts folded.
   */
  phoneMap: 640,
  /** Narrower than this the header and timeline are a phone's: one line, no tagline. */
  phone: 600,
  /** An embed this narrow or narrower shows a taller map. */
  smallEmbed: 480,
} as const;

/** Every width media query of the site, as the stylesheets write it. */
export const MEDIA_QUERIES = {
  wide: `(min-width: ${BREAKPOINTS.wide}px)`,
  /** The map takes the top of the screen. */
  narrow: `(max-width: ${BREAKPOINTS.wide - 1}px)`,
  readerWide: `(min-width: ${BREAKPOINTS.readerWide}px)`,
  phoneMap: `(max-width: ${BREAKPOINTS.phoneMap}px)`,
  phone: `(max-width: ${BREAKPOINTS.phone - 1}px)`,
  smallEmbed: `(max-width: ${BREAKPOINTS.smallEmbed}px)`,
} as const;
