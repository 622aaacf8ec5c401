import type { Lang } from './edition';

/*
 * The words of the share cards, per edition: a part of the site's dictionary (strings.ts spreads
 * it in), with the kinds of place the cards, place pages and popups name.
 */

/**
 * The gazetteer's kinds of place (content/schema.ts, `placeKinds`, a lower layer's), spelled here:
 * a kind added there and not here is a type error where a card names it.
 */
export type PlaceKind = 'capital' | 'city' | 'town' | 'region';

/** The kinds of place in Arabic, for a place's card, page and popup. */
export const ARABIC_PLACE_KINDS: Record<PlaceKind, string> = { capital: 'عاصمة', city: 'مدينة', town: 'بلدة', region: 'منطقة' };

export interface CardStrings {
  /** The story's share card: its kicker (the year the story begins, when known) and alt text. */
  cardStoryKicker: (year?: string) => string;
  /** A chapter's or the story's card: its title and the places its map names. */
  cardMapAlt: (title: string, names: readonly string[]) => string;
  /** A place's card: its title (the place and its country), its kicker and alt text. */
  cardPlaceTitle: (name: string, country: string) => string;
  cardPlaceKicker: (kind: PlaceKind) => string;
  cardPlaceAlt: (title: string) => string;
}

export const CARD_STRINGS: Readonly<Record<Lang, CardStrings>> = {
  en: {
    cardStoryKicker: (year) => (year ? `A map story · ${year}` : 'A map story'),
    cardMapAlt: (title, names) => `${title}: a map of ${names.join(', ')}`,
    cardPlaceTitle: (name, country) => `${name}, ${country}`,
    cardPlaceKicker: (kind) => `A place in the story · ${kind}`,
    cardPlaceAlt: (title) => `A map of ${title}`,
  },
  ar: {
    cardStoryKicker: (year) => (year ? `قصة على الخريطة · ${year}` : 'قصة على الخريطة'),
    cardMapAlt: (title, names) => `${title}: خريطة تُظهر ${names.join('، ')}`,
    cardPlaceTitle: (name, country) => `${name}، ${country}`,
    cardPlaceKicker: (kind) => `مكان في القصة · ${ARABIC_PLACE_KINDS[kind]}`,
    cardPlaceAlt: (title) => `خريطة ${title}`,
  },
};
