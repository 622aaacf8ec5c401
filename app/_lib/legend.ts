import { countryName, type CountryIndex } from './countries';
import type { LegendEntry } from './schema';

/*
 * The map key: what each colour of a step's map means, stated by the chapter
 * (`legend={[{ label: "…", countries: [...] }]}` on a <Step>) and checked by the schema.
 * Each kind of mark a step can draw is one optional field of an entry; today, countries.
 */

/** One line of the key as the map shows it: the swatch's kind, the meaning, the names. */
export interface KeyLine {
  kind: 'countries';
  label: string;
  names: string[];
}

/**
 * The key of a step, countries named from the basemap's Natural Earth names.
 * @example mapKey([{ label: 'Guarantors', countries: ['RUS'] }], countries) // [{ kind: 'countries', label: 'Guarantors', names: ['Russia'] }]
 */
export function mapKey(legend: readonly LegendEntry[], countries: CountryIndex): KeyLine[] {
  return legend.flatMap((entry): KeyLine[] => (entry.countries.length ? [{ kind: 'countries', label: entry.label, names: entry.countries.map((code) => countryName(code, countries)) }] : []));
}

/** A line of the key as one sentence of plain text: "Guarantors of the ceasefire: Russia, Turkey, Iran". */
export const keyLineText = (line: KeyLine) => `${line.label}: ${line.names.join(', ')}`;
