import { escapeRegExp } from '../../content/problems';
import { normaliseMarks, splitQuotes } from '../../content/quotation';
import { ATTRIBUTE_TEXT_NAMES, isMapText, type AttributeText, type TextBlock } from '../../content/story-types';

/*
 * The editor's check of a chapter against its source article: quotes word for word,
 * no long runs of the article's sentences, and no number, date or weekday the article
 * (or a context note) does not support. What the map says (key lines, connection labels,
 * callouts) is reporting too: it goes through the same tests, and must rest on its step's
 * own text. Pure: the CLI reads the files.
 */

/** A finding, located at a line of the chapter. */
export interface SourceFinding {
  line: number;
  message: string;
}

/** A block of text to check; `where` names it in findings when the line alone would not ("step "x" legend"). */
export interface CheckedBlock extends TextBlock {
  where?: string;
}

/** What the check needs of a chapter: its dates and its text, block by block. */
export interface ChapterText {
  dates: { start: string; end?: string };
  blocks: CheckedBlock[];
}

/** Runs of this many words or more, copied outside quotation marks, are reported. */
export const COPIED_RUN_WORDS = 10;

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const NUMBER_WORDS: Record<string, string> = {
  two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10', eleven: '11', twelve: '12',
  twenty: '20', thirty: '30', forty: '40', fifty: '50', hundred: '100', dozen: '12',
};
const ORDINALS = ['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];
/** Words that may link the parts of a name or title ("Secretary of State", "Bashar al-Assad"). */
const NAME_LINKS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'al', 'de', 'bin', 'ibn', 'van', 'von', 's']);

/** Lower case, one spelling of marks, single spaces: the form texts are compared in. */
export function comparable(text: string): string {
  return normaliseMarks(text).toLowerCase().replace(/\s+/g, ' ').trim();
}

function words(text: string): string[] {
  return normaliseMarks(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** A number as the article and the chapter may both write it: "450.000", "450,000" and "450000" alike. */
function numberKey(token: string): string {
  return /^\d{1,3}(?:[.,]\d{3})+$/.test(token) ? token.replace(/[.,]/g, '') : token.replace(/,/g, '');
}

/** Numbers, number words, ordinals, months, month-day pairs and weekdays a text mentions. */
export function factsOf(text: string): Set<string> {
  const facts = new Set<string>();
  const flat = comparable(text);
  for (const [number] of flat.matchAll(/\d+(?:[.,]\d+)*/g)) facts.add(`n:${numberKey(number)}`);
  for (const word of flat.match(/\p{L}+/gu) ?? []) {
    if (NUMBER_WORDS[word]) facts.add(`n:${NUMBER_WORDS[word]}`);
    if (ORDINALS.includes(word) || MONTHS.includes(word) || WEEKDAYS.includes(word)) facts.add(`w:${word}`);
  }
  for (const { month, day } of monthDays(flat)) facts.add(`d:${month}-${day}`);
  return facts;
}

function monthDays(flat: string): Array<{ month: string; day: string; index: number }> {
  const months = MONTHS.join('|');
  const found: Array<{ month: string; day: string; index: number }> = [];
  for (const m of flat.matchAll(new RegExp(`\\b(${months}) (\\d{1,2})(?:-(\\d{1,2}))?\\b`, 'g'))) {
    for (const day of [m[2], m[3]]) if (day) found.push({ month: m[1]!, day: String(Number(day)), index: m.index });
  }
  for (const m of flat.matchAll(new RegExp(`\\b(\\d{1,2})(?:-(\\d{1,2}))? (${months})\\b`, 'g'))) {
    for (const day of [m[1], m[2]]) if (day) found.push({ month: m[3]!, day: String(Number(day)), index: m.index });
  }
  return found;
}

/** Whether a quoted passage is in the article word for word; an ellipsis may skip words. */
export function quoteInArticle(quote: string, article: string): boolean {
  const haystack = comparable(article);
  let from = 0;
  for (const part of comparable(quote).split(/\.\.\.|\u2026/)) {
    const piece = part.trim().replace(/^[\s.,;:!?-]+|[\s.,;:!?-]+$/g, '');
    if (!piece) continue;
    const at = haystack.indexOf(piece, from);
    if (at < 0) return false;
    from = at + piece.length;
  }
  return true;
}

/**
 * A run's length with each stretch of names and titles ("Deputy Foreign Minister of the
 * Republic of Kazakhstan Akylbek Kamaldinov") counted as one word: names carry over.
 */
export function weightOf(run: string[]): number {
  let weight = 0;
  let i = 0;
  while (i < run.length) {
    if (!/^[\p{Lu}\p{N}]/u.test(run[i]!)) {
      weight++;
      i++;
      continue;
    }
    // A stretch runs over capitals and linking words, and ends on a capital.
    let last = i;
    for (let j = i + 1; j < run.length && (/^[\p{Lu}\p{N}]/u.test(run[j]!) || NAME_LINKS.has(run[j]!.toLowerCase())); j++) {
      if (/^[\p{Lu}\p{N}]/u.test(run[j]!)) last = j;
    }
    weight++;
    i = last + 1;
  }
  return weight;
}

/** Runs of the article's words, in order, that weigh COPIED_RUN_WORDS or more (see weightOf). */
export function copiedRuns(text: string, articleGrams: Set<string>): Array<{ start: number; words: string[] }> {
  const tokens = [...normaliseMarks(text).matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ word: m[0], index: m.index }));
  const key = (i: number) => tokens.slice(i, i + COPIED_RUN_WORDS).map((t) => t.word.toLowerCase()).join(' ');
  const runs: Array<{ start: number; words: string[] }> = [];
  let i = 0;
  while (i + COPIED_RUN_WORDS <= tokens.length) {
    if (!articleGrams.has(key(i))) {
      i++;
      continue;
    }
    let end = i + COPIED_RUN_WORDS;
    while (end < tokens.length && articleGrams.has(key(end - COPIED_RUN_WORDS + 1))) end++;
    const run = tokens.slice(i, end).map((t) => t.word);
    if (weightOf(run) >= COPIED_RUN_WORDS) runs.push({ start: tokens[i]!.index, words: run });
    i = end;
  }
  return runs;
}

