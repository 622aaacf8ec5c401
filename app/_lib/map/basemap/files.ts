import type { Bbox } from './types';

/*
 * What the basemap build (app/_build/basemap, `npm run basemap`) and the site agree on: the
 * extent the basemap covers, the URLs the browser fetches it from and the files the build
 * writes, relative to the repository root.
 */

/** Western Europe to Central Asia, the Gulf to Moscow. Every place in geo/places.json must lie inside. */
export const BASEMAP_BBOX: Bbox = Object.freeze([-12, 12, 90, 62] as const);

/**
 * How far the 1:110m world around the box reaches: every longitude (to 200° E, where Chukotka
 * ends once made continuous across the antimeridian), from 60° S, below which lies only
 * Antarctica, whose ring around the pole no rectangle clip can keep, to Web Mercator's edge.
 */
export const WORLD_EXTENT: Bbox = Object.freeze([-180, -60, 200, 85.06] as const);

/** The country fills and borders, as the live map fetches them. */
export const BASEMAP_URL = '/basemap/basemap.json';
/** The label candidates (map/labels/types.ts), as the live map fetches them. */
export const LABELS_URL = '/basemap/labels.json';
/** The same labels in Arabic (map/labels/arabic-names.server.ts), for the Arabic edition's live map only. */
export const ARABIC_LABELS_URL = '/basemap/labels-ar.json';
/** The label data an edition's live map fetches. */
export const labelsUrl = (lang: 'en' | 'ar') => (lang === 'ar' ? ARABIC_LABELS_URL : LABELS_URL);

/** Where the build writes the basemap: under public/, which serves it at BASEMAP_URL. */
export const BASEMAP_OUTPUT = `public${BASEMAP_URL}`;
/** Where the build writes the label data. */
export const LABELS_OUTPUT = `public${LABELS_URL}`;
export const ARABIC_LABELS_OUTPUT = `public${ARABIC_LABELS_URL}`;
/**
 * Where the build writes the 1:110m overview: in .generated/, the ignored folder of what the
 * build makes for the server alone, outside public/, which would serve it.
 */
export const OVERVIEW_OUTPUT = '.generated/basemap-overview.json';
