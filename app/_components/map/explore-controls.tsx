'use client';

import { useStrings } from '../edition/edition-context';
import type { RefObject } from 'react';
import { ExploreOpen } from './explore-open';

interface ExploreControlsProps {
  exploring: boolean;
  /** The back control's name: "Back to the story", or on a place page "Back to the page" (map/explore.ts). */
  backLabel: string;
  /** The "Explore the map" button: focus comes back to it when exploring ends. */
  opener: RefObject<HTMLButtonElement | null>;
  onEnter: () => void;
  onLeave: () => void;
  onZoom: (by: 1 | -1) => void;
  /** What exploring says, in a live region of the controls' own (which load with the live map); absent where the page has its own. */
  notice?: string;
}

/**
 * The live map's explore controls (use-explore.ts): "Explore the map" while reading; while
 * exploring, the way back ("Back to the story") and the zoom buttons. Every one is a labelled button.
 */
export function ExploreControls({ exploring, backLabel, opener, onEnter, onLeave, onZoom, notice }: ExploreControlsProps) {
  return (
    <>
      {exploring ? <ExploringControls backLabel={backLabel} onLeave={onLeave} onZoom={onZoom} /> : <ExploreOpen opener={opener} onEnter={onEnter} />}
      {notice !== undefined && (
        <p className="visually-hidden" aria-live="polite">
          {notice}
        </p>
      )}
    </>
  );
}

function ExploringControls({ backLabel, onLeave, onZoom }: Pick<ExploreControlsProps, 'backLabel' | 'onLeave' | 'onZoom'>) {
  const t = useStrings();
  return (
    <div className="explore-controls" role="group" aria-label={t.mapControls}>
      <button type="button" className="explore-back" data-explore="back" onClick={onLeave}>
        {backLabel}
      </button>
      <button type="button" className="explore-zoom" data-explore="zoom-in" aria-label={t.zoomIn} onClick={() => onZoom(1)}>
        <span aria-hidden="true">+</span>
      </button>
      <button type="button" className="explore-zoom" data-explore="zoom-out" aria-label={t.zoomOut} onClick={() => onZoom(-1)}>
        <span aria-hidden="true">−</span>
      </button>
    </div>
  );
}
