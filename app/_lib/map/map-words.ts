import type { Lang } from '../edition/edition';

/*
 * The few words the map says itself, per edition: what joins a connection's places, the key's
 * word for a hatched area, the prefix of its announcement and its lists. Everything else the map
 * says is the chapters' (legend labels, connection labels, callouts) or the data's (names).
 */
export interface MapWords {
  /** "Moscow, Ankara and Tehran": a list of names, in the edition's conjunction. */
  list: (names: readonly string[]) => string;
  /** What stands between the places of a directed connection: "Moscow to Astana". */
  to: string;
  /** Undirected connections from one place: "Astana linked with Geneva". */
  linked: (anchor: string, others: readonly string[]) => string;
  /** A place and its country: "Sochi, Russia". */
  inCountry: (name: string, country: string) => string;
  /** Before the names of a map, in its title and announcement: "Map: ". */
  map: string;
  /** What the key says of every hatched area, before the chapter's words: "Schematic". */
  schematic: string;
  /** After an area line, before its areas: ", hatched: ". */
  hatched: string;
  /** Between the names of a key line, and between places in a title. */
  comma: string;
  /** Between the phrases of an announcement. */
  semicolon: string;
  /** Where in its country a view lies, from locator.ts's compass word: "northern Kazakhstan". */
  inPart: (part: CompassPart, country: string) => string;
  /** The locator inset's accessible name. */
  locator: (places: readonly string[], where: string) => string;
}

/** Where a point lies in a box, by thirds (locator.ts compassPart). */
export type CompassPart = 'central' | `${'north' | 'south' | ''}${'-' | ''}${'east' | 'west' | ''}ern`;

/** The compass words in Arabic: the noun before the country ("شمال كازاخستان", "جنوب غرب سوريا"). */
const ARABIC_PARTS: Record<string, string> = {
  central: 'وسط',
  northern: 'شمال',
  southern: 'جنوب',
  eastern: 'شرق',
  western: 'غرب',
  'north-eastern': 'شمال شرق',
  'north-western': 'شمال غرب',
  'south-eastern': 'جنوب شرق',
  'south-western': 'جنوب غرب',
};

// The story is written in British English: no serial comma.
const english = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });
const arabic = new Intl.ListFormat('ar', { style: 'long', type: 'conjunction' });

export const MAP_WORDS: Readonly<Record<Lang, MapWords>> = {
  en: {
    list: (names) => english.format(names),
    to: ' to ',
    linked: (anchor, others) => `${anchor} linked with ${english.format(others)}`,
    inCountry: (name, country) => `${name}, ${country}`,
    map: 'Map: ',
    schematic: 'Schematic',
    hatched: ', hatched: ',
    comma: ', ',
    semicolon: '; ',
    inPart: (part, country) => `${part} ${country}`,
    locator: (places, where) => `Locator map: the view shows the area around ${english.format(places)}, in ${where}`,
  },
  ar: {
    list: (names) => arabic.format(names),
    to: ' إلى ',
    // "A link between Astana and Geneva": no verb to agree with the places' gender.
    linked: (anchor, others) => `صلة بين ${arabic.format([anchor, ...others])}`,
    inCountry: (name, country) => `${name}، ${country}`,
    map: 'خريطة: ',
    schematic: 'تخطيطي',
    hatched: '، مخطّطة: ',
    comma: '، ',
    semicolon: '؛ ',
    inPart: (part, country) => `${ARABIC_PARTS[part] ?? 'وسط'} ${country}`,
    locator: (places, where) => `خريطة الموقع: يعرض المنظر المنطقة المحيطة بـ${arabic.format(places)}، في ${where}`,
  },
};

/** The edition a map string is written in, read from its letters: a key line's names join as its label does. */
export const wordsOf = (text: string): MapWords => MAP_WORDS[ARABIC_LETTER.test(text) ? 'ar' : 'en'];
const ARABIC_LETTER = /[\u0600-\u06FF]/u;
