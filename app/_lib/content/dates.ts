import { EDITIONS, type Lang } from '../edition/edition';

/*
 * Dates as the story prints them, in each edition's locale: "23–24 January 2017" in British
 * English, "23–24 كانون الثاني 2017" in Arabic (EDITIONS: Western digits, Levantine months).
 * Chapter dates are calendar days: they are read and formatted in UTC, so no time zone shifts them.
 */

const formats = Object.fromEntries(
  Object.entries(EDITIONS).map(([lang, { locale }]) => [
    lang,
    {
      day: new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
      month: new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }),
    },
  ]),
) as Record<Lang, { day: Intl.DateTimeFormat; month: Intl.DateTimeFormat }>;

/** A calendar date (`YYYY-MM-DD`) as UTC midnight, in milliseconds. */
export function utcDay(iso: string): number {
  const [year, month, date] = iso.split('-').map(Number);
  return Date.UTC(year ?? 0, (month ?? 1) - 1, date ?? 1);
}

/** A month's full name, 0 for January: "January". */
export function monthName(month: number, lang: Lang = 'en'): string {
  return formats[lang].month.format(Date.UTC(2000, month, 1));
}

/**
 * A chapter's dates, the shared parts written once.
 *
 * ICU's range separator varies between versions (thin spaces in recent ones), and the server
 * and the browser may carry different ICUs: the separator is ours, so the server's HTML and
 * the browser's render agree. A range of days within one month takes a bare en dash.
 *
 * @example formatDateRange('2017-01-23', '2017-01-24') // '23–24 January 2017'
 * @example formatDateRange('2017-02-28', '2017-03-01') // '28 February – 1 March 2017'
 * @example formatDateRange('2017-12-31', '2018-01-01') // '31 December 2017 – 1 January 2018'
 * @example formatDateRange('2017-02-06') // '6 February 2017'
 * @example formatDateRange('2017-02-06', undefined, 'ar') // '6 شباط 2017'
 */
export function formatDateRange(start: string, end?: string, lang: Lang = 'en'): string {
  const dayFormat = formats[lang].day;
  if (!end || end === start) return dayFormat.format(utcDay(start));
  const parts = dayFormat.formatRangeToParts(utcDay(start), utcDay(end));
  const daysOnly = parts.every((part) => part.source !== 'startRange' || part.type === 'day');
  return parts
    .map((part, i) => {
      const separator = part.source === 'shared' && parts[i - 1]?.source === 'startRange' && parts[i + 1]?.source === 'endRange';
      if (separator) return daysOnly ? '–' : ' – ';
      return part.value.replace(/\s+/g, ' ');
    })
    .join('');
}
