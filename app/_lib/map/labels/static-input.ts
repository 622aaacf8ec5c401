import { mercator, worldSize } from '../../geometry/mercator';
import type { LayerAnnotation } from '../step-layers/placement';
import type { MarkerPlace } from './obstacles';
import type { LabelCandidate } from './types';

/**
 * What a static map drawn at a camera's zoom carries so that the page can place its labels
 * again for the box it really shows (the SVG is larger than the map box and cropped from the
 * centre): the camera, the places, and the candidates that could be drawn inside the SVG.
 * Placed with this, the static first view shows the labels the live map will show.
 */
export interface StaticLabelInput {
  center: [number, number];
  zoom: number;
  /** The SVG's own size, in its units (one per CSS pixel at scale 1). */
  width: number;
  height: number;
  focus: string[];
  activeIds: string[];
  places: MarkerPlace[];
  candidates: LabelCandidate[];
  /** The step's callouts, placed again with the labels. */
  annotations?: LayerAnnotation[];
}

/**
 * Only what can be drawn in a `width` × `height` box at this camera: anchors in view, and
 * none whose shape is too small at this zoom to hold even the smallest label (placeLabels's rule).
 */
export function candidatesInView(
  candidates: readonly LabelCandidate[],
  project: (p: [number, number]) => [number, number] | null,
  zoom: number,
  width: number,
  height: number,
): LabelCandidate[] {
  const px = worldSize(zoom);
  const out: LabelCandidate[] = [];
  for (const candidate of candidates) {
    const smallest = candidate.width * 8;
    const anchors = candidate.anchors.filter((a) => {
      if (a.length === 4 && 2 * a[2] * px < 0.4 * smallest) return false;
      const p = project([a[0], a[1]]);
      return !!p && p[0] >= 0 && p[0] <= width && p[1] >= 0 && p[1] <= height;
    });
    if (anchors.length) out.push({ ...candidate, anchors });
  }
  return out;
}

/**
 * The projection of a point camera into a map box that shows the SVG scaled by `scale` with
 * its top-left corner at `offset` (CSS pixels, relative to the box), as the page lays it out.
 */
export function cameraProjection(input: Pick<StaticLabelInput, 'center' | 'zoom' | 'width' | 'height'>, offset: [number, number], scale: number) {
  const [cx, cy] = mercator(input.center);
  const size = worldSize(input.zoom);
  return ([lng, lat]: [number, number]): [number, number] => {
    const [x, y] = mercator([lng, lat]);
    return [offset[0] + (input.width / 2 + (x - cx) * size) * scale, offset[1] + (input.height / 2 + (y - cy) * size) * scale];
  };
}
