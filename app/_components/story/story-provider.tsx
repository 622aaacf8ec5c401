'use client';

import { createContext, use, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { stepAfter } from '@/app/_lib/camera';
import type { StoryView } from '@/app/_lib/story-view';
import { isTypingTarget, prefersReducedMotion, scrollStepIntoView, useStepObserver } from './use-active-step';

/** How a step became active; the map jumps instead of flying for `initial`. */
export type ActivationSource = 'initial' | 'scroll' | 'keyboard' | 'link';

export interface Activation {
  id: string;
  source: ActivationSource;
}

interface StoryContextValue {
  view: StoryView;
  active: Activation | null;
  /** Scrolls to a step and makes it active. */
  goToStep: (id: string, source: ActivationSource) => void;
}

export const StoryContext = createContext<StoryContextValue | null>(null);

export function useStory(): StoryContextValue {
  const value = use(StoryContext);
  if (!value) throw new Error('useStory must be used inside <StoryProvider>');
  return value;
}

/** Holds the active step: scrolling, deep links and the keyboard all set it here. */
export function StoryProvider({ view, children }: { view: StoryView; children: ReactNode }) {
  const [active, setActive] = useState<Activation | null>(null);
  const ids = useMemo(() => view.steps.map((step) => step.id), [view]);

  const goToStep = useCallback((id: string, source: ActivationSource) => {
    scrollStepIntoView(id, source !== 'initial' && !prefersReducedMotion());
    setActive({ id, source });
  }, []);

  useStepObserver((id) => setActive((current) => (current?.id === id ? current : { id, source: 'scroll' })));

  // A #step deep link opens at that step with its camera set at once.
  useEffect(() => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    if (ids.includes(id)) goToStep(id, 'initial');
  }, [ids, goToStep]);

  // The URL follows reading without adding history entries.
  useEffect(() => {
    if (!active || active.source === 'initial') return;
    if (window.location.hash !== `#${active.id}`) window.history.replaceState(window.history.state, '', `#${active.id}`);
  }, [active]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTypingTarget(event.target)) return;
      if ((event.target as HTMLElement | null)?.closest?.('[role="dialog"]')) return;
      const direction = event.key === 'ArrowDown' || event.key === 'j' ? 1 : event.key === 'ArrowUp' || event.key === 'k' ? -1 : 0;
      if (!direction) return;
      const next = ids[stepAfter(active ? ids.indexOf(active.id) : -1, direction, ids.length)];
      if (!next) return;
      event.preventDefault();
      goToStep(next, 'keyboard');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [ids, active, goToStep]);

  const value = useMemo(() => ({ view, active, goToStep }), [view, active, goToStep]);
  return <StoryContext value={value}>{children}</StoryContext>;
}
