'use client';

import { useCallback, useMemo, useRef, useState, type RefObject } from 'react';
import type { Bounds } from '@/app/_lib/geometry/bounds';
import { MEDIA_QUERIES } from '@/app/_lib/layout/breakpoints';
import type { StepKey } from '@/app/_lib/map/compose/overlays';
import { formatCenter, formatZoom } from '@/app/_lib/map/readout';
import { liveCamera } from '@/app/_lib/map/static/handoff';
import type { SceneArea } from '@/app/_lib/map/step-layers/areas';
import type { StepLayers } from '@/app/_lib/map/step-layers/placement';
import type { PlaceMapView } from '@/app/_lib/reading/place-view';
import { MapGL } from './map-gl';
import { MapLocator, type LocatorHandle } from './map-locator';
import { PlacePopup } from './place-popup';

const NO_LAYERS: StepLayers = { routes: [], annotations: [] };
const NO_KEY: StepKey = { wide: null, narrow: null };
const NO_PLACES: readonly string[] = [];
const NO_AREAS: readonly SceneArea[] = [];

export interface PlaceLiveMapProps {
  view: PlaceMapView;
  /** The place map's box (place-map.tsx): its image says how wide the static map is shown. */
  box: RefObject<HTMLElement | null>;
  onReady: () => void;
  onFail: () => void;
  /** The settled camera, as the contract's `data-center` and `data-zoom` give it. */
  onReadout: (readout: { center: string; zoom: string }) => void;
  onNotice: (text: string) => void;
}

/**
 * A place page's live map: the story's live map (map-gl.tsx) showing one place as the page's
 * image does (the same camera, scene, tint, locator and labels, laid out by the one composition),
 * opened exploring; its marker opens the place's popup. Loaded when the reader asks to explore.
 */
export function PlaceLiveMap({ view, box, onReady, onFail, onReadout, onNotice }: PlaceLiveMapProps) {
  const { place } = view;
  const places = useMemo(() => [place], [place]);
  const active = useMemo(() => [place.id], [place]);
  const highlight = useMemo(() => [place.countryCode], [place]);
  const chapterTitles = useMemo(() => new Map(Object.entries(view.chapterTitles)), [view]);
  // Where the image stands, at the scale the page shows it: the swap moves nothing.
  const [handoff] = useState(() => {
    const shown = box.current?.getBoundingClientRect().width ?? 0;
    // The image the page shows: the phone's under the same media query as its <picture> (places/[id]/page.tsx).
    const drawn = matchMedia(MEDIA_QUERIES.phoneMap).matches ? view.phone : view;
    return shown > 0 ? liveCamera(drawn.camera, drawn.drawnWidth, shown) : drawn.camera;
  });
  const [openPlace, setOpenPlace] = useState<{ id: string; invoker: HTMLElement } | null>(null);
  const [basemapFailed, setBasemapFailed] = useState(false);
  const locator = useRef<LocatorHandle>(null);
  const showView = useCallback((bounds: Bounds, zoom: number) => locator.current?.show(bounds, zoom), []);
  const openPopup = useCallback((id: string, invoker: HTMLElement) => setOpenPlace({ id, invoker }), []);

  return (
    <>
      <div className="gl-layer">
        <MapGL
          places={places}
          target={view.target}
          handoff={handoff}
          jump
          activePlaces={active}
          framedPlaces={NO_PLACES}
          highlight={highlight}
          stepId={place.id}
          layers={NO_LAYERS}
          areas={NO_AREAS}
          keyBlocks={NO_KEY}
          hasLocator={!!view.locator}
          widths={view.widths}
          openPlace={openPlace?.id ?? null}
          onOpenPlace={openPopup}
          onReady={onReady}
          onFail={onFail}
          onBasemapError={() => setBasemapFailed(true)}
          onMoveEnd={(center, zoom) => onReadout({ center: formatCenter(center), zoom: formatZoom(zoom) })}
          onMove={showView}
          onNotice={onNotice}
          exploreContext="page"
          exploreOnReady
        />
      </div>
      <MapLocator ref={locator} locator={view.locator} />
      {basemapFailed && <p className="map-notice map-notice-inline">The map background could not be loaded; the place is still shown.</p>}
      {openPlace && (
        <PlacePopup
          key={openPlace.id}
          place={place}
          invoker={openPlace.invoker}
          mentions={view.mentions}
          chapterTitles={chapterTitles}
          onClosed={() => setOpenPlace(null)}
        />
      )}
    </>
  );
}
