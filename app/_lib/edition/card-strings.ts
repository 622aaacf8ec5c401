import type { Lang } from './edition';

/*
 * The words of the share cards, per edition: a part of the site's dictionary (strings.ts spreads
 * it in). A place's title is the map's "name, country" (map/map-words.ts).
 */

export interface CardStrings {
  /** The story's share card: its kicker (the year the story begins, when known) and alt text. */
  cardStoryKicker: (year?: string) => string;
  /** A chapter's or the story's card: its title and the places its map names. */
  cardMapAlt: (title: string, names: readonly string[]) => string;
  /** A place's card: its kicker (the kind of place, in the edition's words) and alt text. */
  cardPlaceKicker: (kind: string) => string;
  cardPlaceAlt: (title: string) => string;
}

export const CARD_STRINGS: Readonly<Record<Lang, CardStrings>> = {
  en: {
    cardStoryKicker: (year) => (year ? `A map story · ${year}` : 'A map story'),
    cardMapAlt: (title, names) => `${title}: a map of ${names.join(', ')}`,
    cardPlaceKicker: (kind) => `A place in the story · ${kind}`,
    cardPlaceAlt: (title) => `A map of ${title}`,
  },
  ar: {
    cardStoryKicker: (year) => (year ? `قصة على الخريطة · ${year}` : 'قصة على الخريطة'),
    cardMapAlt: (title, names) => `${title}: خريطة تُظهر ${names.join('، ')}`,
    cardPlaceKicker: (kind) => `مكان في القصة · ${kind}`,
    cardPlaceAlt: (title) => `خريطة ${title}`,
  },
};
