import { z } from 'zod';
import { describeIssue, escapeRegExp, lineOf, sortProblems, type Problem } from './problems';
import { normaliseMarks, splitQuotes } from './quotation';
import { kebabId } from './schema';

/*
 * The house style, kept as data in content/house-style.json: the one spelling of each name,
 * the words we use only inside quotation marks, and the names the story gives disputed
 * places. Every value is per language, so an edition adds its spellings beside the English
 * ones. Quotes are left alone: a quote keeps its speaker's words, and check:sources holds it
 * to the article. Pure: loader.server.ts reads the file.
 */

/** Where the house style lives, relative to the repository root. */
export const HOUSE_STYLE_FILE = 'content/house-style.json';

/** The story's language; every entry needs it. */
export const STORY_LANGUAGE = 'en';

const text = z.string().trim().min(1, 'must not be empty');
const languageCode = /^[a-z]{2,3}$/;

/** One value per language (`{ "en": …, "ar": … }`); the story's language is required. */
function perLanguage<T extends z.ZodType>(value: T) {
  return z.record(z.string(), value).superRefine((values, ctx) => {
    for (const key of Object.keys(values)) {
      if (!languageCode.test(key)) ctx.addIssue({ code: 'custom', message: `"${key}" is not a language code such as "en" or "ar"` });
    }
    if (!Object.hasOwn(values, STORY_LANGUAGE)) ctx.addIssue({ code: 'custom', message: `needs an "${STORY_LANGUAGE}" entry, the story's language` });
  });
}

/** A name written one way: a person, or (in `disputedPlaces`) a place whose name is contested. */
export const spelledNameSchema = z.strictObject({
  id: kebabId,
  /** The one spelling our own words use. */
  spelling: perLanguage(text),
  /** Spellings our own words must not use. */
  variants: perLanguage(z.array(text)),
  /** Who or what it is, and why this spelling. */
  note: text.optional(),
});

/** A word we use only inside quotation marks, and what our own words say instead. */
export const quoteOnlySchema = z.strictObject({
  id: kebabId,
  words: perLanguage(z.array(text).min(1, 'must list at least one word')),
  instead: perLanguage(text),
  note: text.optional(),
});

export type SpelledName = z.infer<typeof spelledNameSchema>;
export type QuoteOnly = z.infer<typeof quoteOnlySchema>;

export interface HouseStyle {
  names: SpelledName[];
  quoteOnly: QuoteOnly[];
  /** The names the story uses for disputed places; how the map draws them is another policy. */
  disputedPlaces: SpelledName[];
}

export interface HouseStyleResult {
  /** The entries that passed; a broken one is reported and left out. */
  style: HouseStyle;
  problems: Problem[];
}

export const noHouseStyle = (): HouseStyleResult => ({ style: { names: [], quoteOnly: [], disputedPlaces: [] }, problems: [] });

const sections = { names: spelledNameSchema, quoteOnly: quoteOnlySchema, disputedPlaces: spelledNameSchema } as const;
type Section = keyof typeof sections;

/** Whole words of `needle` in `haystack`, in any case, any spacing and any typography of marks. */
function wordPattern(needle: string, flags = 'iu'): RegExp {
  const words = normaliseMarks(needle).trim().split(/\s+/).map(escapeRegExp);
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('\\s+')}(?![\\p{L}\\p{N}])`, flags);
}

/** Variants that contradict the file itself: inside their own spelling, or claimed by two entries. */
function consistencyProblems(style: HouseStyle, file: string, lineOfEntry: (section: Section, id: string) => number | undefined): Problem[] {
  const problems: Problem[] = [];
  const owners = new Map<string, string>();
  for (const section of ['names', 'disputedPlaces'] as const) {
    for (const entry of style[section]) {
      const line = lineOfEntry(section, entry.id);
      for (const [language, variants] of Object.entries(entry.variants)) {
        const spelling = entry.spelling[language];
        for (const variant of variants) {
          if (spelling !== undefined && wordPattern(variant).test(normaliseMarks(spelling))) {
            const message =
              `${section} "${entry.id}": variant "${variant}" is part of the spelling "${spelling}"; ` +
              'the check would reject the house spelling itself';
            problems.push({ file, line, message });
          }
          const key = `${language}:${normaliseMarks(variant).toLowerCase()}`;
          const owner = owners.get(key);
          if (owner && owner !== entry.id) {
            problems.push({ file, line, message: `${section} "${entry.id}": variant "${variant}" is also a variant of "${owner}"` });
          } else owners.set(key, entry.id);
        }
      }
    }
  }
  return problems;
}

/**
 * Validates the house style's parsed JSON; `raw` (the file's text) only points each problem
 * at its entry's line, as the gazetteer does.
 * @example parseHouseStyle({ names: [], quoteOnly: [], disputedPlaces: [] }, 'content/house-style.json').problems // []
 */
export function parseHouseStyle(data: unknown, file: string, raw = ''): HouseStyleResult {
  const result = noHouseStyle();
  const { style, problems } = result;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { style, problems: [{ file, line: 1, message: 'must be a JSON object with "names", "quoteOnly" and "disputedPlaces"' }] };
  }
  for (const key of Object.keys(data)) {
    if (Object.hasOwn(sections, key)) continue;
    problems.push({ file, line: lineOf(raw, new RegExp(`"${escapeRegExp(key)}"\\s*:`)), message: `unknown section "${key}"` });
  }
  const sectionLine = (section: Section) => lineOf(raw, new RegExp(`"${section}"\\s*:`));
  const lineOfEntry = (section: Section, id: string) =>
    lineOf(raw, new RegExp(`"id"\\s*:\\s*"${escapeRegExp(id)}"`), sectionLine(section) ?? 1) ?? sectionLine(section);
  for (const section of Object.keys(sections) as Section[]) {
    const entries = (data as Record<string, unknown>)[section];
    if (entries === undefined) continue;
    if (!Array.isArray(entries)) {
      problems.push({ file, line: sectionLine(section), message: `${section}: must be an array` });
      continue;
    }
    const seen = new Set<string>();
    entries.forEach((entry, index) => {
      const id = (entry as { id?: unknown } | null)?.id;
      const label = typeof id === 'string' ? `${section} "${id}"` : `${section} #${index + 1}`;
      const line = typeof id === 'string' ? lineOfEntry(section, id) : sectionLine(section);
      const parsed = sections[section].safeParse(entry);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) problems.push({ file, line, message: `${label}: ${describeIssue(issue)}` });
        return;
      }
      if (seen.has(parsed.data.id)) {
        problems.push({ file, line, message: `${label}: listed twice` });
        return;
      }
      seen.add(parsed.data.id);
      (style[section] as Array<SpelledName | QuoteOnly>).push(parsed.data);
    });
  }
  problems.push(...consistencyProblems(style, file, lineOfEntry));
  return { style, problems: sortProblems(problems) };
}

