/*
 * What a `source` must say for a reader to check it: a context note's and a gazetteer
 * entry's alike. "Public record" names nothing anyone can look up; a publication or a
 * document, with its date, does.
 */

/** Sources that name no publication or document: a citation may not be one of them. */
const UNNAMED_SOURCES = [
  'public\\s+record',
  'common\\s+knowledge',
  'general\\s+knowledge',
  'widely\\s+reported',
  '(?:various|several|multiple)\\s+sources',
  '(?:news|press|media)\\s+reports',
  'reports',
  'sources',
  'records',
  'archives',
  'agencies',
  '(?:the\\s+)?internet',
];
const UNNAMED = new RegExp(`^(?:the\\s+)?(${UNNAMED_SOURCES.join('|')})\\b`, 'i');

/** A year of the last five centuries: "2011", "4 May 2017". */
const YEAR = /(?<!\d)(1[5-9]|20)\d{2}(?!\d)/;

const EXAMPLE = '"Human Rights Watch, “We’ve Never Seen Such Horror”, June 2011"';

/**
 * Why a source does not name something a reader can check, or undefined when it does.
 * A source is one citation, or several separated by ";". It opens with a name, the
 * publication or document (a capitalised word before the first comma, colon or
 * parenthesis); every citation gives a year at least; and none is an unnamed source such
 * as "public record", wherever it stands.
 * @example uncheckableSource('Public record: renamed in 2019') // '"Public record" names nothing…'
 */
export function uncheckableSource(source: string): string | undefined {
  const citations = source
    .split(';')
    .map((citation) => citation.trim().replace(/[.\s]+$/, ''))
    .filter(Boolean);
  if (citations.length === 0) return undefined;
  for (const citation of citations) {
    const unnamed = UNNAMED.exec(citation);
    if (unnamed) return `"${unnamed[0]}" names nothing a reader can look up: cite the publication or document, and its date`;
  }
  const name = citations[0]!.split(/[,:(]/)[0] ?? '';
  if (!/\p{Lu}/u.test(name)) return `must open with the publication or document it cites, by name, e.g. ${EXAMPLE}`;
  for (const citation of citations) {
    if (!YEAR.test(citation)) return `"${citation}" gives no date: add the year, at least, of the publication or document`;
  }
  return undefined;
}
