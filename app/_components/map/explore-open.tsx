'use client';

import { useStrings } from '../edition/edition-context';
import type { RefObject } from 'react';
import './explore-controls.css';

/*
 * Its own module, apart from the other explore controls (explore-controls.tsx): a place page
 * loads it, and its styles, before the reader interacts (place-map.tsx), and nothing more.
 */

interface ExploreOpenProps {
  /** The button: focus comes back to it when exploring ends. */
  opener?: RefObject<HTMLButtonElement | null>;
  onEnter: () => void;
  /** The map it opens is still loading (a place page loads it on this press). */
  busy?: boolean;
}

/**
 * "Explore the map". The live map shows it once it has replaced the static one; a place page
 * shows it over its image, and loads the live map when it is pressed (place-map.tsx).
 */
export function ExploreOpen({ opener, onEnter, busy }: ExploreOpenProps) {
  const t = useStrings();
  return (
    <div className="explore-controls">
      <button ref={opener} type="button" className="explore-open" data-explore="open" aria-busy={busy || undefined} onClick={onEnter}>
        {t.exploreMap}
      </button>
    </div>
  );
}