/** One rule of the house style for one language: what to look for, and what to say. */
export interface StyleRule {
  pattern: RegExp;
  message: (found: string) => string;
}

/**
 * The house style as rules for text in one language. An entry without that language has no
 * rule in it: an edition that has not spelled a name yet is not held to the English.
 */
export function styleRules(style: HouseStyle, language = STORY_LANGUAGE): StyleRule[] {
  const rules: StyleRule[] = [];
  const spelled = (entries: SpelledName[], kind: string) => {
    for (const entry of entries) {
      const spelling = entry.spelling[language];
      if (spelling === undefined) continue;
      for (const variant of entry.variants[language] ?? []) {
        rules.push({ pattern: wordPattern(variant, 'giu'), message: (found) => `"${found}" is ${kind}: the house style writes "${spelling}"` });
      }
    }
  };
  spelled(style.names, 'a variant spelling');
  spelled(style.disputedPlaces, 'a variant name of a disputed place');
  for (const entry of style.quoteOnly) {
    const instead = entry.instead[language];
    if (instead === undefined) continue;
    for (const word of entry.words[language] ?? []) {
      rules.push({ pattern: wordPattern(word, 'giu'), message: (found) => `"${found}" is used only inside quotation marks: our own words say "${instead}"` });
    }
  }
  return rules;
}

/**
 * Where a text breaks the house style, outside quotation marks: the offset of each finding
 * in the text and what is wrong. Overlapping matches report the longest once.
 * @example styleFindings('Sergei Lavrov said', rules)[0]?.index // 0
 */
export function styleFindings(text: string, rules: readonly StyleRule[]): Array<{ index: number; message: string }> {
  const matches: Array<{ index: number; end: number; message: string }> = [];
  // Same length as the text, so offsets carry over.
  const marks = normaliseMarks(text);
  for (const span of splitQuotes(text).outside) {
    const outside = marks.slice(span.start, span.start + span.text.length);
    for (const rule of rules) {
      for (const match of outside.matchAll(rule.pattern)) {
        const index = span.start + match.index;
        const found = text.slice(index, index + match[0].length).replace(/\s+/g, ' ');
        matches.push({ index, end: index + match[0].length, message: rule.message(found) });
      }
    }
  }
  matches.sort((a, b) => a.index - b.index || b.end - a.end);
  const kept: Array<{ index: number; message: string }> = [];
  let reached = -1;
  for (const match of matches) {
    if (match.index < reached) continue;
    kept.push({ index: match.index, message: match.message });
    reached = match.end;
  }
  return kept;
}

/** A piece of text to check, where it is, and how an author finds it in a message. */
export interface StyledText {
  text: string;
  file: string;
  /** Line of the text's first character; a finding further in adds the newlines before it. */
  line?: number;
  /** "title", `step "x" legend`, `place "x" context`… */
  where: string;
}

/** The house style's problems in one piece of text, each at its own line. */
export function styleProblems({ text, file, line, where }: StyledText, rules: readonly StyleRule[]): Problem[] {
  return styleFindings(text, rules).map(({ index, message }) => ({
    file,
    line: line === undefined ? undefined : line + (text.slice(0, index).match(/\n/g)?.length ?? 0),
    message: `${where}: ${message}`,
  }));
}
