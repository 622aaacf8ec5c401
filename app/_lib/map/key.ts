import { countryName, type CountryIndex } from './basemap/country-index';
import { describeConnections } from './announcement';
import { MAP_WORDS, wordsOf, type MapWords } from './map-words';
import type { LegendEntry } from '../content/schema';
import type { Route } from '../content/story-types';

/*
 * The map key: what each colour of a step's map means, stated by the chapter
 * (`legend={[{ label: "…", countries: [...] }]}` on a <Step>) and checked by the schema.
 * Each kind of mark a step can draw is one optional field of an entry: countries, tinted, or
 * areas, hatched. Connections key themselves: their `label`, or the sentence the map announces.
 */

/** One line of the key as the map shows it: the swatch's kind, the meaning, the names. */
export interface KeyLine {
  /** `route`: an arrow (directed connections); `link`: a dashed line (undirected); `area`: hatching. */
  kind: 'countries' | 'area' | 'route' | 'link';
  label: string;
  names: string[];
  /** For an `area` line: the ids of the areas it hatches, for the sentence that names them (describeAreas). */
  areas?: string[];
}

/**
 * The key of a step, countries named from the basemap's Natural Earth names.
 * @example mapKey([{ label: 'Guarantors', countries: ['RUS'] }], countries) // [{ kind: 'countries', label: 'Guarantors', names: ['Russia'] }]
 */
export function mapKey(legend: readonly LegendEntry[], countries: CountryIndex, words: MapWords = MAP_WORDS.en): KeyLine[] {
  return legend.flatMap((entry): KeyLine[] => {
    // An area stands for what the text names (a province for "parts of" it): the key says the drawing is schematic.
    if (entry.areas?.length) return [{ kind: 'area', label: words.schematic, names: [entry.label], areas: entry.areas }];
    const codes = entry.countries ?? [];
    return codes.length ? [{ kind: 'countries', label: entry.label, names: codes.map((code) => countryName(code, countries)) }] : [];
  });
}

/**
 * The key's lines for a step's connections: one per label (or, unlabelled, per kind), saying
 * what joins what in the words of the announcement.
 * @example
 * routeKeyLines([{ from: 'moscow', to: 'astana', directed: true, label: 'Envoy' }], nameOf)
 * // [{ kind: 'route', label: 'Envoy', names: ['Moscow to Astana'] }]
 */
export function routeKeyLines(routes: readonly Route[], nameOf: (id: string) => string, words: MapWords = MAP_WORDS.en): KeyLine[] {
  const groups = new Map<string, { kind: KeyLine['kind']; label?: string; routes: Route[] }>();
  for (const route of routes) {
    const kind = route.directed ? 'route' : 'link';
    const key = `${kind}\u0000${route.label ?? ''}`;
    const group = groups.get(key) ?? groups.set(key, { kind, ...(route.label ? { label: route.label } : {}), routes: [] }).get(key)!;
    group.routes.push(route);
  }
  return [...groups.values()].map(({ kind, label, routes: grouped }) => {
    const said = describeConnections(grouped, nameOf, words).join(words.semicolon);
    return label ? { kind, label, names: [said] } : { kind, label: said, names: [] };
  });
}

/**
 * What a step hatches, in words, one phrase per area line of its key: for the reader view's
 * caption and the live map's announcement, which cannot show which shape is which.
 * @example describeAreas(key, nameOf) // ['Schematic: provinces named in …, hatched: Idlib province and Daraa province']
 */
export function describeAreas(key: readonly KeyLine[], nameOf: (id: string) => string, words: MapWords = MAP_WORDS.en): string[] {
  return key.flatMap((line) => (line.kind === 'area' && line.areas?.length ? [keyLineText(line) + words.hatched + words.list(line.areas.map(nameOf))] : []));
}

/** A line of the key as one sentence of plain text: "Guarantors of the ceasefire: Russia, Turkey, Iran". */
export const keyLineText = (line: KeyLine) => (line.names.length ? `${line.label}: ${keyNames(line)}` : line.label);

/** A key line's names, joined as its label's language joins a list ("Russia, Turkey", "روسيا، تركيا"). */
export const keyNames = (line: KeyLine) => line.names.join(wordsOf(line.label).comma);
