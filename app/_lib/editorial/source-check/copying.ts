import { normaliseMarks } from '../../content/quotation';
import { comparable } from './facts';

/*
 * What a retelling may not take from its article: quotes must be in it word for word, and
 * the retelling's own words must not run on with the article's for COPIED_RUN_WORDS words.
 */

/** Runs of this many words or more, copied outside quotation marks, are reported. */
export const COPIED_RUN_WORDS = 10;

/** Words that may link the parts of a name or title ("Secretary of State", "Bashar al-Assad"). */
const NAME_LINKS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'al', 'de', 'bin', 'ibn', 'van', 'von', 's']);

function words(text: string): string[] {
  return normaliseMarks(text).match(/[\p{L}\p{N}]+/gu) ?? [];
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
