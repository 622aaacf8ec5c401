import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { clipLineToBbox, clipRingToBbox } from '@/app/_build/basemap/clip';
import { ringArea, unwrapAntimeridian } from '@/app/_lib/geometry/rings';
import { crossingRing as crossing } from './paths';

const square: Position[] = [
  [-5, -5],
  [5, -5],
  [5, 5],
  [-5, 5],
  [-5, -5],
];

describe('clipRingToBbox', () => {
  it('clips a ring to a rectangle and keeps it closed', () => {
    const clipped = clipRingToBbox(square, [0, 0, 10, 10]);
    expect(clipped[0]).toEqual(clipped[clipped.length - 1]);
    expect(Math.abs(ringArea(clipped))).toBeCloseTo(25, 9);
    expect(clipRingToBbox(square, [20, 20, 30, 30])).toEqual([]);
  });

  it('returns a ring inside the rectangle unchanged, with one closing point', () => {
    expect(clipRingToBbox(square, [-10, -10, 10, 10])).toEqual(square);
  });

  it('clips the unwrapped antimeridian ring correctly where the raw ring would not be', () => {
    const bbox = [175, 55, 185, 75] as const;
    const clipped = clipRingToBbox(unwrapAntimeridian(crossing), bbox);
    expect(Math.abs(ringArea(clipped))).toBeCloseTo(100, 9);
    const naive = clipRingToBbox(crossing, bbox);
    expect(Math.abs(ringArea(naive))).not.toBeCloseTo(100, 0);
  });
});

describe('clipLineToBbox', () => {
  it('splits a polyline that leaves and re-enters the rectangle', () => {
    const line: Position[] = [
      [1, 1],
      [20, 1],
      [20, 2],
      [1, 2],
    ];
    expect(clipLineToBbox(line, [0, 0, 10, 10])).toEqual([
      [
        [1, 1],
        [10, 1],
      ],
      [
        [10, 2],
        [1, 2],
      ],
    ]);
  });

  it('keeps the part of a segment that passes through the rectangle, and nothing of one that misses it', () => {
    expect(clipLineToBbox([[-5, 5], [15, 5]], [0, 0, 10, 10])).toEqual([[[0, 5], [10, 5]]]);
    expect(clipLineToBbox([[-5, 15], [15, 15]], [0, 0, 10, 10])).toEqual([]);
    expect(clipLineToBbox([[5, 5]], [0, 0, 10, 10])).toEqual([]);
  });
});
