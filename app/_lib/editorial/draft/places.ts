import { escapeRegExp } from '../../content/problems';
import type { Place } from '../../content/schema';

/*
 * The places an article names: the gazetteer's, found by their names and aliases, and the
 * capitalised names after "in", "at", "to"… that the gazetteer does not know.
 */

export interface DraftPlaceHit {
  id: string;
  /** The words in the text that named it. */
  matched: string;
}

export interface Candidate {
  name: string;
  sentences: string[];
}

export interface Matcher {
  id: string;
  phrase: string;
  pattern: RegExp;
}

export function matchersFor(places: readonly Place[]): Matcher[] {
  const matchers = places.flatMap((place) =>
    [place.name, ...place.aliases].map((phrase) => ({
      id: place.id,
      phrase,
      // Whole words, case as written: "Iran" must not match "Iranian" or "iran".
      pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(phrase)}(?![\\p{L}\\p{N}])`, 'u'),
    })),
  );
  // Longer phrases first, so "Syrian government" wins over a shorter overlapping alias.
  return matchers.sort((a, b) => b.phrase.length - a.phrase.length);
}

export function placesIn(text: string, matchers: readonly Matcher[]): DraftPlaceHit[] {
  const hits: Array<DraftPlaceHit & { index: number }> = [];
  for (const m of matchers) {
    const found = m.pattern.exec(text);
    if (found && !hits.some((h) => h.id === m.id)) hits.push({ id: m.id, matched: found[0], index: found.index });
  }
  return hits.sort((a, b) => a.index - b.index).map(({ id, matched }) => ({ id, matched }));
}

const notPlaces = new Set(
  ('The A An This That These Those January February March April May June July August September October November December ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday UN US EU').split(' '),
);

export function candidatesIn(paragraphs: readonly string[], matchers: readonly Matcher[]): Candidate[] {
  const known = matchers.map((m) => m.phrase);
  const found = new Map<string, Set<string>>();
  const pattern = /\b(?:in|at|to|from|near|outside|around|towards?|across)\s+((?:the\s+)?[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)*)/gu;
  for (const paragraph of paragraphs) {
    for (const sentence of paragraph.split(/(?<=[.!?”"])\s+/)) {
      for (const match of sentence.matchAll(pattern)) {
        if (/according\s+to\s/i.test(sentence.slice(Math.max(0, match.index! - 10), match.index! + 3))) continue;
        const name = match[1]!.replace(/^the\s+/, '').replace(/['’]s$/, '');
        if (notPlaces.has(name) || known.some((k) => k === name || k.includes(name) || name.includes(k))) continue;
        if (!found.has(name)) found.set(name, new Set());
        found.get(name)!.add(sentence.trim());
      }
    }
  }
  return [...found].map(([name, sentences]) => ({ name, sentences: [...sentences] }));
}
