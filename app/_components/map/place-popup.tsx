'use client';

import { useEffect, useRef } from 'react';
import type { Place } from '@/app/_lib/schema';
import type { ViewStep } from '@/app/_lib/story-view';

interface PlacePopupProps {
  place: Place;
  mentions: ViewStep[];
  chapterTitles: ReadonlyMap<string, string>;
  onClose: () => void;
  onGoToStep: (id: string) => void;
}

/** Context for one place and where the story mentions it; a non-modal dialog over the map. */
export function PlacePopup({ place, mentions, chapterTitles, onClose, onGoToStep }: PlacePopupProps) {
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, [place.id]);

  return (
    <div
      className="place-popup"
      role="dialog"
      aria-labelledby={`popup-title-${place.id}`}
      data-place-popup={place.id}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <button type="button" className="popup-close" onClick={onClose} aria-label={`Close ${place.name}`}>
        ×
      </button>
      <h2 id={`popup-title-${place.id}`} ref={heading} tabIndex={-1}>
        {place.name}
      </h2>
      <p className="popup-country">
        {place.country} · {place.kind}
      </p>
      <p>{place.context}</p>
      <h3>In this story</h3>
      <ul className="popup-mentions">
        {mentions.map((step) => (
          <li key={step.id}>
            <a
              href={`#${step.id}`}
              onClick={(event) => {
                event.preventDefault();
                onGoToStep(step.id);
              }}
            >
              <span className="mention-chapter">{chapterTitles.get(step.chapter)}</span>
              <span className="mention-excerpt">{step.excerpt}</span>
            </a>
          </li>
        ))}
      </ul>
      <p className="popup-more">
        <a href={`/places/${place.id}`}>Everything about {place.name}</a>
      </p>
    </div>
  );
}
