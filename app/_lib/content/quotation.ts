/*
 * Quotation marks as the editorial checks read them: a quote is what stands between two
 * double quotation marks, whatever their typography. The source check compares quotes
 * with the article; the house style leaves them alone, as a quote keeps its speaker's words.
 */

/**
 * Quote marks, dashes and spaces to one spelling each, character for character, so
 * positions in the result are positions in the input.
 */
export function normaliseMarks(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201B\u2032\u00B4`]/g, "'")
    // « » are Arabic's quote marks: the edition's <Quote> reads as «…» in plain text.
    .replace(/[\u201C\u201D\u201E\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u00A0\u2009\u202F\t]/g, ' ');
}

export interface Span {
  text: string;
  /** Offset of `text` in the block. */
  start: number;
}

/** Splits a block into quoted passages and the text between them. */
export function splitQuotes(text: string): { quotes: Span[]; outside: Span[]; unbalanced?: number } {
  const marks = normaliseMarks(text);
  const quotes: Span[] = [];
  const outside: Span[] = [];
  let from = 0;
  for (;;) {
    const open = marks.indexOf('"', from);
    if (open < 0) break;
    const close = marks.indexOf('"', open + 1);
    if (close < 0) {
      outside.push({ text: text.slice(from), start: from });
      return { quotes, outside, unbalanced: open };
    }
    outside.push({ text: text.slice(from, open), start: from });
    quotes.push({ text: text.slice(open + 1, close), start: open + 1 });
    from = close + 1;
  }
  outside.push({ text: text.slice(from), start: from });
  return { quotes, outside };
}