/** Every run of COPIED_RUN_WORDS words in the article, for copiedRuns. */
export function articleGrams(article: string): Set<string> {
  const all = words(article).map((w) => w.toLowerCase());
  const grams = new Set<string>();
  for (let i = 0; i + COPIED_RUN_WORDS <= all.length; i++) grams.add(all.slice(i, i + COPIED_RUN_WORDS).join(' '));
  return grams;
}

const DAY = 86_400_000;
const capital = (word: string) => word[0]!.toUpperCase() + word.slice(1);

/** The weekdays a chapter may name: its days, and one either side (the eve, the report the day after). */
export function weekdayWindow(dates: { start: string; end?: string }): { days: Set<string>; label: string } {
  const start = Date.parse(`${dates.start}T00:00:00Z`);
  const end = Date.parse(`${dates.end ?? dates.start}T00:00:00Z`);
  const days = new Set<string>();
  for (let t = start - DAY; t <= end + DAY; t += DAY) days.add(WEEKDAYS[new Date(t).getUTCDay()]!);
  const name = (t: number) => `${capital(WEEKDAYS[new Date(t).getUTCDay()]!)} ${new Date(t).toISOString().slice(0, 10)}`;
  return { days, label: start === end ? name(start) : `${name(start)} to ${name(end)}` };
}

function describeFact(fact: string): string {
  const [kind, value] = [fact.slice(0, 1), fact.slice(2)];
  if (kind === 'd') {
    const [month, day] = value.split('-');
    return `the date ${capital(month!)} ${day}`;
  }
  if (kind === 'w') return MONTHS.includes(value) ? `the month ${capital(value)}` : WEEKDAYS.includes(value) ? `the weekday ${capital(value)}` : `"${value}"`;
  return `the number ${value}`;
}

function lineAt(block: TextBlock, offset: number): number {
  return block.line + (block.text.slice(0, offset).match(/\n/g)?.length ?? 0);
}

/** Checks one chapter against its article; findings come in the order of the chapter. */
export function checkAgainstArticle(chapter: ChapterText, article: string): SourceFinding[] {
  const findings: SourceFinding[] = [];
  const grams = articleGrams(article);
  const supported = factsOf(article);
  for (const block of chapter.blocks) if (block.context !== undefined) for (const fact of factsOf(block.text)) supported.add(fact);
  const window = weekdayWindow(chapter.dates);

  for (const block of chapter.blocks) {
    const report = (offset: number, message: string) => findings.push({ line: lineAt(block, offset), message: block.where ? `${block.where}: ${message}` : message });
    const { quotes, outside, unbalanced } = splitQuotes(block.text);
    if (unbalanced !== undefined) report(unbalanced, 'a quotation mark is never closed');
    // A context note's quotes come from its own source, not from the article.
    if (block.context === undefined) {
      for (const quote of quotes) {
        if (!quoteInArticle(quote.text, article)) report(quote.start, `quote not found word for word in the article: "${quote.text.trim()}"`);
      }
    }
    for (const span of outside) {
      for (const run of copiedRuns(span.text, grams)) {
        report(span.start + run.start, `${run.words.length} words copied from the article outside quotation marks: "${run.words.join(' ')}"`);
      }
      // Same length as the span, so a match's index is a position in the block.
      const lowered = normaliseMarks(span.text).toLowerCase();
      for (const fact of factsOf(span.text)) {
        if (supported.has(fact)) continue;
        const offset = span.start + Math.max(0, lowered.search(new RegExp(`\\b${fact.slice(2).split('-')[0]}`)));
        report(offset, `${describeFact(fact)} is neither in the article nor in a context note`);
      }
      for (const m of lowered.matchAll(new RegExp(`\\b(${WEEKDAYS.join('|')})s?\\b`, 'g'))) {
        if (window.days.has(m[1]!)) continue;
        report(span.start + m.index, `"${capital(m[1]!)}" does not fit the chapter's dates (${window.label}, or a day either side)`);
      }
    }
  }
  return findings;
}

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
    return [{ line: at, message: `step "${step.id}" ${ATTRIBUTE_TEXT_NAMES[kind]} "${line}" does not rest on the step's text: ${list} ${missing.length === 1 ? 'is' : 'are'} in neither its retelling nor its context notes` }];
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

