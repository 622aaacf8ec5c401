import { describe, expect, it } from 'vitest';
import { markerNameBox, markerNameSide, markerObstacles, NARROW_NAME_MAX_WIDTH } from '@/app/_lib/map/labels/obstacles';

const markerNameWidth = (name: string) => markerNameBox(name).width;

const astana = { id: 'astana', name: 'Astana', coordinates: [71.43, 51.13] as const };
const at = (x: number, y: number) => () => [x, y] as [number, number];

describe('markerNameSide', () => {
  it('puts the name on the right where it fits', () => {
    expect(markerNameSide(100, 'Astana', 390)).toBe('right');
  });

  it('puts the name on the left of a dot near the right edge', () => {
    const x = 390 - 20;
    expect(x + 8 + markerNameWidth('Astana')).toBeGreaterThan(390);
    expect(markerNameSide(x, 'Astana', 390)).toBe('left');
  });

  it('keeps the name on the right when it fits on neither side', () => {
    expect(markerNameSide(40, 'A very long place name indeed', 120)).toBe('right');
  });

  it('counts a long name wrapped on a phone-sized map, so it fits beside a dot in the middle', () => {
    const name = 'Northern Homs countryside';
    expect(markerNameBox(name, 1280)).toEqual({ width: markerNameWidth(name), height: 22 });
    expect(markerNameBox(name, 390)).toEqual({ width: NARROW_NAME_MAX_WIDTH, height: 40 });
    expect(204 + 8 + markerNameBox(name, 390).width).toBeLessThan(390);
    expect(markerNameBox('Astana', 390).height).toBe(22);
  });

  it('never flips without a width to flip in', () => {
    expect(markerNameSide(1e6, 'Astana', Infinity)).toBe('right');
  });
});

describe('markerObstacles', () => {
  it('covers the dot, and the name on the side it is drawn', () => {
    const right = markerObstacles([astana], ['astana'], 5, at(100, 50), 390);
    expect(right).toHaveLength(2);
    expect(right[1]!.x).toBe(108);
    const left = markerObstacles([astana], ['astana'], 5, at(380, 50), 390);
    expect(left[1]!.x + left[1]!.width).toBe(372);
  });

  it('covers only the dot of a marker whose name does not show', () => {
    expect(markerObstacles([astana], [], 5, at(100, 50), 390)).toHaveLength(1);
  });
});
