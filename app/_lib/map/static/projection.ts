import { geoMercator, type GeoProjection, type GeoStream } from 'd3-geo';
import { scaleForZoom, zoomForScale } from '../../geometry/mercator';
import type { StaticMapSpec } from './spec';

/** The zoom, at MapLibre's scale, that a frame draws at. */
export const zoomOfFrame = (frame: Pick<StaticMapFrame, 'projection'>) => zoomForScale(frame.projection.scale());

/** Share of the box's shorter side kept clear around places that are fitted. */
export const FIT_PADDING = 0.12;

export interface StaticMapFrame {
  projection: GeoProjection;
  /** True when the map is drawn at a camera's zoom (one SVG unit per CSS pixel), not fitted. */
  atCameraZoom: boolean;
  /**
   * True for a fitted view that stands in for the live map: the box shows all of the viewBox
   * (`meet`), as MapLibre's fitBounds shows all of the bounds, and the map is drawn beyond the
   * viewBox to fill boxes of another shape.
   */
  contain: boolean;
  /** The part of the plane that is drawn, in SVG units: the viewBox, or more when `contain`. */
  extent: [[number, number], [number, number]];
}

/** How far a contained map is drawn beyond its viewBox on each side, as a share of its size: boxes up to 1.6 times as wide (or tall) are filled. */
const CONTAIN_BLEED = 0.3;

/**
 * The Web Mercator projection of a spec's camera in its box: at MapLibre's scale for a
 * point, fitted inside the padded box for bounds (never closer than the camera's maxZoom).
 */
export function frameFor({ camera, width, height, fit }: Pick<StaticMapSpec, 'camera' | 'width' | 'height' | 'fit'>): StaticMapFrame {
  const projection = geoMercator().translate([width / 2, height / 2]);
  let atCameraZoom = camera.kind === 'point';
  if (camera.kind === 'point') {
    projection.scale(scaleForZoom(camera.zoom)).center(camera.center);
  } else {
    const [[west, south], [east, north]] = camera.bounds;
    const pad = Math.min(width, height) * FIT_PADDING;
    projection.fitExtent(
      [
        [pad, pad],
        [width - pad, height - pad],
      ],
      { type: 'MultiPoint', coordinates: [[west, south], [east, north]] },
    );
    if (projection.scale() > scaleForZoom(camera.maxZoom)) {
      projection.scale(scaleForZoom(camera.maxZoom)).center([(west + east) / 2, (south + north) / 2]).translate([width / 2, height / 2]);
      atCameraZoom = true;
    }
  }
  const contain = fit === 'camera' && !atCameraZoom;
  // Clip a little outside the frame so strokes at the edge are not cut short.
  const bleedX = contain ? width * CONTAIN_BLEED : 10;
  const bleedY = contain ? height * CONTAIN_BLEED : 10;
  const extent: StaticMapFrame['extent'] = [
    [-bleedX, -bleedY],
    [width + bleedX, height + bleedY],
  ];
  projection.clipExtent(extent);
  return { projection, atCameraZoom, contain, extent };
}

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
