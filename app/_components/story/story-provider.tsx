'use client';

import { createContext, use, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { stepAfter } from '@/app/_lib/reading/keyboard-order';
import { pageDelta, stepFromHash, stepScrollDelta, topScrollDelta } from '@/app/_lib/reading/reading-position';
import type { StoryView } from '@/app/_lib/reading/story-view';
import { readingFrame, spanAfter } from './reading-frame';
import { prefersReducedMotion } from './reduced-motion';
import { useStepObserver } from './use-step-observer';

/**
 * What made a step active; the map jumps instead of flying for `initial`.
 * `initial`: the page opened at it (a deep link, `?step=`, the first step).
 * `scroll`: the reader's scrolling brought it to the trigger line.
 * `key`: an arrow key or J/K.
 * `button`: the embed's Previous and Next buttons.
 * `link`: a link on the page (the timeline, a popup's "In this story").
 * `host`: the page hosting a scroll-driven embed sent it.
 */
export type ActivationSource = 'initial' | 'scroll' | 'key' | 'button' | 'link' | 'host';

export interface Activation {
  id: string;
  source: ActivationSource;
}

/**
 * `scroll`: the reader's scrolling drives the story (site pages).
 * `stepper`: buttons and keys move one step at a time (the embed).
 * `driven`: a host page sends the active step (the embed's scroll-driven mode).
 */
export type StoryMode = 'scroll' | 'stepper' | 'driven';

interface StoryContextValue {
  view: StoryView;
  mode: StoryMode;
  /** False until hydrated: server HTML shows every step, for readers without JavaScript. */
  hydrated: boolean;
  active: Activation | null;
  /** Scrolls to a step and makes it active. */
  goToStep: (id: string, source: ActivationSource) => void;
  /** Scrolls to a chapter on this page and makes its first step active. */
  goToChapter: (slug: string) => void;
}

export const StoryContext = createContext<StoryContextValue | null>(null);

export function useStory(): StoryContextValue {
  const value = use(StoryContext);
  if (!value) throw new Error('useStory must be used inside <StoryProvider>');
  return value;
}

/** The step a stepper opens at: `?step=<id>` or `?step=<n>` (1-based). */
export function initialStepFromQuery(search: string, ids: readonly string[]): string | undefined {
  const wanted = new URLSearchParams(search).get('step');
  if (!wanted) return undefined;
  if (ids.includes(wanted)) return wanted;
  const n = /^\d+$/.test(wanted) ? Number(wanted) : NaN;
  return n >= 1 && n <= ids.length ? ids[n - 1] : undefined;
}

/** True when focus is somewhere typing keys mean text, not navigation. */
function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** For values that never change once the page has loaded. */
const noSubscription = () => () => {};

const keyDirection: Record<StoryMode, Record<string, 1 | -1>> = {
  scroll: { ArrowDown: 1, j: 1, ArrowUp: -1, k: -1 },
  stepper: { ArrowDown: 1, ArrowRight: 1, j: 1, ArrowUp: -1, ArrowLeft: -1, k: -1 },
  driven: {},
};

/** Holds the active step: scrolling, deep links, buttons, keys and host pages all set it here. */
export function StoryProvider({ view, mode = 'scroll', children }: { view: StoryView; mode?: StoryMode; children: ReactNode }) {
  const [active, setActive] = useState<Activation | null>(null);
  // Keys pressed faster than React renders must step from the latest step, not a stale one:
  // `activate` sets it at once, and every commit (a scroll's activation too) keeps it current.
  const latest = useRef<Activation | null>(null);
  useLayoutEffect(() => {
    latest.current = active;
  }, [active]);
  // False in the server's HTML and while hydrating it, true from then on.
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const ids = useMemo(() => view.steps.map((step) => step.id), [view]);

  const scroller = useStepObserver(mode === 'scroll', (id) => setActive((current) => (current?.id === id ? current : { id, source: 'scroll' })));
  // The step a scroll of ours is bringing into view: until it lands, the reader has not seen
  // its top, so a key press moves on rather than paging through it.
  const arriving = useRef<string | null>(null);

  const activate = useCallback((id: string, source: ActivationSource) => {
    latest.current = { id, source };
    setActive(latest.current);
  }, []);

  const goToStep = useCallback(
    (id: string, source: ActivationSource) => {
      const step = mode === 'scroll' ? document.getElementById(id) : null;
      const card = step?.querySelector('.step-card');
      if (step && card) {
        const pending = scroller.pending();
        const delta = stepScrollDelta(spanAfter(card, pending), spanAfter(step, pending), readingFrame());
        arriving.current = id;
        scroller.scrollBy(delta, source !== 'initial' && !prefersReducedMotion());
      }
      activate(id, source);
    },
    [mode, scroller, activate],
  );

  const goToChapter = useCallback(
    (slug: string) => {
      const first = view.steps.find((step) => step.chapter === slug);
      const chapter = document.getElementById(`chapter-${slug}`);
      if (!first || !chapter) return;
      scroller.scrollBy(topScrollDelta(spanAfter(chapter, scroller.pending()), readingFrame()), !prefersReducedMotion());
      activate(first.id, 'link');
    },
    [view, scroller, activate],
  );

  useEffect(() => {
    if (mode === 'scroll') {
      // A #step deep link opens at that step with its camera set at once; any other fragment,
      // malformed ones included, leaves the page where the browser put it.
      const id = stepFromHash(window.location.hash, ids);
      if (id) goToStep(id, 'initial');
    } else {
      const first = (mode === 'stepper' && initialStepFromQuery(window.location.search, ids)) || ids[0];
      if (first) goToStep(first, 'initial');
    }
  }, [ids, goToStep, mode]);

  // The URL follows reading without adding history entries.
  useEffect(() => {
    if (mode !== 'scroll' || !active || active.source === 'initial') return;
    if (window.location.hash !== `#${active.id}`) window.history.replaceState(window.history.state, '', `#${active.id}`);
  }, [active, mode]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTypingTarget(event.target)) return;
      if ((event.target as HTMLElement | null)?.closest?.('[role="dialog"]')) return;
      // Right to left, the stepper's next step is to the left: the arrows follow the reading direction.
      const rtl = document.documentElement.dir === 'rtl';
      const key = rtl && event.key === 'ArrowLeft' ? 'ArrowRight' : rtl && event.key === 'ArrowRight' ? 'ArrowLeft' : event.key;
      const direction = keyDirection[mode][key];
      if (!direction) return;
      const current = latest.current;
      // A long card is read a screen at a time before the keys move on, once it has been seen.
      const seen = !(current && arriving.current === current.id && scroller.pending() !== 0);
      const card = mode === 'scroll' && current && seen ? document.getElementById(current.id)?.querySelector('.step-card') : null;
      const page = card ? pageDelta(spanAfter(card, scroller.pending()), readingFrame(), direction) : 0;
      if (page) {
        event.preventDefault();
        arriving.current = null;
        scroller.scrollBy(page, !prefersReducedMotion());
        return;
      }
      const next = ids[stepAfter(current ? ids.indexOf(current.id) : -1, direction, ids.length)];
      if (!next) return;
      event.preventDefault();
      goToStep(next, 'key');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [ids, goToStep, mode, scroller]);

  const value = useMemo(() => ({ view, mode, hydrated, active, goToStep, goToChapter }), [view, mode, hydrated, active, goToStep, goToChapter]);
  return <StoryContext value={value}>{children}</StoryContext>;
}
