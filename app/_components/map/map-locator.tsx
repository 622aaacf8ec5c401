'use client';

import { useCallback, useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import type { Bounds } from '@/app/_lib/geometry/bounds';
import { locatorMark, showsLocator, type StepLocator } from '@/app/_lib/map/locator';

/** How the map tells the locator where it is: on every `move`, without a React render. */
export interface LocatorHandle {
  /** `zoom` as a laptop's map would show the view (camera.ts, `referenceZoom`): a close-up is one on any screen. */
  show: (view: Bounds, zoom: number) => void;
}

/**
 * The locator inset over the map: a small image of the framed country among its neighbours
 * and the view's mark, drawn by the pure `locatorMark`. Hidden at regional zooms; while
 * hidden it keeps its box (visibility, not display), so the camera can keep places clear of
 * where it will appear.
 */
export function MapLocator({ locator, ref }: { locator: StepLocator | null; ref: Ref<LocatorHandle> }) {
  const box = useRef<HTMLDivElement>(null);
  const rect = useRef<SVGRectElement>(null);
  const dot = useRef<SVGGElement>(null);
  const last = useRef<{ view: Bounds; zoom: number } | null>(null);
  // The image is fetched the first time a close-up shows it, not with the page.
  const [wanted, setWanted] = useState(false);

  const draw = useCallback(() => {
    const element = box.current;
    if (!element || !locator) return;
    const mark = last.current && showsLocator(last.current.zoom) ? locatorMark(locator.frame, last.current.view) : null;
    element.hidden = !mark;
    if (!mark) return;
    setWanted(true);
    const r = rect.current!;
    const d = dot.current!;
    r.style.display = mark.kind === 'rect' ? '' : 'none';
    d.style.display = mark.kind === 'dot' ? '' : 'none';
    if (mark.kind === 'rect') {
      r.setAttribute('x', String(mark.x));
      r.setAttribute('y', String(mark.y));
      r.setAttribute('width', String(mark.width));
      r.setAttribute('height', String(mark.height));
    } else {
      d.setAttribute('transform', `translate(${mark.x} ${mark.y})`);
    }
  }, [locator]);

  useImperativeHandle(ref, () => ({
    show(view, zoom) {
      last.current = { view, zoom };
      draw();
    },
  }), [draw]);

  // A new step may frame another country: redraw the last view in its frame.
  useEffect(draw, [draw]);

  if (!locator) return null;
  const { width, height, center, zoom } = locator.frame;
  return (
    <div ref={box} className="map-locator" data-map-locator="" data-frame={`${center[0]},${center[1]},${zoom}`} role="img" aria-label={locator.label} hidden>
      {wanted && <img src={`/maps/locator/${locator.country}.svg`} alt="" width={width} height={height} decoding="async" />}
      <svg viewBox={`0 0 ${width} ${height}`} aria-hidden="true">
        <rect ref={rect} className="locator-view" fill="none" />
        <g ref={dot} className="locator-dot" style={{ display: 'none' }}>
          <circle r="2.5" />
          <circle r="7" fill="none" />
        </g>
      </svg>
    </div>
  );
}
