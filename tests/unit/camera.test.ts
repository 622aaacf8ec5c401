import { describe, expect, it } from 'vitest';
import { OVERLAY_GAP, paddingFor, MAX_BOX_ZOOM_OUT, REFERENCE_MAP_SIDE, referenceZoom, zoomForBox } from '@/app/_lib/map/camera';
import { stepAfter } from '@/app/_lib/reading/keyboard-order';
import { formatCenter } from '@/app/_lib/map/readout';
import { cameraForStep, FIT_MAX_ZOOM, isRegional, REGIONAL_ZOOM, type CameraPlace } from '@/app/_lib/content/step-camera';
import { boundsOf, isWithin } from '@/app/_lib/geometry/bounds';

const places = new Map<string, CameraPlace>([
  ['astana', { coordinates: [71.4304, 51.1282], zoom: 5 }],
  ['ankara', { coordinates: [32.8597, 39.9334], zoom: 5.5 }],
  ['moscow', { coordinates: [37.6173, 55.7558], zoom: 5 }],
  ['tehran', { coordinates: [51.389, 35.6892], zoom: 5 }],
]);

describe('cameraForStep', () => {
  it('flies to a single place at its own zoom', () => {
    expect(cameraForStep({ places: ['astana'], camera: {} }, places)).toEqual({ kind: 'point', center: [71.4304, 51.1282], zoom: 5, pitch: 0, bearing: 0 });
  });

  it('lets the step override zoom, pitch and bearing', () => {
    expect(cameraForStep({ places: ['ankara'], camera: { zoom: 8, pitch: 30, bearing: -20 } }, places)).toEqual({
      kind: 'point',
      center: [32.8597, 39.9334],
      zoom: 8,
      pitch: 30,
      bearing: -20,
    });
  });

  it('fits several places, capped at a legible zoom', () => {
    const target = cameraForStep({ places: ['ankara', 'moscow', 'tehran'], camera: {} }, places);
    expect(target).toEqual({ kind: 'bounds', bounds: [[32.8597, 35.6892], [51.389, 55.7558]], maxZoom: FIT_MAX_ZOOM, pitch: 0, bearing: 0 });
  });

  it('uses a zoom override as the fit cap', () => {
    const target = cameraForStep({ places: ['ankara', 'moscow'], camera: { zoom: 4 } }, places);
    expect(target.kind === 'bounds' && target.maxZoom).toBe(4);
  });

  it('treats places at the same spot as a point', () => {
    const twins = new Map(places).set('astana-2', { coordinates: [71.4304, 51.1282], zoom: 9 });
    expect(cameraForStep({ places: ['astana', 'astana-2'], camera: {} }, twins).kind).toBe('point');
  });

  it('throws on an unknown place rather than flying nowhere', () => {
    expect(() => cameraForStep({ places: ['atlantis'], camera: {} }, places)).toThrow('unknown place "atlantis"');
    expect(() => cameraForStep({ places: ['astana'], camera: { frame: ['atlantis'] } }, places)).toThrow('unknown place "atlantis"');
  });

  it('keeps a frame in view around one place: an establishing shot', () => {
    const target = cameraForStep({ places: ['astana'], camera: { frame: ['ankara', 'moscow'] } }, places);
    expect(target).toEqual({ kind: 'bounds', bounds: [[32.8597, 39.9334], [71.4304, 55.7558]], maxZoom: FIT_MAX_ZOOM, pitch: 0, bearing: 0 });
  });
});

describe('zoomForBox', () => {
  it('keeps the written zoom in a box as large as a laptop\'s map, or larger', () => {
    expect(zoomForBox(6, REFERENCE_MAP_SIDE, REFERENCE_MAP_SIDE)).toBe(6);
    expect(zoomForBox(6, 768, 752)).toBe(6);
    expect(zoomForBox(6, 2560, 1400)).toBe(6);
  });

  it('zooms a phone\'s small map out so that it shows about the same area', () => {
    // 390 × 355: the shorter side is about half the reference, so about one zoom level out.
    expect(zoomForBox(6, 390, 355)).toBeCloseTo(6 - Math.log2(700 / 355), 6);
    expect(zoomForBox(6, 390, 355)).toBeCloseTo(5.02, 2);
    // The shorter side decides, whichever it is.
    expect(zoomForBox(6, 355, 390)).toBe(zoomForBox(6, 390, 355));
  });

  it('answers, for a zoom in a small box, the zoom a laptop needs for the same ground: close-ups stay close-ups', () => {
    expect(referenceZoom(zoomForBox(6.5, 390, 355), 390, 355)).toBeCloseTo(6.5, 9);
    expect(referenceZoom(5.6, 390, 355)).toBeGreaterThan(6.5);
    expect(referenceZoom(6, 1280, 800)).toBe(6);
  });

  it('never zooms out by more than the cap, and ignores an empty box', () => {
    expect(zoomForBox(8, 60, 40)).toBe(8 - MAX_BOX_ZOOM_OUT);
    expect(zoomForBox(8, 0, 300)).toBe(8);
    expect(zoomForBox(8, Number.NaN, 300)).toBe(8);
  });
});

