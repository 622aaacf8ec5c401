'use client';

import { useEffect, useMemo, useRef } from 'react';
import { MEDIA_QUERIES } from '@/app/_lib/layout/breakpoints';
import { crossingTarget, stepAtLine, triggerMargin } from '@/app/_lib/reading/step-trigger';
import { triggerLine } from './reading-frame';

/** The step whose box crosses the trigger line now, if any. */
function stepAtTriggerLine(): string | undefined {
  const boxes = Array.from(document.querySelectorAll<HTMLElement>('[data-step]'), (step) => {
    const { top, bottom } = step.getBoundingClientRect();
    return { id: step.dataset.step, top, bottom };
  });
  return stepAtLine(boxes, window.innerHeight * triggerLine());
}

/** A scroll the page makes itself (a jump or a key press), during which detection pauses. */
export interface StepScroller {
  /**
   * Scrolls by `delta` pixels from where the window will be once any scroll of ours in flight
   * lands. Step detection pauses until this one lands (or the reader takes over and stops),
   * then resumes from the step at the trigger line.
   */
  scrollBy(delta: number, smooth: boolean): void;
  /** How far the window has yet to move to land: a box measured now sits this much lower then. */
  pending(): number;
}

/** Frames without movement after which a scroll counts as over (the reader interrupted it). */
const STILL_FRAMES = 12;
/** Never pause detection for longer than this many frames (about 5 s). */
const MAX_FRAMES = 300;

/**
 * Calls `done` once the window has landed at `target`: when it gets there, or when it stops
 * elsewhere. `scrollend` (where supported) only hastens noticing the stop: a scroll of ours
 * superseded by another may end while the window keeps moving.
 */
function whenLanded(target: number, done: () => void): () => void {
  let last = window.scrollY;
  let still = 0;
  let frames = 0;
  let ended = false;
  let frame = 0;
  const onEnd = () => {
    ended = true;
  };
  const stop = () => {
    cancelAnimationFrame(frame);
    window.removeEventListener('scrollend', onEnd);
  };
  const tick = () => {
    const y = window.scrollY;
    still = y === last ? still + 1 : 0;
    last = y;
    if (Math.abs(y - target) < 1 || (ended && still > 0) || still >= STILL_FRAMES || ++frames >= MAX_FRAMES) {
      stop();
      done();
    } else frame = requestAnimationFrame(tick);
  };
  window.addEventListener('scrollend', onEnd);
  frame = requestAnimationFrame(tick);
  return stop;
}

/**
 * Calls `onCross(id)` when a `[data-step]` element crosses the trigger line, except during
 * the page's own scrolls (see `StepScroller`). Between steps nothing crosses, and the caller
 * keeps the last active step.
 */
export function useStepObserver(enabled: boolean, onCross: (id: string) => void): StepScroller {
  const callback = useRef(onCross);
  useEffect(() => {
    callback.current = onCross;
  });
  // Where a scroll of ours will land; null when none is in flight.
  const landing = useRef<number | null>(null);

  useEffect(() => {
    if (!enabled) return;
    let observer: IntersectionObserver | undefined;
    // If React ever renders the steps anew (a recovered hydration error, fast refresh), the
    // observer would be left watching detached nodes: follow the DOM instead.
    const watched = new WeakSet<Element>();
    const observeNew = () => {
      for (const step of document.querySelectorAll('[data-step]')) {
        if (watched.has(step)) continue;
        watched.add(step);
        observer?.observe(step);
      }
    };
    const mutations = new MutationObserver(observeNew);
    const observe = () => {
      observer?.disconnect();
      observer = new IntersectionObserver(
        (entries) => {
          // A jump passes over every step between; only where it lands counts.
          if (landing.current !== null) return;
          const id = (crossingTarget(entries) as HTMLElement | undefined)?.dataset.step;
          if (id) callback.current(id);
        },
        { rootMargin: triggerMargin(triggerLine()) },
      );
      for (const step of document.querySelectorAll('[data-step]')) {
        watched.add(step);
        observer.observe(step);
      }
    };
    observe();
    mutations.observe(document.body, { childList: true, subtree: true });
    const media = window.matchMedia(MEDIA_QUERIES.narrow);
    media.addEventListener('change', observe);
    return () => {
      media.removeEventListener('change', observe);
      mutations.disconnect();
      observer?.disconnect();
    };
  }, [enabled]);

  // Stops watching the scroll of ours in flight, when another replaces it.
  const cancel = useRef<(() => void) | null>(null);
  useEffect(() => () => cancel.current?.(), []);
  return useMemo(() => {
    return {
      pending: () => (landing.current === null ? 0 : landing.current - window.scrollY),
      scrollBy(delta: number, smooth: boolean) {
        const max = document.documentElement.scrollHeight - window.innerHeight;
        const target = Math.min(max, Math.max(0, (landing.current ?? window.scrollY) + delta));
        // Nothing to do, unless a scroll of ours is in flight elsewhere: then redirect it.
        if (landing.current === null && Math.abs(target - window.scrollY) < 1) return;
        cancel.current?.();
        landing.current = target;
        window.scrollTo({ top: target, behavior: smooth ? 'smooth' : 'instant' });
        cancel.current = whenLanded(target, () => {
          landing.current = null;
          // Where the reader is now (the target, unless they took over) decides the step.
          const id = stepAtTriggerLine();
          if (id) callback.current(id);
        });
      },
    };
  }, []);
}
