import { describe, expect, it } from 'vitest';
import { formatDateRange, monthName, utcDay } from '@/app/_lib/content/dates';

describe('formatDateRange', () => {
  it('writes a single day in full', () => {
    expect(formatDateRange('2017-02-06')).toBe('6 February 2017');
    expect(formatDateRange('2017-02-06', '2017-02-06')).toBe('6 February 2017');
  });

  it('joins days of one month with a bare en dash', () => {
    expect(formatDateRange('2017-01-23', '2017-01-24')).toBe('23–24 January 2017');
    expect(formatDateRange('2017-12-21', '2017-12-22')).toBe('21–22 December 2017');
  });

  it('names both months of a range across months, the year once', () => {
    expect(formatDateRange('2017-02-28', '2017-03-01')).toBe('28 February – 1 March 2017');
  });

  it('writes both dates in full across years', () => {
    expect(formatDateRange('2017-12-31', '2018-01-01')).toBe('31 December 2017 – 1 January 2018');
  });

  it('uses plain spaces only, whatever ICU puts around its dash', () => {
    for (const [start, end] of [['2017-02-28', '2017-03-01'], ['2017-12-31', '2018-01-01'], ['2017-05-03', '2017-05-04']]) {
      expect(formatDateRange(start!, end)).toMatch(/^[\w –]+$/);
    }
  });

  it('reads dates as calendar days, whatever the time zone', () => {
    expect(new Date(utcDay('2017-01-01')).toISOString()).toBe('2017-01-01T00:00:00.000Z');
    expect(formatDateRange('2017-01-01')).toBe('1 January 2017');
    expect(formatDateRange('2017-12-31')).toBe('31 December 2017');
  });
});

describe('monthName', () => {
  it('names months from 0, January', () => {
    expect(monthName(0)).toBe('January');
    expect(monthName(11)).toBe('December');
  });
});
