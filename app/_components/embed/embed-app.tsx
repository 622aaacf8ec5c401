'use client';

import { useCallback, useEffect, useMemo, useRef, useSyncExternalStore, type ReactNode } from 'react';
import { formatMessage, isChildId, MESSAGE_HEIGHT, MESSAGE_READY, MESSAGE_STEP, parseMessage } from '@/app/_lib/embed/protocol';
import type { StoryView } from '@/app/_lib/reading/story-view';
import { useStrings } from '../edition/edition-context';
import { StoryMap } from '../map/story-map';
import { StoryProvider, useStory, type StoryMode } from '../story/story-provider';

interface EmbedAppProps {
  view: StoryView;
  title: string;
  chapterUrl: string;
  /** The chapter's steps, server-rendered. */
  steps: ReactNode;
  /** The static first-view map, server-rendered. */
  staticMap: ReactNode;
}

/** An embedded chapter. `?mode=map` makes it the map of a host-driven (scroll) embed. */
export function EmbedApp(props: EmbedAppProps) {
  // The server renders the stepper; the browser reads its URL once hydrated (the URL never changes).
  const mode = useSyncExternalStore<StoryMode>(
    noSubscription,
    () => (new URLSearchParams(window.location.search).get('mode') === 'map' ? 'driven' : 'stepper'),
    () => 'stepper',
  );
  return (
    <StoryProvider view={props.view} mode={mode}>
      <EmbedBody {...props} />
    </StoryProvider>
  );
}

/** For values that never change once the page has loaded. */
const noSubscription = () => () => {};

function childId(): string | null {
  const id = new URLSearchParams(window.location.search).get('childId');
  return isChildId(id) ? id : null;
}

function EmbedBody({ title, chapterUrl, steps, staticMap }: EmbedAppProps) {
  const { view, mode, hydrated, active, goToStep } = useStory();
  const t = useStrings();
  const root = useRef<HTMLDivElement>(null);
  const ids = useMemo(() => view.steps.map((s) => s.id), [view]);
  const index = active ? ids.indexOf(active.id) : 0;

  // Report the content's height (not the document's, which never shrinks below the frame).
  // Also after every change of step: browsers pause ResizeObserver in frames scrolled out of view.
  const lastHeight = useRef(0);
  const reportHeight = useCallback(() => {
    const id = childId();
    const element = root.current;
    if (!id || !element || window.parent === window) return;
    const height = Math.ceil(element.getBoundingClientRect().height);
    if (height === lastHeight.current) return;
    lastHeight.current = height;
    window.parent.postMessage(formatMessage(id, MESSAGE_HEIGHT, height), '*');
  }, []);

  useEffect(() => {
    if (!root.current) return;
    const observer = new ResizeObserver(reportHeight);
    observer.observe(root.current);
    return () => observer.disconnect();
  }, [reportHeight]);

  useEffect(reportHeight, [reportHeight, active, hydrated, mode]);

  // In a host-driven embed, the host page says which step is active.
  useEffect(() => {
    const id = childId();
    if (mode !== 'driven' || !id || window.parent === window) return;
    const onMessage = (event: MessageEvent) => {
      if (event.source !== window.parent) return;
      const message = parseMessage(event.data);
      if (!message || message.childId !== id || message.type !== MESSAGE_STEP || !ids.includes(message.value)) return;
      goToStep(message.value, 'host');
    };
    window.addEventListener('message', onMessage);
    window.parent.postMessage(formatMessage(id, MESSAGE_READY, '1'), '*');
    return () => window.removeEventListener('message', onMessage);
  }, [mode, ids, goToStep]);

  const previous = ids[index - 1];
  const next = ids[index + 1];
  const stepUrl = active ? `${chapterUrl}#${active.id}` : chapterUrl;

  return (
    <div ref={root} className="embed-root" data-embed-root="" data-mode={mode}>
      {mode !== 'driven' && (
        <header className="embed-header">
          <p className="embed-title">{title}</p>
          <a className="embed-more" href={stepUrl} target="_top">
            {t.readFullStory}
          </a>
        </header>
      )}
      <div className="embed-map">
        <StoryMap label={t.embedMap(title)}>{staticMap}</StoryMap>
      </div>
      {mode !== 'driven' && (
        <div className="embed-card">
          {steps}
          {hydrated && (
            <nav className="embed-controls" aria-label={t.steps}>
              <button type="button" onClick={() => previous && goToStep(previous, 'button')} disabled={!previous} data-embed-prev="">
                {t.previousButton}
              </button>
              <span className="embed-counter" aria-live="polite" data-embed-counter="">
                {t.stepOf(index + 1, ids.length)}
              </span>
              <button type="button" onClick={() => next && goToStep(next, 'button')} disabled={!next} data-embed-next="">
                {t.nextButton}
              </button>
            </nav>
          )}
        </div>
      )}
    </div>
  );
}
