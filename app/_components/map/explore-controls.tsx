'use client';

import type { RefObject } from 'react';

interface ExploreControlsProps {
  exploring: boolean;
  /** The "Explore the map" button: focus comes back to it when exploring ends. */
  opener: RefObject<HTMLButtonElement | null>;
  onEnter: () => void;
  onLeave: () => void;
  onZoom: (by: 1 | -1) => void;
}

/**
 * The live map's explore controls (use-explore.ts): "Explore the map" while reading; while
 * exploring, "Back to the story" and the zoom buttons. Every one is a labelled button.
 */
export function ExploreControls({ exploring, opener, onEnter, onLeave, onZoom }: ExploreControlsProps) {
  if (!exploring) {
    return (
      <div className="explore-controls">
        <button ref={opener} type="button" className="explore-open" data-explore="open" onClick={onEnter}>
          Explore the map
        </button>
      </div>
    );
  }
  return (
    <div className="explore-controls" role="group" aria-label="Map controls">
      <button type="button" className="explore-back" data-explore="back" onClick={onLeave}>
        Back to the story
      </button>
      <button type="button" className="explore-zoom" data-explore="zoom-in" aria-label="Zoom in" onClick={() => onZoom(1)}>
        <span aria-hidden="true">+</span>
      </button>
      <button type="button" className="explore-zoom" data-explore="zoom-out" aria-label="Zoom out" onClick={() => onZoom(-1)}>
        <span aria-hidden="true">−</span>
      </button>
    </div>
  );
}
