import { normaliseMarks, splitQuotes } from '../../content/quotation';
import type { TextBlock } from '../../content/story-types';
import { articleGrams, copiedRuns, quoteInArticle } from './copying';
import { capitalise, describeFact, factsOf, WEEKDAYS, weekdayWindow } from './facts';

/*
 * The editor's check of a chapter against its source article: quotes word for word,
 * no long runs of the article's sentences, and no number, date or weekday the article
 * (or a context note) does not support. What the map says (key lines, connection labels,
 * callouts) is reporting too: it goes through the same tests, and must rest on its step's
 * own text (step-text.ts). The facts it compares are facts.ts's, the copying rules
 * copying.ts's. Pure: the CLI (app/_cli/check-sources.ts) reads the files.
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

function lineAt(block: TextBlock, offset: number): number {
  return block.line + (block.text.slice(0, offset).match(/\n/g)?.length ?? 0);
}

/** Checks one chapter against its article; findings come in the order of the chapter. */
export function checkAgainstArticle(chapter: ChapterText, article: string): SourceFinding[] {
  const findings: SourceFinding[] = [];
  const grams = articleGrams(article);
  const supported = factsOf(article);
  for (const block of chapter.blocks) if (block.context !== undefined) for (const fact of factsOf(block.text)) supported.add(fact);
  const weekdays = weekdayWindow(chapter.dates);

  for (const block of chapter.blocks) {
    const report = (offset: number, message: string) =>
      findings.push({ line: lineAt(block, offset), message: block.where ? `${block.where}: ${message}` : message });
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
        if (weekdays.days.has(m[1]!)) continue;
        report(span.start + m.index, `"${capitalise(m[1]!)}" does not fit the chapter's dates (${weekdays.label}, or a day either side)`);
      }
    }
  }
  return findings;
}