describe('isRegional', () => {
  const point = (zoom: number) => ({ kind: 'point' as const, center: [0, 0] as [number, number], zoom, pitch: 0, bearing: 0 });
  const fit = (west: number, south: number, east: number, north: number, maxZoom = FIT_MAX_ZOOM) => ({
    kind: 'bounds' as const,
    bounds: [[west, south], [east, north]] as [[number, number], [number, number]],
    maxZoom,
    pitch: 0,
    bearing: 0,
  });

  it('calls a point camera regional below the close-up zoom', () => {
    expect(isRegional(point(5))).toBe(true);
    expect(isRegional(point(REGIONAL_ZOOM))).toBe(false);
    expect(isRegional(point(8.5))).toBe(false);
  });

  it('calls a fitted view regional when it spans a region or is capped below the close-up zoom', () => {
    expect(isRegional(fit(32.8, 33.5, 71.4, 55.8))).toBe(true);
    expect(isRegional(fit(37.9, 35.9, 39, 36.5))).toBe(false);
    expect(isRegional(fit(37.9, 35.9, 39, 36.5, 5))).toBe(true);
  });
});

describe('boundsOf', () => {
  it('spans all points', () => {
    expect(boundsOf([[1, 2], [-3, 5], [4, -1]])).toEqual([[-3, -1], [4, 5]]);
  });
  it('rejects an empty list', () => {
    expect(() => boundsOf([])).toThrow();
  });
});

describe('paddingFor', () => {
  const map = { left: 0, top: 0, right: 1280, bottom: 800 };

  it('keeps a plain margin when the text does not cover the map', () => {
    expect(paddingFor(map, null)).toEqual({ top: 48, right: 48, bottom: 48, left: 48 });
    expect(paddingFor(map, { left: 1300, top: 0, right: 1700, bottom: 800 })).toEqual({ top: 48, right: 48, bottom: 48, left: 48 });
  });

  it('clears a text column laid over the left of the map', () => {
    expect(paddingFor(map, { left: 0, top: -2000, right: 480, bottom: 6000 })).toEqual({ top: 48, right: 48, bottom: 48, left: 528 });
  });

  it('clears a text column laid over the right of the map', () => {
    expect(paddingFor(map, { left: 800, top: 0, right: 1280, bottom: 800 })).toEqual({ top: 48, right: 528, bottom: 48, left: 48 });
  });

  it('clears overlays laid over the map from their cheapest side', () => {
    const phone = { left: 0, top: 60, right: 390, bottom: 414 };
    const locator = { left: 288, top: 66, right: 384, bottom: 138 };
    const legend = { left: 6, top: 370, right: 330, bottom: 408 };
    const attribution = { left: 360, top: 384, right: 384, bottom: 408 };
    expect(paddingFor(phone, null, 48, [locator, legend, attribution])).toEqual({ top: 138 - 60 + OVERLAY_GAP, right: 48, bottom: 414 - 370 + OVERLAY_GAP, left: 48 });
    // A tall box on the left side is cleared from the left.
    expect(paddingFor(map, null, 48, [{ left: 0, top: 0, right: 120, bottom: 700 }]).left).toBe(120 + OVERLAY_GAP);
    // Overlays outside the map, or smaller than the margin, change nothing.
    expect(paddingFor(map, null, 48, [{ left: 1300, top: 0, right: 1400, bottom: 100 }, { left: 1250, top: 10, right: 1270, bottom: 20 }])).toEqual({ top: 48, right: 48, bottom: 48, left: 48 });
  });

  it('keeps room for the places when overlays are large', () => {
    const phone = { left: 0, top: 0, right: 390, bottom: 300 };
    const padding = paddingFor(phone, null, 48, [{ left: 0, top: 0, right: 390, bottom: 180 }, { left: 0, top: 150, right: 390, bottom: 300 }]);
    expect(padding.top + padding.bottom).toBeLessThanOrEqual(200);
  });

  it('never pads more than two thirds of a narrow map', () => {
    const narrow = { left: 0, top: 0, right: 390, bottom: 330 };
    const padding = paddingFor(narrow, { left: 0, top: 0, right: 380, bottom: 330 });
    expect(padding.left + padding.right).toBeLessThanOrEqual(260);
    expect(padding.top + padding.bottom).toBeLessThanOrEqual(220);
    expect(padding.left).toBeGreaterThan(padding.right);
  });
});

// Whether the camera jumps for readers who prefer reduced motion is proven where it shows, in the
// browser: tests/e2e/story.spec.ts, "with reduced motion ... the camera jumps".
describe('camera helpers', () => {
  it('tests containment with a tolerance', () => {
    const bounds = boundsOf([[32, 35], [51, 55]]);
    expect(isWithin([40, 45], bounds)).toBe(true);
    expect(isWithin([31.9, 45], bounds)).toBe(false);
    expect(isWithin([31.9, 45], bounds, 0.2)).toBe(true);
  });

  it('formats the centre with five decimals', () => {
    expect(formatCenter([71.43041234, 51.1])).toBe('71.43041,51.10000');
  });

  it('moves between steps without leaving the story', () => {
    expect(stepAfter(-1, 1, 5)).toBe(0);
    expect(stepAfter(-1, -1, 5)).toBe(4);
    expect(stepAfter(2, 1, 5)).toBe(3);
    expect(stepAfter(4, 1, 5)).toBe(4);
    expect(stepAfter(0, -1, 5)).toBe(0);
    expect(stepAfter(0, 1, 0)).toBe(-1);
  });
});
