import type { Route } from '../content/story-types';
import { MAP_WORDS, type MapWords } from './map-words';

/*
 * What the map shows, in words: the live announcement when a step becomes active, and the
 * reader view's text under a thumbnail. "Map: Moscow, Ankara and Tehran to Astana".
 */

export interface NamedPlace {
  name: string;
  country: string;
}


/**
 * A step's connections as a phrase per group: directed ones sharing a destination together
 * ("Moscow, Ankara and Tehran to Astana"), a chain where one group's destination is the next
 * group's only origin ("al-Bab to Manbij to Raqqa"), undirected ones by their first place
 * ("Astana linked with Geneva"). Groups keep the order of their first connection.
 */
export function describeConnections(
  routes: readonly Pick<Route, 'from' | 'to' | 'directed'>[],
  nameOf: (id: string) => string,
  words: MapWords = MAP_WORDS.en,
): string[] {
  const groups: Array<{ directed: boolean; anchor: string; others: string[] }> = [];
  for (const route of routes) {
    // Directed: grouped by destination; undirected: by the first place named.
    const anchor = route.directed ? route.to : route.from;
    const other = route.directed ? route.from : route.to;
    const group = groups.find((g) => g.directed === route.directed && g.anchor === anchor);
    if (group) {
      if (!group.others.includes(other)) group.others.push(other);
    } else groups.push({ directed: route.directed, anchor, others: [other] });
  }

  const phrases: string[] = [];
  let chain: string[] | null = null;
  for (const [i, group] of groups.entries()) {
    const previous = groups[i - 1];
    if (!group.directed) {
      chain = null;
      phrases.push(words.linked(nameOf(group.anchor), group.others.map(nameOf)));
    } else if (chain && previous?.directed && group.others.length === 1 && group.others[0] === previous.anchor) {
      chain.push(nameOf(group.anchor));
      phrases[phrases.length - 1] = chain.join(words.to);
    } else {
      chain = [words.list(group.others.map(nameOf)), nameOf(group.anchor)];
      phrases.push(chain.join(words.to));
    }
  }
  return phrases;
}

/**
 * Where the map went, for screen readers: the step's connections, then its other places with
 * their countries, then what else it draws (`more`: its hatched areas, key.ts describeAreas); a
 * step without connections lists its places as before.
 * @example mapAnnouncement({ places: ['astana', 'moscow'], routes: [{ from: 'moscow', to: 'astana', directed: true }] }, lookup) // 'Map: Moscow to Astana'
 */
export function mapAnnouncement(
  step: { places: readonly string[]; routes: readonly Pick<Route, 'from' | 'to' | 'directed'>[] },
  placeOf: (id: string) => NamedPlace | undefined,
  more: readonly string[] = [],
  words: MapWords = MAP_WORDS.en,
): string {
  const nameOf = (id: string) => placeOf(id)?.name ?? id;
  const connected = new Set(step.routes.flatMap((route) => [route.from, route.to]));
  const others = step.places
    .filter((id) => !connected.has(id))
    .map((id) => {
      const place = placeOf(id);
      return place ? words.inCountry(place.name, place.country) : id;
    });
  return `${words.map}${[...describeConnections(step.routes, nameOf, words), ...others, ...more].join(words.semicolon)}`;
}
