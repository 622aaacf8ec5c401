import { describe, expect, it } from 'vitest';
import { cameraProjection } from '@/app/_lib/map/camera';
import { cameraAtMiddle, formatDrawnCamera, liveCamera, parseDrawnCamera } from '@/app/_lib/map/static/handoff';

describe('the hand-over from a first view to the live map', () => {
  it('takes a padded camera to the point at the middle of its box, the same zoom', () => {
    const view = { center: [40, 35] as [number, number], zoom: 5, padding: { top: 20, right: 0, bottom: 60, left: 100 } };
    const middle = cameraAtMiddle(view, 800, 600);
    // That point is where the padded camera draws the middle of the box.
    const [x, y] = cameraProjection(view, 800, 600)(middle.center);
    expect(x).toBeCloseTo(400, 6);
    expect(y).toBeCloseTo(300, 6);
    expect(middle.zoom).toBe(5);
    // Without padding, the centre is the middle.
    const unpadded = cameraAtMiddle({ ...view, padding: { top: 0, right: 0, bottom: 0, left: 0 } }, 800, 600).center;
    expect(unpadded[0]).toBeCloseTo(40, 9);
    expect(unpadded[1]).toBeCloseTo(35, 9);
  });

  it('zooms by the scale the page shows the drawing at', () => {
    expect(liveCamera({ center: [40, 35], zoom: 4 }, 768, 768)).toEqual({ center: [40, 35], zoom: 4 });
    expect(liveCamera({ center: [40, 35], zoom: 4 }, 768, 384).zoom).toBe(3);
    expect(liveCamera({ center: [40, 35], zoom: 4 }, 390, 780).zoom).toBe(5);
  });

  it('reads back the camera it writes, and nothing malformed', () => {
    const written = formatDrawnCamera({ center: [52.145049, 45.727761], zoom: 3.61472 });
    expect(written).toBe('52.14505,45.72776,3.6147');
    expect(parseDrawnCamera(written)).toEqual({ center: [52.14505, 45.72776], zoom: 3.6147 });
    for (const bad of [null, '', '1,2', '1,2,x', '1,2,3,4']) expect(parseDrawnCamera(bad), String(bad)).toBeNull();
  });
});
