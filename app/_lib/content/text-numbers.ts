/*
 * The numbers and months a text gives, read the same way in English and Arabic, so an edition
 * can be held to its English chapter: "300,000", "300 ألف" and "٣٠٠٬٠٠٠" are one number, and
 * "March" and "آذار" one month. Pure.
 */

/** One number or month found in a text. */
export interface NumberFound {
  /** The number as digits ("300000", "2.5"), or `month:N` for a month (1–12). */
  value: string;
  /** The text that gives it, as written ("٤٥٠ ألفاً", "الـ20", "آذار"). */
  text: string;
  /** Offset of `text` in the input. */
  index: number;
}

const ARABIC_INDIC_ZERO = 0x0660;
const EXTENDED_ARABIC_INDIC_ZERO = 0x06f0;

/** Arabic-Indic digits and separators as Western ones, character for character, so offsets carry over. */
function westernDigits(text: string): string {
  return text
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - ARABIC_INDIC_ZERO))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - EXTENDED_ARABIC_INDIC_ZERO))
    .replace(/\u066C/g, ',')
    .replace(/\u066B/g, '.');
}

const SCALES: Record<string, number> = {
  thousand: 1e3, million: 1e6, billion: 1e9,
  ألف: 1e3, الف: 1e3, آلاف: 1e3, مليون: 1e6, ملايين: 1e6, مليار: 1e9, مليارات: 1e9,
};

// Arabic letters and their marks: a word boundary in Arabic is neither.
const LETTER = '[\\p{L}\\p{M}]';
// A conjunction or preposition written onto the next word (و، ب، ل، ف).
const PREFIX = '[وبلف]?';
/** After a figure: "million", or ألف and مليون with their case endings (ألفاً، مليوناً). */
const SCALE_AFTER = new RegExp(`^\\s*(?:(thousand|million|billion)(?![a-z])|${PREFIX}(ألف|الف|آلاف|مليون|ملايين|مليارات|مليار)${LETTER}*)`, 'iu');
/** "A million", "one thousand"; ألف or مليون alone. Plurals alone (thousands, آلاف) count nothing. */
const SCALE_ALONE = [
  /\b(?:a|one)\s+(thousand|million|billion)\b/giu,
  new RegExp(`(?<!${LETTER})${PREFIX}(ألف|مليون|مليار)(?:اً|ًا|ا|ً)?(?!${LETTER})`, 'gu'),
];
/** The definite article written onto an ordinal figure (الـ20, والـ٢١), kept in what is quoted back. */
const ARTICLE_BEFORE = /[وبلف]?ال\u0640?$/u;

const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** The Levantine names Intl's ar-SY gives, which the edition uses, and the Egyptian ones (but مارس, also a verb). */
const ARABIC_MONTHS: Array<[string, number]> = [
  ['كانون الثاني', 1], ['كانون الأول', 12], ['تشرين الأول', 10], ['تشرين الثاني', 11],
  ['شباط', 2], ['آذار', 3], ['نيسان', 4], ['أيار', 5], ['حزيران', 6], ['تموز', 7], ['آب', 8], ['أيلول', 9],
  ['يناير', 1], ['فبراير', 2], ['أبريل', 4], ['إبريل', 4], ['مايو', 5], ['يونيو', 6], ['يونيه', 6], ['يوليو', 7], ['يوليه', 7],
  ['أغسطس', 8], ['سبتمبر', 9], ['أكتوبر', 10], ['نوفمبر', 11], ['ديسمبر', 12],
];
// Case-sensitive: "may" the verb is not May.
const ENGLISH_MONTH = new RegExp(`\\b(${ENGLISH_MONTHS.join('|')})\\b`, 'g');
const ARABIC_MONTH = new RegExp(`(?<!${LETTER})${PREFIX}(${ARABIC_MONTHS.map(([name]) => name.replace(' ', '\\s+')).join('|')})(?!${LETTER})`, 'gu');
const arabicMonth = (name: string) => ARABIC_MONTHS.find(([known]) => known === name.replace(/\s+/g, ' '))?.[1];

/** "300,000" and "450.000" are grouped thousands; "2.5" and "2,5" a fraction. */
function figureValues(raw: string): number[] {
  const parts = raw.split(/[.,]/);
  if (parts.length === 1) return [Number(raw)];
  if (parts[0]!.length <= 3 && parts.slice(1).every((part) => part.length === 3)) return [Number(parts.join(''))];
  if (parts.length === 2) return [Number(`${parts[0]}.${parts[1]}`)];
  return parts.map(Number);
}

const show = (value: number) => String(Math.round(value * 1000) / 1000);

/**
 * Every number and month in `text`, in order: figures in Western or Arabic-Indic digits,
 * with the scale word after them; ألف and مليون alone; month names in English and Arabic.
 * @example numbersIn('أكثر من 300 ألف').map((n) => n.value) // ['300000']
 */
export function numbersIn(text: string): NumberFound[] {
  const digits = westernDigits(text);
  const found: NumberFound[] = [];
  const taken: Array<[number, number]> = [];
  const free = (start: number, end: number) => taken.every(([a, b]) => end <= a || start >= b);

  for (const match of digits.matchAll(/(?<!\d)\d+(?:[.,]\d+)*/g)) {
    let start = match.index;
    let end = start + match[0].length;
    const values = figureValues(match[0]);
    const scale = SCALE_AFTER.exec(digits.slice(end));
    if (scale && values.length === 1) {
      values[0]! *= SCALES[(scale[1] ?? scale[2])!.toLowerCase()] ?? 1;
      end += scale[0].length;
    }
    const article = ARTICLE_BEFORE.exec(digits.slice(Math.max(0, start - 4), start));
    if (article) start -= article[0].length;
    taken.push([start, end]);
    for (const value of values) found.push({ value: show(value), text: text.slice(start, end).trim(), index: start });
  }
  for (const pattern of SCALE_ALONE) {
    for (const match of digits.matchAll(pattern)) {
      if (!free(match.index, match.index + match[0].length)) continue;
      found.push({ value: show(SCALES[match[1]!.toLowerCase()]!), text: match[0], index: match.index });
    }
  }
  for (const match of digits.matchAll(ENGLISH_MONTH)) {
    found.push({ value: `month:${ENGLISH_MONTHS.indexOf(match[1]!) + 1}`, text: match[0], index: match.index });
  }
  for (const match of digits.matchAll(ARABIC_MONTH)) {
    const index = match.index + match[0].length - match[1]!.length;
    found.push({ value: `month:${arabicMonth(match[1]!)}`, text: match[1]!, index });
  }
  return found.sort((a, b) => a.index - b.index);
}
