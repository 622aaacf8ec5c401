import { boundsOf, type Bounds, type LngLat } from '../geometry/bounds';

/*
 * The camera a step declares, from its places, its frame and its overrides: one point at a
 * zoom, or a box to fit. The map shows it (map/camera.ts fits it to a box); the content check
 * holds a chapter's opening step to a regional view with it.
 */

export interface CameraPlace {
  coordinates: LngLat;
  zoom: number;
}

export interface CameraStep {
  places: string[];
  camera: { zoom?: number; pitch?: number; bearing?: number; frame?: readonly string[] };
}

/** Where a step wants the camera: one point at a zoom, or a box to fit. */
export type CameraTarget =
  | { kind: 'point'; center: LngLat; zoom: number; pitch: number; bearing: number }
  | { kind: 'bounds'; bounds: Bounds; maxZoom: number; pitch: number; bearing: number };

/** Never zoom in further than this when fitting several places: the region stays legible. */
export const FIT_MAX_ZOOM = 7;

export function cameraForStep(step: CameraStep, places: ReadonlyMap<string, CameraPlace>): CameraTarget {
  const resolved = [...step.places, ...(step.camera.frame ?? [])].map((id) => {
    const place = places.get(id);
    if (!place) throw new Error(`unknown place "${id}"`);
    return place;
  });
  const pitch = step.camera.pitch ?? 0;
  const bearing = step.camera.bearing ?? 0;
  const distinct = new Set(resolved.map((p) => p.coordinates.join(',')));
  if (distinct.size <= 1) {
    const place = resolved[0]!;
    return { kind: 'point', center: place.coordinates, zoom: step.camera.zoom ?? place.zoom, pitch, bearing };
  }
  return {
    kind: 'bounds',
    bounds: boundsOf(resolved.map((p) => p.coordinates)),
    maxZoom: step.camera.zoom ?? FIT_MAX_ZOOM,
    pitch,
    bearing,
  };
}

/**
 * Closer than this is a close-up: the reader needs a locator to know where it is. A chapter
 * opens wider than this, so that its first view sets the scene.
 */
export const REGIONAL_ZOOM = 6;
/** A fitted view spanning at least this many degrees shows a region at any map size we draw. */
const REGIONAL_SPAN_DEGREES = 8;

/** Whether a camera shows a region rather than a close-up, whatever the size of the map. */
export function isRegional(target: CameraTarget): boolean {
  if (target.kind === 'point') return target.zoom < REGIONAL_ZOOM;
  const [[west, south], [east, north]] = target.bounds;
  return target.maxZoom < REGIONAL_ZOOM || Math.max(east - west, north - south) >= REGIONAL_SPAN_DEGREES;
}
