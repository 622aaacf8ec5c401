'use client';

import { useEffect, useRef, useState, useSyncExternalStore, type ComponentType, type ReactNode } from 'react';
import type { PlaceMapView } from '@/app/_lib/reading/place-view';
import { editionPath, type Lang } from '@/app/_lib/edition/edition';
import { useEdition, useStrings } from '../edition/edition-context';
import { ExploreOpen } from './explore-open';
import type { PlaceLiveMapProps } from './place-live-map';
import { supportsWebGL2 } from './webgl';

/*
 * A place page's map: its static image, and over it "Explore the map", which loads the live map
 * (place-live-map.tsx, MapLibre) and what it shows (/maps/place/<id>.json, under /ar in Arabic) only when pressed,
 * then explores it. This module is all the page loads before that: keep it small.
 */

type MapState = 'loading' | 'ready' | 'fallback';

interface Live {
  PlaceLiveMap: ComponentType<PlaceLiveMapProps>;
  view: PlaceMapView;
}

/** For values that never change once the page has loaded. */
const noSubscription = () => () => {};

/** The live map's code and the place's view of it, fetched together. */
async function loadLive(id: string, lang: Lang): Promise<Live> {
  const file = editionPath(lang, `/maps/place/${encodeURIComponent(id)}.json`);
  const [module, response] = await Promise.all([import('./place-live-map'), fetch(file)]);
  if (!response.ok) throw new Error(`place map: HTTP ${response.status}`);
  return { PlaceLiveMap: module.PlaceLiveMap, view: (await response.json()) as PlaceMapView };
}

/**
 * Without JavaScript the image alone; once hydrated the button too. No state attribute until the
 * reader presses it: then `loading`, and `ready` (the live map, exploring) or `fallback` (no
 * WebGL2, or the map could not load: the image stays, and a notice says so).
 */
export function PlaceMap({ id, name, children }: { id: string; name: string; children: ReactNode }) {
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const [state, setState] = useState<MapState | null>(null);
  const [live, setLive] = useState<Live | null>(null);
  const [readout, setReadout] = useState<{ center: string; zoom: string } | null>(null);
  const [notice, setNotice] = useState('');
  const t = useStrings();
  const lang = useEdition();
  const box = useRef<HTMLDivElement>(null);
  const fallbackNotice = useRef<HTMLParagraphElement>(null);

  const fail = () => setState('fallback');
  const open = () => {
    if (state) return;
    if (!supportsWebGL2()) return fail();
    setState('loading');
    setNotice(t.loadingMap);
    loadLive(id, lang).then(setLive, fail);
  };

  // The button is gone: focus goes to what replaced it.
  useEffect(() => {
    if (state === 'fallback') fallbackNotice.current?.focus({ preventScroll: true });
  }, [state]);

  return (
    <div className="place-map-frame">
      <div ref={box} className="place-map-box" data-place-map={id} data-state={state ?? undefined} data-center={readout?.center} data-zoom={readout?.zoom}>
        <div className="static-layer" aria-hidden={state === 'ready' ? true : undefined}>
          {children}
        </div>
        {live && state !== 'fallback' && (
          <live.PlaceLiveMap view={live.view} box={box} onReady={() => setState('ready')} onFail={fail} onReadout={setReadout} onNotice={setNotice} />
        )}
        {hydrated && (state === null || state === 'loading') && <ExploreOpen onEnter={open} busy={state === 'loading'} />}
        {state === 'fallback' && (
          <p ref={fallbackNotice} tabIndex={-1} className="map-notice map-notice-inline">
            {t.placeNoWebgl(name)}
          </p>
        )}
        <p className="visually-hidden" aria-live="polite">
          {notice}
        </p>
      </div>
    </div>
  );
}
