import { describe, expect, it } from 'vitest';
import { axisFraction, spreadPixels, spreadPositions, timelineAxis, warp, warpCss } from '@/app/_lib/reading/timeline-axis';

const rounds = [
  { start: '2017-01-23', end: '2017-01-24' },
  { start: '2017-02-06' },
  { start: '2017-02-15', end: '2017-02-16' },
  { start: '2017-03-14', end: '2017-03-15' },
  { start: '2017-12-21', end: '2017-12-22' },
];

describe('timelineAxis', () => {
  it('spans whole months from the first chapter to the last', () => {
    const axis = timelineAxis(rounds);
    expect(new Date(axis.start).toISOString().slice(0, 10)).toBe('2017-01-01');
    expect(new Date(axis.end).toISOString().slice(0, 10)).toBe('2017-12-31');
    expect(axis.label).toBe('2017');
    expect(axis.ticks.map((t) => t.label).join('')).toBe('JFMAMJJASOND');
    expect(axis.ticks[1]).toMatchObject({ title: 'February 2017' });
    expect(axisFraction(axis, '2017-01-01')).toBe(0);
    expect(axisFraction(axis, '2017-12-31')).toBe(1);
  });

  it('keeps dates in order across years: January 2018 comes after January 2017', () => {
    const axis = timelineAxis([...rounds, { start: '2018-01-29', end: '2018-01-30' }]);
    const positions = [...rounds.map((r) => r.start), '2018-01-29'].map((date) => axisFraction(axis, date));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(positions.at(-1)).toBeGreaterThan(0.95);
    expect(positions[0]).toBeLessThan(0.07);
    expect(axis.label).toBe('2017–2018');
    expect(axis.ticks).toHaveLength(13);
    expect(axis.ticks.at(-1)).toMatchObject({ label: '2018', title: 'January 2018' });
  });

  it('fits any span: a few weeks, or several years with yearly ticks', () => {
    const short = timelineAxis([{ start: '2019-05-10' }, { start: '2019-05-20' }]);
    expect(short.ticks.map((t) => t.title)).toEqual(['May 2019']);
    expect(axisFraction(short, '2019-05-20')).toBeGreaterThan(axisFraction(short, '2019-05-10'));
    const long = timelineAxis([{ start: '2015-09-30' }, { start: '2020-02-01' }]);
    expect(long.ticks.map((t) => t.label)).toEqual(['2015', '2016', '2017', '2018', '2019', '2020']);
    expect(axisFraction(long, '2016-01-01')).toBeCloseTo(long.ticks[1]!.at, 6);
  });

  it('handles no chapters and a single day', () => {
    expect(timelineAxis([]).ticks).toEqual([]);
    const one = timelineAxis([{ start: '2017-02-06' }]);
    expect(axisFraction(one, '2017-02-06')).toBeGreaterThan(0);
    expect(axisFraction(one, '2017-02-06')).toBeLessThan(1);
  });
});

/** Evaluates a position from `spreadPositions` as the browser would, in a track `width` px wide. */
function evaluate(css: string, width: number): number {
  const js = css.replace(/calc/g, '').replace(/(-?[\d.]+)%/g, `($1 * ${width} / 100)`).replace(/px/g, '');
  return new Function('min', 'max', `return ${js}`)(Math.min, Math.max) as number;
}

describe('spreadPositions', () => {
  const fractions = rounds.map((r) => axisFraction(timelineAxis(rounds), r.start));

  it('keeps markers a gap apart and inside the track, at a phone’s width and a laptop’s', () => {
    for (const width of [150, 194, 400, 1084]) {
      const xs = spreadPixels(fractions, 28, width);
      xs.forEach((x, i) => {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(width);
        if (i > 0) expect(x - xs[i - 1]!).toBeGreaterThanOrEqual(28 - 1e-9);
      });
    }
  });

  it('leaves markers at their dates where there is room', () => {
    const xs = spreadPixels([0.1, 0.5, 0.9], 28, 1000);
    expect(xs).toEqual([100, 500, 900]);
  });

  it('writes the same positions as CSS', () => {
    const css = spreadPositions(fractions, 28);
    expect(css[0]).toBe('min(max(6.04%), 100% - 112px)');
    for (const width of [194, 1084]) {
      const xs = spreadPixels(fractions.map((f) => Number(f.toFixed(4))), 28, width);
      css.forEach((position, i) => expect(evaluate(position, width)).toBeCloseTo(xs[i]!, 6));
    }
  });
});

describe('warp', () => {
  const fractions = [0.06, 0.1, 0.12, 0.2, 0.97];
  const mix = (a: number, b: number, share: number) => a * (1 - share) + b * share;

  it('keeps month ticks in date order with the spread markers', () => {
    const width = 194;
    const xs = spreadPixels(fractions, 30, width);
    const ticks = Array.from({ length: 12 }, (_, month) => month / 12);
    const all = [...fractions.map((f, i) => ({ at: f, x: xs[i]! })), ...ticks.map((at) => ({ at, x: warp(at, fractions, xs, [0, width], mix) }))];
    all.sort((a, b) => a.at - b.at);
    expect(all.map((p) => p.x)).toEqual(all.map((p) => p.x).sort((a, b) => a - b));
    expect(warp(0, fractions, xs, [0, width], mix)).toBe(0);
    expect(warp(0.1, fractions, xs, [0, width], mix)).toBe(xs[1]);
  });

  it('is the identity where nothing was pushed', () => {
    expect(warp(0.5, [0.1, 0.9], [100, 900], [0, 1000], mix)).toBeCloseTo(500, 9);
  });

  it('writes the same positions as CSS', () => {
    const css = spreadPositions(fractions, 30);
    const xs = spreadPixels(fractions, 30, 194);
    for (const at of [0, 0.03, 0.11, 0.5, 0.99]) expect(evaluate(warpCss(at, fractions, css), 194)).toBeCloseTo(warp(at, fractions, xs, [0, 194], mix), 2);
  });
});
