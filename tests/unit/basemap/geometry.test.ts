import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { orient, quantize, ringArea, samePoint, unwrapAntimeridian } from '@/app/_lib/geometry/rings';
import { crossingRing as crossing, maxLongitudeJump } from './paths';

const square: Position[] = [
  [0, 0],
  [2, 0],
  [2, 2],
  [0, 2],
  [0, 0],
];

describe('unwrapAntimeridian', () => {
  it('makes a ring crossing the antimeridian continuous by shifting western points by +360', () => {
    expect(maxLongitudeJump(crossing)).toBeGreaterThan(180);
    const fixed = unwrapAntimeridian(crossing);
    expect(maxLongitudeJump(fixed)).toBeLessThanOrEqual(180);
    expect(fixed).toEqual([
      [170, 60],
      [179.5, 60],
      [180.5, 60],
      [190, 60],
      [190, 70],
      [180.5, 70],
      [179.5, 70],
      [170, 70],
      [170, 60],
    ]);
    // Planar area is now the real 20 x 10 box (it was garbage before).
    expect(Math.abs(ringArea(fixed))).toBeCloseTo(200, 9);
    expect(Math.abs(ringArea(crossing))).not.toBeCloseTo(200, 0);
    // The input is not mutated.
    expect(crossing[2]).toEqual([-179.5, 60]);
  });

  it('leaves rings that do not cross the antimeridian unchanged', () => {
    const ring: Position[] = [
      [-10, 40],
      [10, 40],
      [10, 50],
      [-10, 50],
      [-10, 40],
    ];
    expect(unwrapAntimeridian(ring)).toEqual(ring);
  });

  it('treats a jump of exactly 180 degrees as no crossing', () => {
    const line: Position[] = [
      [-90, 0],
      [90, 0],
    ];
    expect(unwrapAntimeridian(line)).toEqual(line);
  });
});

describe('ringArea and orient', () => {
  it('gives counter-clockwise rings a positive area and clockwise ones a negative area', () => {
    expect(ringArea(square)).toBe(4);
    expect(ringArea(square.slice().reverse())).toBe(-4);
  });

  it('winds exteriors counter-clockwise and holes clockwise, without touching the input', () => {
    const clockwise = square.slice().reverse();
    expect(orient(clockwise, true)).toEqual(square);
    expect(orient(square, true)).toBe(square);
    expect(orient(square, false)).toEqual(clockwise);
    expect(clockwise[1]).toEqual([0, 2]);
  });
});

describe('quantize', () => {
  it('rounds to the given decimals and drops the repeats that rounding makes', () => {
    const line: Position[] = [
      [10.00049, 20.0001],
      [10.0004, 20.0004],
      [10.0016, 20.0],
      [-0.0001, -0.0004],
    ];
    const out = quantize(line, 3);
    expect(out).toEqual([
      [10, 20],
      [10.002, 20],
      [0, 0],
    ]);
    // Rounding -0.0001 gives -0, which is not the same value as 0 to Object.is and toEqual.
    expect(Object.is(out[2]![0], -0)).toBe(false);
  });

  it('drops non-finite positions', () => {
    expect(quantize([[1, 1], [Number.NaN, 2], [Infinity, 3], [2, 2]], 0)).toEqual([[1, 1], [2, 2]]);
  });
});

describe('samePoint', () => {
  it('compares coordinates, and is false for a missing point', () => {
    expect(samePoint([1, 2], [1, 2])).toBe(true);
    expect(samePoint([1, 2], [1, 2.0001])).toBe(false);
    expect(samePoint(undefined, [1, 2])).toBe(false);
  });
});
