'use client';

import { useStrings } from '../edition/edition-context';
import type { Place } from '@/app/_lib/content/schema';
import type { OpenPlace } from './markers';

/**
 * The story's places as buttons, where the interactive map cannot run (no WebGL2, or its code
 * failed to load): each opens its place's popup, as a marker would.
 */
interface FallbackPlacesProps {
  places: readonly Place[];
  /** The active step's places. */
  active: readonly string[];
  openPlace: string | null;
  onOpen: OpenPlace;
}

export function FallbackPlaces({ places, active, openPlace, onOpen }: FallbackPlacesProps) {
  const t = useStrings();
  return (
    <div className="map-fallback">
      <p className="map-notice">{t.noWebgl}</p>
      <ul className="fallback-places">
        {places.map((place) => (
          <li key={place.id}>
            <button
              type="button"
              data-place={place.id}
              data-active={active.includes(place.id) ? 'true' : undefined}
              aria-haspopup="dialog"
              aria-expanded={openPlace === place.id}
              onClick={(event) => onOpen(place.id, event.currentTarget)}
            >
              {place.name}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
