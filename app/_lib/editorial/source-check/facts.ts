import { normaliseMarks } from '../../content/quotation';

/*
 * The facts a text states that the source check holds to the article: numbers (however their
 * thousands are written), number words, ordinals, months, month-day pairs and weekdays.
 */

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const NUMBER_WORDS: Record<string, string> = {
  two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10', eleven: '11', twelve: '12',
  twenty: '20', thirty: '30', forty: '40', fifty: '50', hundred: '100', dozen: '12',
};
const ORDINALS = ['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];
/** Lower case, one spelling of marks, single spaces: the form texts are compared in. */
export function comparable(text: string): string {
  return normaliseMarks(text).toLowerCase().replace(/\s+/g, ' ').trim();
}

/** A number as the article and the chapter may both write it: "450.000", "450,000" and "450000" alike. */
export function numberKey(token: string): string {
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

const DAY = 86_400_000;
export const capitalise = (word: string) => word[0]!.toUpperCase() + word.slice(1);

/** The weekdays a chapter may name: its days, and one either side (the eve, the report the day after). */
export function weekdayWindow(dates: { start: string; end?: string }): { days: Set<string>; label: string } {
  const start = Date.parse(`${dates.start}T00:00:00Z`);
  const end = Date.parse(`${dates.end ?? dates.start}T00:00:00Z`);
  const days = new Set<string>();
  for (let t = start - DAY; t <= end + DAY; t += DAY) days.add(WEEKDAYS[new Date(t).getUTCDay()]!);
  const name = (t: number) => `${capitalise(WEEKDAYS[new Date(t).getUTCDay()]!)} ${new Date(t).toISOString().slice(0, 10)}`;
  return { days, label: start === end ? name(start) : `${name(start)} to ${name(end)}` };
}

export function describeFact(fact: string): string {
  const [kind, value] = [fact.slice(0, 1), fact.slice(2)];
  if (kind === 'd') {
    const [month, day] = value.split('-');
    return `the date ${capitalise(month!)} ${day}`;
  }
  if (kind !== 'w') return `the number ${value}`;
  return MONTHS.includes(value) ? `the month ${capitalise(value)}` : WEEKDAYS.includes(value) ? `the weekday ${capitalise(value)}` : `"${value}"`;
}
