import type { GeoStream } from 'd3-geo';

/**
 * Rounds projected points to whole pixels and drops repeats: at story zooms the
 * basemap has many points per pixel, and every one would be bytes in the HTML.
 * Rings and lines left too short to draw are dropped whole.
 */
export function pixelSnap(sink: GeoStream, grid: number): GeoStream {
  let buffer: Array<[number, number]> = [];
  let inPolygon = false;
  return {
    point(x, y) {
      const p: [number, number] = [Math.round(x / grid) * grid, Math.round(y / grid) * grid];
      const last = buffer.at(-1);
      if (!last || last[0] !== p[0] || last[1] !== p[1]) buffer.push(p);
    },
    lineStart() {
      buffer = [];
    },
    lineEnd() {
      if (buffer.length >= (inPolygon ? 3 : 2)) {
        sink.lineStart();
        for (const [x, y] of buffer) sink.point(x, y);
        sink.lineEnd();
      }
      buffer = [];
    },
    polygonStart() {
      inPolygon = true;
      sink.polygonStart();
    },
    polygonEnd() {
      inPolygon = false;
      sink.polygonEnd();
    },
    sphere() {
      sink.sphere?.();
    },
  };
}
