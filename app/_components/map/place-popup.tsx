'use client';

import { useEffect, useLayoutEffect, useRef } from 'react';
import type { Place } from '@/app/_lib/content/schema';
import { excerpt, type ViewStep } from '@/app/_lib/reading/story-view';
import { editionPath } from '@/app/_lib/edition/edition';
import { useEdition, useStrings } from '../edition/edition-context';

interface PlacePopupProps {
  place: Place;
  /** The marker (or fallback list button) that opened the popup; focus returns to it. */
  invoker: HTMLElement;
  /** Where the story mentions it; without an excerpt, a step of this page, quoted from its text here. */
  mentions: readonly (Pick<ViewStep, 'id' | 'chapter'> & { excerpt?: string })[];
  chapterTitles: ReadonlyMap<string, string>;
  /** The browser closed the popup: Escape, a click outside it, or its close button. */
  onClosed: () => void;
  /**
   * Takes the reader to a step on this page. Without it (a place's own page, which has no
   * steps) the links go to the steps' chapters, and the popup does not link to the page it is on.
   */
  onGoToStep?: (id: string) => void;
}

/**
 * The first words of a step the page shows, read from its card's paragraphs (the server rendered
 * them) as its plain text reads (mdx-steps.ts): a translated quote in «», without the words only a
 * screen reader hears.
 */
function shownExcerpt(id: string): string {
  const paragraphs = [...(document.getElementById(id)?.querySelectorAll('.step-card > p') ?? [])].map((p) => {
    const copy = p.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
    copy.querySelectorAll('q[data-quote="translated"]').forEach((quote) => quote.replaceWith(`«${quote.textContent ?? ''}»`));
    return copy.textContent ?? '';
  });
  return excerpt(paragraphs.join(' '));
}

/**
 * Context for one place and where the story mentions it: a non-modal dialog in an `auto`
 * popover, so the browser closes it on Escape and on a click outside, returns focus to the
 * marker, and exposes it to assistive technology. Mount it with a `key` per opening.
 */
export function PlacePopup({ place, invoker, mentions, chapterTitles, onClosed, onGoToStep }: PlacePopupProps) {
  const lang = useEdition();
  const t = useStrings();
  const popup = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const closed = useRef(onClosed);
  useEffect(() => {
    closed.current = onClosed;
  });

  // Before paint: the popover is display: none until shown.
  useLayoutEffect(() => {
    const element = popup.current;
    if (!element) return;
    const onToggle = (event: Event) => {
      if ((event as ToggleEvent).newState === 'closed') closed.current();
    };
    element.addEventListener('toggle', onToggle);
    // The browser returns focus on close to what had it on open: make sure that is the
    // marker (a click does not focus a button everywhere). Markers off screen still take
    // focus, and focusing scrolls MapLibre's overflow-hidden box: never scroll.
    invoker.focus({ preventScroll: true });
    if (!element.matches(':popover-open')) element.showPopover({ source: invoker });
    heading.current?.focus({ preventScroll: true });
    return () => element.removeEventListener('toggle', onToggle);
  }, [invoker]);

  return (
    <div
      ref={popup}
      id={`popup-${place.id}`}
      popover="auto"
      className="place-popup"
      role="dialog"
      aria-labelledby={`popup-title-${place.id}`}
      data-place-popup={place.id}
    >
      <button type="button" className="popup-close" popoverTarget={`popup-${place.id}`} popoverTargetAction="hide" aria-label={t.close(place.name)}>
        ×
      </button>
      <h2 id={`popup-title-${place.id}`} ref={heading} tabIndex={-1}>
        {place.name}
      </h2>
      <p className="popup-country">
        {place.country} · {t.placeKind[place.kind]}
      </p>
      <p>{place.context}</p>
      <h3>{t.inThisStory}</h3>
      <ul className="popup-mentions">
        {mentions.map((step) => (
          <li key={step.id}>
            <a
              href={onGoToStep ? `#${step.id}` : editionPath(lang, `/chapters/${step.chapter}#${step.id}`)}
              onClick={
                onGoToStep &&
                ((event) => {
                  event.preventDefault();
                  onGoToStep(step.id);
                })
              }
            >
              <span className="mention-chapter">{chapterTitles.get(step.chapter)}</span>
              <span className="mention-excerpt">{step.excerpt ?? shownExcerpt(step.id)}</span>
            </a>
          </li>
        ))}
      </ul>
      {onGoToStep && (
        <p className="popup-more">
          <a href={editionPath(lang, `/places/${place.id}`)}>{t.everythingAbout(place.name)}</a>
        </p>
      )}
    </div>
  );
}
