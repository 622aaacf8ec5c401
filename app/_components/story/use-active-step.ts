'use client';

import { useEffect, useRef } from 'react';

/** Where the trigger line sits, as a fraction of the viewport height. */
export function triggerLine(): number {
  // On narrow screens the map takes the top of the screen: trigger in the middle of the text below it.
  return window.matchMedia('(max-width: 899px)').matches ? 0.74 : 0.5;
}

/**
 * Calls `onCross(id)` when a `[data-step]` element crosses the trigger line. Between
 * steps nothing crosses, and the caller keeps the last active step.
 */
export function useStepObserver(enabled: boolean, onCross: (id: string) => void): void {
  const callback = useRef(onCross);
  useEffect(() => {
    callback.current = onCross;
  });

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
      const line = Math.round(triggerLine() * 100);
      observer = new IntersectionObserver(
        (entries) => {
          const crossing = entries.filter((entry) => entry.isIntersecting).at(-1);
          const id = (crossing?.target as HTMLElement | undefined)?.dataset.step;
          if (id) callback.current(id);
        },
        { rootMargin: `-${line}% 0px -${100 - line}% 0px` },
      );
      for (const step of document.querySelectorAll('[data-step]')) {
        watched.add(step);
        observer.observe(step);
      }
    };
    observe();
    mutations.observe(document.body, { childList: true, subtree: true });
    const media = window.matchMedia('(max-width: 899px)');
    media.addEventListener('change', observe);
    return () => {
      media.removeEventListener('change', observe);
      mutations.disconnect();
      observer?.disconnect();
    };
  }, [enabled]);
}

/** True when focus is somewhere typing keys mean text, not navigation. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Scrolls a step so it sits on the trigger line. */
export function scrollStepIntoView(id: string, smooth: boolean): void {
  const element = document.getElementById(id);
  if (!element) return;
  const box = element.getBoundingClientRect();
  const top = window.scrollY + box.top + Math.min(box.height, window.innerHeight * 0.3) / 2 - window.innerHeight * triggerLine();
  window.scrollTo({ top: Math.max(0, top), behavior: smooth ? 'smooth' : 'instant' });
}
