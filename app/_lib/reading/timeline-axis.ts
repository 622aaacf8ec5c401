/*
 * The timeline's axis, derived from the chapters' dates: whole months from the first
 * chapter's month to the last one's, over any span and across years.
 */
import { monthName, utcDay } from '../content/dates';
import type { Lang } from '../edition/edition';

export interface AxisTick {
  /** Position on the axis, 0 to 1. */
  at: number;
  /** The short label drawn: a month's initial, or a year where one begins. */
  label: string;
  /** The full name: "January 2018". */
  title: string;
}

export interface TimelineAxis {
  /** First and last day on the axis, in UTC milliseconds. */
  start: number;
  end: number;
  /** "2017", or "2017–2018" for an axis across years. */
  label: string;
  ticks: AxisTick[];
}

/** Beyond this many months a tick per month is noise: tick the years instead. */
const MONTHLY_TICKS_UP_TO = 24;


/** The axis spanning every chapter (`start`, or `start` to `end`), in whole months. */
export function timelineAxis(chapters: readonly { start: string; end?: string }[], lang: Lang = 'en'): TimelineAxis {
  if (chapters.length === 0) return { start: 0, end: 0, label: '', ticks: [] };
  const first = new Date(Math.min(...chapters.map((c) => utcDay(c.start))));
  const last = new Date(Math.max(...chapters.map((c) => utcDay(c.end ?? c.start))));
  const start = Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1);
  // Day 0 of the next month is the last day of this one.
  const end = Date.UTC(last.getUTCFullYear(), last.getUTCMonth() + 1, 0);
  const [fromYear, toYear] = [first.getUTCFullYear(), last.getUTCFullYear()];
  const axis: TimelineAxis = { start, end, label: fromYear === toYear ? String(fromYear) : `${fromYear}–${toYear}`, ticks: [] };
  const months = (toYear - fromYear) * 12 + last.getUTCMonth() - first.getUTCMonth() + 1;
  for (let i = 0; i < months; i++) {
    const tick = new Date(Date.UTC(fromYear, first.getUTCMonth() + i, 1));
    const [year, month] = [tick.getUTCFullYear(), tick.getUTCMonth()];
    const name = monthName(month, lang);
    const title = `${name} ${year}`;
    const at = fractionOf(axis, tick.getTime());
    if (months <= MONTHLY_TICKS_UP_TO) {
      // Name the year where a new one begins on an axis that spans years.
      axis.ticks.push({ at, title, label: month === 0 && fromYear !== toYear ? String(year) : name[0]! });
    } else if (month === 0 || i === 0) {
      axis.ticks.push({ at, title: String(year), label: String(year) });
    }
  }
  return axis;
}

function fractionOf(axis: TimelineAxis, time: number): number {
  if (axis.end <= axis.start) return 0;
  return Math.min(1, Math.max(0, (time - axis.start) / (axis.end - axis.start)));
}

/** Where a date (`YYYY-MM-DD`) sits on the axis, 0 at its first day and 1 at its last. */
export function axisFraction(axis: TimelineAxis, iso: string): number {
  return fractionOf(axis, utcDay(iso));
}

/**
 * CSS positions (within the track) that keep markers at least `gap` px apart: each marker
 * sits at its date unless the ones before it push it right, or the ones after it need room
 * before the end. Pure CSS (`min()`/`max()` of `%` and `px`), so it holds at any track
 * width, is right in the server-rendered HTML and needs no measuring.
 *
 * @param fractions the markers' positions, 0 to 1, in ascending order
 */
export function spreadPositions(fractions: readonly number[], gap: number): string[] {
  const n = fractions.length;
  const pct = (f: number) => `${(f * 100).toFixed(2)}%`;
  return fractions.map((_, i) => {
    const pushed = fractions.slice(0, i + 1).map((f, j) => (i - j === 0 ? pct(f) : `${pct(f)} + ${(i - j) * gap}px`));
    const room = n - 1 - i === 0 ? '100%' : `100% - ${(n - 1 - i) * gap}px`;
    return `min(max(${pushed.join(', ')}), ${room})`;
  });
}

/** The same positions in pixels for a track `width` px wide: what the browser computes. */
export function spreadPixels(fractions: readonly number[], gap: number, width: number): number[] {
  const n = fractions.length;
  return fractions.map((_, i) => {
    const pushed = Math.max(...fractions.slice(0, i + 1).map((f, j) => f * width + (i - j) * gap));
    return Math.min(pushed, width - (n - 1 - i) * gap);
  });
}

/**
 * Where a date between the markers goes once they are spread: in proportion between the
 * two markers around it (or a marker and an end of the track), so month ticks and markers
 * stay in date order however far the markers were pushed. Generic over the position type:
 * CSS expressions for the page, pixels for tests.
 *
 * @param at the date's position on the axis, 0 to 1
 * @param fractions the markers' positions on the axis; @param positions where they were spread to
 */
export function warp<T>(at: number, fractions: readonly number[], positions: readonly T[], ends: [T, T], mix: (a: T, b: T, share: number) => T): T {
  const anchors = [{ at: 0, x: ends[0] }, ...fractions.map((f, i) => ({ at: f, x: positions[i]! })), { at: 1, x: ends[1] }];
  const after = anchors.findIndex((anchor) => anchor.at > at);
  if (after <= 0) return after === 0 ? ends[0] : ends[1];
  const [a, b] = [anchors[after - 1]!, anchors[after]!];
  return at === a.at ? a.x : mix(a.x, b.x, (at - a.at) / (b.at - a.at));
}

/** `warp` for CSS: a `calc()` between two positions. */
export function warpCss(at: number, fractions: readonly number[], positions: readonly string[]): string {
  return warp(at, fractions, positions, ['0%', '100%'], (a, b, share) => `calc(${a} * ${(1 - share).toFixed(4)} + ${b} * ${share.toFixed(4)})`);
}
