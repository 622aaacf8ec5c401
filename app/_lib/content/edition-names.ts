import type { Gazetteer, GazetteerResult } from './gazetteer';
import type { Problem } from './problems';
import type { Place } from './schema';
import type { CompiledChapter } from './story-types';

/*
 * An edition's names for the places it shows: the gazetteer's fields in its language. Pure.
 */

/** How messages name an edition's language. */
export const LANGUAGE_NAMES: Record<string, string> = { en: 'English', ar: 'Arabic' };

/** A place's name and context in an edition's language (`ar: { name, context }`), if it has them. */
export function translated(place: Place, language: string): { name: string; context: string } | undefined {
  // The gazetteer's schema has one edition's fields, `ar`; another edition adds its own there.
  return language === 'ar' ? place.ar : undefined;
}

/**
 * An edition shows its places by their names in its language: a place its chapters use
 * without one is reported at the gazetteer's entry, not given its English name in silence.
 */
export function missingNameProblems({ gazetteer, located }: GazetteerResult, chapters: readonly CompiledChapter[], language: string): Problem[] {
  const firstUse = new Map<string, string>();
  for (const { file, body } of chapters) {
    for (const step of body?.steps ?? []) {
      for (const id of [...step.places, ...(step.camera.frame ?? [])]) if (!firstUse.has(id)) firstUse.set(id, `${file}:${step.line}`);
    }
  }
  const name = LANGUAGE_NAMES[language] ?? language;
  return [...firstUse].flatMap(([id, use]) => {
    const place = gazetteer.byId.get(id);
    if (!place || translated(place, language)?.name) return [];
    const message =
      `place "${id}" has no ${name} name (${language}.name), and the ${name} edition shows it (${use}): ` +
      `add "${language}": { "name": "…", "context": "…" }`;
    return [{ file: located?.file ?? 'geo/places.json', line: located?.lineOf(id, 'id'), message }];
  });
}

/**
 * The gazetteer as an edition's maps draw it: each place's `name` in the edition's language.
 * A place without one is a problem at its entry (the maps never draw its English name instead)
 * and keeps no name in the result.
 */
export function gazetteerInLanguage(
  gazetteer: Gazetteer,
  language: string,
  located: GazetteerResult['located'] = undefined,
): { gazetteer: Gazetteer; problems: Problem[] } {
  if (language === 'en') return { gazetteer, problems: [] };
  const name = LANGUAGE_NAMES[language] ?? language;
  const problems: Problem[] = [];
  const places = gazetteer.places.map((place) => {
    const own = translated(place, language)?.name;
    if (!own) {
      const message =
        `place "${place.id}" has no ${name} name (${language}.name), and the ${name} maps draw it: ` +
        `add "${language}": { "name": "…", "context": "…" }`;
      problems.push({ file: located?.file ?? 'geo/places.json', line: located?.lineOf(place.id, 'id'), message });
    }
    return { ...place, name: own ?? '' };
  });
  return { gazetteer: { places, byId: new Map(places.map((place) => [place.id, place])) }, problems };
}
