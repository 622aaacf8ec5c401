import type { Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { simplifyArc, simplifyLine, simplifyTopology } from '@/app/_build/basemap/simplify';

describe('simplifyLine', () => {
  const zigzag: Position[] = [
    [0, 0],
    [1, 0.01],
    [2, -0.01],
    [3, 0.5],
    [4, 0],
  ];

  it('drops points closer to the line than the tolerance and keeps the ones farther', () => {
    expect(simplifyLine(zigzag, 0.4)).toEqual([
      [0, 0],
      [3, 0.5],
      [4, 0],
    ]);
    expect(simplifyLine(zigzag, 1)).toEqual([
      [0, 0],
      [4, 0],
    ]);
  });

  it('keeps every point with no tolerance, and short lines whole', () => {
    expect(simplifyLine(zigzag, 0)).toEqual(zigzag);
    expect(simplifyLine(zigzag.slice(0, 2), 10)).toEqual(zigzag.slice(0, 2));
  });

  it('measures the distance to the segment, not to its infinite line', () => {
    // Spikes back past the start or on past the end: on the line through both ends, but 1 away from the segment.
    const spike: Position[] = [
      [0, 0],
      [-1, 0],
      [2, 0],
    ];
    expect(simplifyLine(spike, 0.5)).toEqual(spike);
    const overshoot: Position[] = [
      [0, 0],
      [3, 0],
      [2, 0],
    ];
    expect(simplifyLine(overshoot, 0.5)).toEqual(overshoot);
  });
});

describe('simplifyArc', () => {
  it("keeps a closed ring's farthest point even when the whole ring is within the tolerance", () => {
    const island: Position[] = [
      [0, 0],
      [0.004, 0.001],
      [0.005, 0.005],
      [0.001, 0.004],
      [0, 0],
    ];
    expect(simplifyLine(island, 0.01)).toEqual([
      [0, 0],
      [0, 0],
    ]);
    expect(simplifyArc(island, 0.01)).toEqual([
      [0, 0],
      [0.005, 0.005],
      [0, 0],
    ]);
  });

  it('simplifies an open arc like a line', () => {
    const open: Position[] = [
      [0, 0],
      [1, 0.001],
      [2, 0],
    ];
    expect(simplifyArc(open, 0.01)).toEqual([
      [0, 0],
      [2, 0],
    ]);
  });
});

describe('simplifyTopology', () => {
  it('decodes quantized, delta-encoded arcs into absolute coordinates and drops the transform', () => {
    const topology: Topology = {
      type: 'Topology',
      transform: { scale: [0.5, 0.25], translate: [10, 20] },
      objects: {},
      arcs: [
        [
          [0, 0],
          [2, 4],
          [2, -4],
        ],
      ],
    };
    const out = simplifyTopology(topology, 0);
    expect(out.transform).toBeUndefined();
    expect(out.arcs).toEqual([
      [
        [10, 20],
        [11, 21],
        [12, 20],
      ],
    ]);
    // The input topology is left as it was.
    expect(topology.transform).toBeDefined();
  });

  it('simplifies each arc once, so both countries sharing a border get the same line', () => {
    const shared: Position[] = [
      [0, 0],
      [1, 0.001],
      [2, 0],
    ];
    const topology: Topology = {
      type: 'Topology',
      objects: {
        countries: {
          type: 'GeometryCollection',
          geometries: [
            { type: 'Polygon', arcs: [[0, 1]] },
            { type: 'Polygon', arcs: [[~0, 2]] },
          ],
        },
      },
      arcs: [shared, [[2, 0], [1, 1], [0, 0]], [[0, 0], [1, -1], [2, 0]]],
    };
    expect(simplifyTopology(topology, 0.01).arcs).toEqual([
      [
        [0, 0],
        [2, 0],
      ],
      [[2, 0], [1, 1], [0, 0]],
      [[0, 0], [1, -1], [2, 0]],
    ]);
  });
});
