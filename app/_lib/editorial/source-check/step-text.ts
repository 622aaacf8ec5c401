import { escapeRegExp } from '../../content/problems';
import { normaliseMarks } from '../../content/quotation';
import { ATTRIBUTE_TEXT_NAMES, isMapText, type AttributeText, type TextBlock } from '../../content/story-types';
import type { CheckedBlock, SourceFinding } from './against-article';
import { comparable, numberKey } from './facts';

/*
 * A step held to its own text: what its map says (key lines, connection labels, callouts)
 * and the places it is bound to must rest on its retelling and its context notes.
 */

/** What the map says, as blocks for checkAgainstArticle: each named by its step and kind. */
export function mapTextBlocks(step: { id: string; attributeTexts: readonly AttributeText[] }): CheckedBlock[] {
  return step.attributeTexts.filter(isMapText).map(({ kind, text, line }) => ({ text, line, where: `step "${step.id}" ${ATTRIBUTE_TEXT_NAMES[kind]}` }));
}

/**
 * Words a map line may add to its step's words: they carry no claim of their own. Modal verbs
 * and negations are not among them: "would", "could" and "not" are hedges the map must keep.
 */
const FUNCTION_WORDS = new Set(
  ('a an the and or but nor of to in on at by for from with as into onto over under about after before between ' +
    'than then that this these those it its itself his him her their them themselves they he she we our who whom which what where when while ' +
    'is are was were be been being has have had do does did there here also both each all per via s').split(' '),
);

/**
 * A word as the map-text check compares it: lower case, without a final -s, -es, -ed, -ing,
 * -er or -e, so "monitors" meets "monitor" and "named" meets "naming". A number is itself,
 * however its thousands are written.
 */
export function stemOf(word: string): string {
  const lower = normaliseMarks(word).toLowerCase();
  if (/^\d/.test(lower)) return numberKey(lower);
  if (lower.length > 4 && /ie[sd]$/.test(lower)) return `${lower.slice(0, -3)}y`;
  for (const suffix of ['ings', 'ing', 'ers', 'er', 'ed', 'es', 's']) {
    if (lower.endsWith(suffix) && lower.length - suffix.length >= 3) return lower.slice(0, -suffix.length).replace(/e$/, '');
  }
  return lower.replace(/e$/, '');
}

/** Words and numbers, a number with its thousands separators kept whole ("2,500"). */
function tokens(text: string): string[] {
  return normaliseMarks(text).match(/\d+(?:[.,]\d+)*|[\p{L}\p{N}]+/gu) ?? [];
}

/** The words of a map line, other than function words, that `text` does not have (compared by stemOf). */
export function wordsNotIn(line: string, text: string): string[] {
  const have = new Set(tokens(text).map(stemOf));
  const missing = tokens(line).filter((word) => !FUNCTION_WORDS.has(word.toLowerCase()) && !have.has(stemOf(word)));
  return [...new Set(missing)];
}

/** A step as the map-text check sees it. */
export interface MapTextStep {
  id: string;
  /** The retelling and its context notes, block by block. */
  blocks: readonly TextBlock[];
  attributeTexts: readonly AttributeText[];
}

/**
 * What the map says must rest on its step's text: every word of a key line, connection label
 * or callout, other than function words, must occur in the step's retelling or its context
 * notes (not in the article alone, nor in another step). A map line can then say no more
 * than the sentences beside it, hedges and attributions included, only in fewer words.
 */
export function unsupportedMapText(step: MapTextStep): SourceFinding[] {
  const text = step.blocks.map((block) => block.text).join('\n');
  return step.attributeTexts.filter(isMapText).flatMap(({ kind, text: line, line: at }) => {
    const missing = wordsNotIn(line, text);
    if (missing.length === 0) return [];
    const list = missing.map((word) => `"${word}"`).join(', ');
    const where = `step "${step.id}" ${ATTRIBUTE_TEXT_NAMES[kind]} "${line}"`;
    const message = `${where} does not rest on the step's text: ${list} ${missing.length === 1 ? 'is' : 'are'} in neither its retelling nor its context notes`;
    return [{ line: at, message }];
  });
}

/** A step as the binding check sees it. */
export interface BoundStep {
  id: string;
  line: number;
  places: string[];
  /** The step's text, context notes included. */
  text: string;
}

/**
 * A step may be bound to a place only by its own retelling or a context note: one of
 * the place's names must occur in the step's text.
 */
export function unnamedPlaces(step: BoundStep, namesOf: (id: string) => string[]): SourceFinding[] {
  const text = comparable(step.text);
  return step.places
    .filter((id) => !namesOf(id).some((name) => new RegExp(`(^|[^\\p{L}])${escapeRegExp(comparable(name))}($|[^\\p{L}])`, 'u').test(text)))
    .map((id) => ({
      line: step.line,
      message: `step "${step.id}" is bound to "${id}", but neither its text nor a context note names it (${namesOf(id).join(', ')})`,
    }));
}
