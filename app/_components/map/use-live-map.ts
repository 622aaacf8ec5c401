import { useEffect, useState, type ComponentType, type RefObject } from 'react';
import { liveCamera, parseDrawnCamera, type DrawnCamera } from '@/app/_lib/map/static/handoff';
import type { StoryMode } from '../story/story-provider';
import type { MapGLProps } from './map-gl';
import { supportsWebGL2 } from './webgl';

/** MapLibre's component once loaded, with where the static map stood when it did. */
export interface LiveMap {
  MapGL: ComponentType<MapGLProps>;
  handoff: DrawnCamera | null;
}

/** Signs that a reader is here and engaging; any of them starts the interactive map. */
const startEvents = ['scroll', 'wheel', 'pointerdown', 'pointermove', 'keydown', 'touchstart', 'focusin'] as const;

/**
 * The live camera that shows what the static first view in `box` shows, if it has one: the
 * drawing's camera at the middle of its box, zoomed by the scale the page shows it at (its
 * frame's width over the width it was drawn for, static-view.tsx). The frame is centred in the box.
 */
function staticHandoff(box: HTMLElement | null): DrawnCamera | null {
  const frame = [...(box?.querySelectorAll<HTMLElement>('.static-frame') ?? [])].find((element) => element.getClientRects().length > 0);
  const drawn = parseDrawnCamera(frame?.dataset.camera);
  const designWidth = Number(frame?.dataset.box?.split(',')[0]);
  const shown = frame?.getBoundingClientRect().width ?? 0;
  if (!drawn || !(designWidth > 0) || !(shown > 0)) return null;
  return liveCamera(drawn, designWidth, shown);
}

/**
 * Loads MapLibre (`load`, map-gl.tsx) when the reader first scrolls or interacts: it costs
 * ~600 KB and a long main-thread task, so the text and the static map paint and respond first.
 * A host page that drives the map, a deep link to a step, or a reader who scrolled before this
 * code ran asks for it at once. Without WebGL2, or when the code fails to load, `unavailable`
 * is called instead. The hand-over camera is taken while the static map shows the first step.
 */
export function useLiveMap(
  mode: StoryMode,
  box: RefObject<HTMLElement | null>,
  onFirstStep: RefObject<boolean>,
  unavailable: () => void,
  load: () => Promise<Pick<LiveMap, 'MapGL'>>,
): LiveMap | null {
  const [live, setLive] = useState<LiveMap | null>(null);
  useEffect(() => {
    let cancelled = false;
    const start = () => {
      for (const type of startEvents) window.removeEventListener(type, start, true);
      if (cancelled) return;
      if (!supportsWebGL2()) {
        unavailable();
        return;
      }
      load().then(
        (module) => !cancelled && setLive({ MapGL: module.MapGL, handoff: onFirstStep.current ? staticHandoff(box.current) : null }),
        () => !cancelled && unavailable(),
      );
    };
    if (mode === 'driven' || window.location.hash.length > 1 || window.scrollY > 0) start();
    else for (const type of startEvents) window.addEventListener(type, start, { capture: true, passive: true });
    return () => {
      cancelled = true;
      for (const type of startEvents) window.removeEventListener(type, start, true);
    };
  }, [mode, box, onFirstStep, unavailable, load]);
  return live;
}
