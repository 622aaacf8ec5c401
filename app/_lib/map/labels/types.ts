/**
 * The label data the basemap build writes (`public/basemap/labels.json`) and the placement
 * reads. Data, not code: names, anchors and text widths are decided at build time.
 */

export type LabelKind = 'country' | 'sea' | 'capital';

/**
 * Where a label may sit: `[lng, lat]` for a point label (sea, capital), or
 * `[lng, lat, radius, band]` for a country: the pole of inaccessibility of the country, or
 * of its part inside one grid cell of zoom band `band` (LABEL_BANDS), with the radius of
 * the largest circle around it inside that shape, in world units (the Web Mercator world is 1
 * wide), so that `radius * 512 * 2 ** zoom` is CSS pixels at MapLibre's scale.
 */
export type LabelAnchor = [lng: number, lat: number] | [lng: number, lat: number, radius: number, band: number];

export interface LabelCandidate {
  /** Stable id, e.g. `country-SYR`, `sea-black-sea`, `capital-beirut`. */
  id: string;
  kind: LabelKind;
  /** The text as drawn (country names are upper case). */
  text: string;
  /** Advance width of `text` in em of the label font, from its real metrics, without letter spacing. */
  width: number;
  /**
   * Importance, 1 first. Countries: 1 to 4 by area; seas: from the curated file;
   * capitals: 1 to 3 by population.
   */
  rank: number;
  /** ISO alpha-3 of the country (countries, capitals). */
  country?: string;
  anchors: LabelAnchor[];
}

/** The file `public/basemap/labels.json`. */
export interface LabelData {
  /** The font the widths were measured in (one file, served from our origin). */
  font: { family: string; weight: number; file: string };
  labels: LabelCandidate[];
}

/**
 * Zoom bands of country anchors. Band 0 is one anchor per country shape; each later band
 * cuts countries into square cells of `cell` degrees so that a close-up camera still finds an
 * anchor of the countries it shows. Finer bands are built only near the gazetteer's places
 * (within `near` degrees), where the story's close-ups are: everywhere they would cost ~100 KB.
 */
export const LABEL_BANDS: readonly { minZoom: number; cell: number | null; near: number | null }[] = [
  { minZoom: 0, cell: null, near: null },
  { minZoom: 4.5, cell: 5, near: null },
  { minZoom: 6, cell: 2, near: 10 },
  { minZoom: 7, cell: 1, near: 5 },
  { minZoom: 8, cell: 0.5, near: 2.5 },
];

/** The band whose anchors a camera at `zoom` uses (it may also use coarser ones). */
export function bandForZoom(zoom: number): number {
  let band = 0;
  LABEL_BANDS.forEach((b, i) => {
    if (zoom >= b.minZoom) band = i;
  });
  return band;
}
