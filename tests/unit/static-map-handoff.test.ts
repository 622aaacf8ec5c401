import { describe, expect, it } from 'vitest';
import { cameraFromStaticMap, formatDrawnCamera, parseDrawnCamera } from '@/app/_lib/map/static/handoff';

const drawn = { center: [38, 35] as [number, number], zoom: 5 };
const viewBox = { width: 1400, height: 1100 };

describe('cameraFromStaticMap', () => {
  it('keeps the drawn camera when the map is shown at its size, centred on the box', () => {
    const live = cameraFromStaticMap(drawn, viewBox, { left: -300, top: -150, width: 1400, height: 1100 }, { left: 0, top: 0, width: 800, height: 800 });
    expect(live.zoom).toBeCloseTo(5, 6);
    expect(live.center[0]).toBeCloseTo(38, 6);
    expect(live.center[1]).toBeCloseTo(35, 6);
  });

  it('adds the browser\'s scale to the zoom: a map shown at twice its size is one zoom closer', () => {
    const live = cameraFromStaticMap(drawn, viewBox, { left: 0, top: 0, width: 2800, height: 2200 }, { left: 0, top: 0, width: 2800, height: 2200 });
    expect(live.zoom).toBeCloseTo(6, 6);
    expect(live.center[0]).toBeCloseTo(38, 6);
  });

  it('takes the point under the middle of the box when the box is off the map\'s centre', () => {
    // The box's middle is 256 CSS px right of the drawn centre: at zoom 5 the world is 16384 px wide.
    const live = cameraFromStaticMap(drawn, viewBox, { left: 0, top: 0, width: 1400, height: 1100 }, { left: 956 - 200, top: 350, width: 400, height: 400 });
    expect(live.center[0]).toBeCloseTo(38 + (256 / 16384) * 360, 6);
    expect(live.center[1]).toBeCloseTo(35, 6);
  });

  it('reads slice scaling from the larger ratio, as the browser does', () => {
    const live = cameraFromStaticMap(drawn, viewBox, { left: 0, top: 0, width: 700, height: 1100 }, { left: 0, top: 0, width: 700, height: 1100 });
    expect(live.zoom).toBeCloseTo(5, 6);
  });

  it('reads meet scaling from the smaller ratio: a fitted view is shown whole', () => {
    const live = cameraFromStaticMap(drawn, viewBox, { left: 0, top: 0, width: 700, height: 1100 }, { left: 0, top: 0, width: 700, height: 1100 }, 'meet');
    expect(live.zoom).toBeCloseTo(4, 6);
    expect(live.center[0]).toBeCloseTo(38, 6);
  });
});

describe('data-camera', () => {
  it('round-trips and refuses garbage', () => {
    expect(parseDrawnCamera(formatDrawnCamera(drawn))).toEqual({ center: [38, 35], zoom: 5 });
    expect(parseDrawnCamera('1,2')).toBeNull();
    expect(parseDrawnCamera('a,b,c')).toBeNull();
    expect(parseDrawnCamera(null)).toBeNull();
  });
});
