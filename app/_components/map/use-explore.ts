import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { MapRef } from 'react-map-gl/maplibre';
import { motionFor } from '@/app/_lib/map/camera';
import { EXPLORE_WORDS, exploreKeyAction, type ExploreContext, type SavedCamera } from '@/app/_lib/map/explore';
import { useEdition } from '../edition/edition-context';
import { prefersReducedMotion } from '../story/reduced-motion';

/*
 * Explore mode (issue 28): the reader moves the live map freely, then comes back to the story
 * where they left it. This module is imported only by map-gl.tsx, so it loads with the live
 * map and adds nothing to what a page loads before the reader interacts.
 */

/** Where the reader was when exploring began: what "Back to the story" restores. */
interface Place {
  scrollX: number;
  scrollY: number;
  step: string;
  /** The camera, when it had settled; a camera still flying to its step is not a place to return to. */
  camera: SavedCamera | null;
}

/** How long a zoom or pan by button or key animates; a cut with reduced motion. */
const STEP_MS = 250;

const cameraOf = (map: MapRef): SavedCamera => {
  const { lng, lat } = map.getCenter();
  const { top = 0, right = 0, bottom = 0, left = 0 } = map.getPadding();
  return { center: [lng, lat], zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch(), padding: { top, right, bottom, left } };
};

/** The element that carries the map's public attributes (story-map.tsx, or a place page's place-map.tsx). */
const storyMapOf = (map: MapRef) => map.getContainer().closest<HTMLElement>('[data-story-map], [data-place-map]');

export interface ExploreOptions {
  ref: RefObject<MapRef | null>;
  stepId: string;
  /** Moves the camera to the active step's view, for a return with no settled camera to go back to. */
  toStep: (jump: boolean) => void;
  /** Says something in the map's live region (story-map.tsx); '' gives it back to the step. */
  notice: (text: string) => void;
  touch: boolean;
  /** Where the reader explores from: what the way back is called and what is said. */
  context: ExploreContext;
}

/**
 * Explore mode's state and actions. Entering marks the map `data-exploring="true"` (CSS makes
 * a phone's map full-screen), focuses the map and says so; leaving restores the scroll position
 * and the camera, and focus to the button that opened it. A new step while exploring (the page
 * scrolled on, a host page's scrolling, a popup's link) ends it where the story goes.
 * Nothing here listens or runs while nobody explores.
 */
export function useExplore({ ref, stepId, toStep, notice, touch, context }: ExploreOptions) {
  const words = EXPLORE_WORDS[useEdition()][context];
  const [exploring, setExploring] = useState(false);
  const place = useRef<Place | null>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const refocus = useRef(false);
  const spoke = useRef(false);
  const latest = useRef({ toStep, notice });
  useEffect(() => {
    latest.current = { toStep, notice };
  });

  const say = useCallback((text: string) => {
    spoke.current = text !== '';
    latest.current.notice(text);
  }, []);

  /** Marks the map and lets MapLibre measure the box it now has (full screen on a phone, or back). */
  const mark = useCallback(
    (on: boolean) => {
      const map = ref.current;
      if (!map) return;
      const box = storyMapOf(map);
      if (on) box?.setAttribute('data-exploring', 'true');
      else box?.removeAttribute('data-exploring');
      map.resize();
    },
    [ref],
  );

  const enter = useCallback(() => {
    const map = ref.current;
    if (!map || place.current) return;
    place.current = { scrollX: window.scrollX, scrollY: window.scrollY, step: stepId, camera: map.isMoving() ? null : cameraOf(map) };
    mark(true);
    setExploring(true);
    map.getCanvas().focus({ preventScroll: true });
    say(words.enter(touch));
  }, [ref, stepId, mark, say, touch, words]);

  /** Back to the story: the scroll position and the camera where exploring began. */
  const leave = useCallback(() => {
    const map = ref.current;
    const was = place.current;
    if (!map || !was) return;
    place.current = null;
    mark(false);
    window.scrollTo({ left: was.scrollX, top: was.scrollY, behavior: 'instant' });
    const jump = motionFor(prefersReducedMotion()) === 'jump';
    if (!was.camera) latest.current.toStep(jump);
    else if (jump) map.jumpTo(was.camera);
    else map.flyTo({ ...was.camera, essential: true, maxDuration: 1500 });
    refocus.current = true;
    setExploring(false);
    say(words.leave);
  }, [ref, mark, say, words]);

  // The story moved on (a scroll, a host page, a link): stop exploring there, no restoring.
  // Declared before map-gl.tsx's camera effect, so the box is back to size before it fits.
  useEffect(() => {
    const was = place.current;
    if (was && was.step !== stepId) {
      place.current = null;
      // Focus on a control that goes with explore mode goes back to "Explore the map"; elsewhere it stays.
      refocus.current = !!document.activeElement?.closest('.explore-controls');
      mark(false);
      setExploring(false);
    }
    // The new step's own announcement speaks for it.
    if (spoke.current) say('');
  }, [stepId, mark, say]);

  // Focus comes back to the button that opened explore mode once it is drawn again.
  useEffect(() => {
    if (exploring || !refocus.current) return;
    refocus.current = false;
    opener.current?.focus({ preventScroll: true });
  }, [exploring]);

  const zoom = useCallback(
    (by: 1 | -1) => {
      const map = ref.current;
      const duration = prefersReducedMotion() ? 0 : STEP_MS;
      map?.zoomTo(map.getZoom() + by, { duration });
    },
    [ref],
  );

  // Keys while exploring: Escape anywhere leaves (unless a popup is open: Escape closes that);
  // zoom and pan keys act when focus is in the map or its controls.
  useEffect(() => {
    const map = ref.current;
    if (!exploring || !map) return;
    const scope = map.getContainer().parentElement;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const action = exploreKeyAction(event);
      if (!action || document.querySelector('[data-place-popup]:popover-open')) return;
      if (action.kind === 'leave') {
        event.preventDefault();
        leave();
        return;
      }
      if (!(event.target instanceof Node) || !scope?.contains(event.target)) return;
      event.preventDefault();
      if (action.kind === 'zoom') zoom(action.by);
      else map.panBy([action.x, action.y], { duration: prefersReducedMotion() ? 0 : STEP_MS });
    };
    // Captured, before the story's own keys (story-provider.tsx), which skip a key once handled.
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [exploring, ref, leave, zoom]);

  return { exploring, enter, leave, zoom, opener, backLabel: words.back };
}
