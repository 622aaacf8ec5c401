'use client';

import { useEdition, useStrings } from '../edition/edition-context';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { motionFor } from '@/app/_lib/map/camera';
import { formatCenter, formatZoom } from '@/app/_lib/map/readout';
import { cameraForStep, type CameraPlace } from '@/app/_lib/content/step-camera';
import type { Bounds } from '@/app/_lib/geometry/bounds';
import { resolveLayers, type StepLayers } from '@/app/_lib/map/step-layers/placement';
import type { StepKey } from '@/app/_lib/map/compose/overlays';
import type { SceneArea } from '@/app/_lib/map/step-layers/areas';
import { mapAnnouncement } from '@/app/_lib/map/announcement';
import { describeAreas } from '@/app/_lib/map/key';
import { MAP_WORDS } from '@/app/_lib/map/map-words';
import { mentionsOf } from '@/app/_lib/reading/story-view';
import { prefersReducedMotion } from '../story/reduced-motion';
import { useStory } from '../story/story-provider';
import { FallbackPlaces } from './fallback-places';
import { MapLegend } from './map-legend';
import { MapLocator, type LocatorHandle } from './map-locator';
import { PlacePopup } from './place-popup';
import { useLiveMap } from './use-live-map';

type MapState = 'loading' | 'ready' | 'fallback';

const NO_LAYERS: StepLayers = { routes: [], annotations: [] };
const NO_KEY: StepKey = { wide: null, narrow: null };
const NO_PLACES: readonly string[] = [];
const NO_AREAS: readonly SceneArea[] = [];

/** MapLibre's component, loaded when the reader engages (use-live-map.ts). */
const loadMapGL = () => import('./map-gl');

/**
 * The story's map: a server-rendered static map first (`children`), MapLibre once
 * its code has loaded and WebGL2 is there. Its data attributes are a public contract.
 */
export function StoryMap({ children, label }: { children: ReactNode; label: string }) {
  const { view, mode, active, goToStep } = useStory();
  const t = useStrings();
  const words = MAP_WORDS[useEdition()];
  const [state, setState] = useState<MapState>('loading');
  // The camera as the contract attributes show it, once MapLibre has settled it.
  const [cameraReadout, setCameraReadout] = useState<{ center: string; zoom: string } | null>(null);
  const [openPlace, setOpenPlace] = useState<{ id: string; invoker: HTMLElement } | null>(null);
  const [basemapFailed, setBasemapFailed] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const locator = useRef<LocatorHandle>(null);
  const showView = useCallback((view: Bounds, zoom: number) => locator.current?.show(view, zoom), []);

  const placesById = useMemo(() => new Map(view.places.map((place) => [place.id, place])), [view]);
  const cameraPlaces = placesById as ReadonlyMap<string, CameraPlace>;
  const chapterTitles = useMemo(() => new Map(view.chapters.map((c) => [c.slug, c.title])), [view]);
  const step = view.steps.find((s) => s.id === active?.id) ?? view.steps[0];
  const target = useMemo(() => (step ? cameraForStep(step, cameraPlaces) : null), [step, cameraPlaces]);
  const layers = useMemo(() => (step ? resolveLayers(step, (id) => placesById.get(id)?.coordinates) : NO_LAYERS), [step, placesById]);
  const areas = useMemo(() => {
    const ids = step?.areas ?? [];
    return ids.length ? view.areas.filter((area) => ids.includes(area.id)) : NO_AREAS;
  }, [step, view]);
  const jump = !active || active.source === 'initial' || motionFor(prefersReducedMotion()) === 'jump';
  // The static map shows the first step; when the live map opens on that step it starts
  // exactly where the static map is, so the swap moves nothing even for a fitted view.
  const onFirstStep = useRef(true);
  useEffect(() => {
    onFirstStep.current = step === view.steps[0];
  }, [step, view]);

  // MapLibre, once the reader engages (use-live-map.ts); the place list where it cannot run.
  const fallBack = useCallback(() => setState('fallback'), []);
  const live = useLiveMap(mode, box, onFirstStep, fallBack, loadMapGL);
  const MapGL = live?.MapGL;

  // The static map is larger than its box; tabbing to one of its links outside the box
  // scrolls the box to show it. The live map must start from the box's origin.
  useEffect(() => {
    if (state === 'ready') box.current?.scrollTo(0, 0);
  }, [state]);

  // Before MapLibre the first view shows a chapter's opening, a regional view: no locator.
  useEffect(() => {
    if (state !== 'ready') showView([[0, 0], [0, 0]], 0);
  }, [state, showView]);

  // Where the map went, announced (a live region) for screen-reader users who cannot see it move.
  const announcement = useMemo(() => {
    if (!active || !step) return '';
    const areaName = (id: string) => view.areas.find((area) => area.id === id)?.name ?? id;
    return mapAnnouncement(step, (id) => placesById.get(id), describeAreas(step.key, areaName, words), words);
  }, [active, step, placesById, view, words]);

  const openPopup = useCallback((id: string, invoker: HTMLElement) => setOpenPlace({ id, invoker }), []);
  // A click on another marker closes one popup and opens the next: only close the one that closed.
  const onPopupClosed = useCallback((id: string) => setOpenPlace((open) => (open?.id === id ? null : open)), []);

  const popupPlace = openPlace ? placesById.get(openPlace.id) : undefined;

  return (
    <div
      ref={box}
      className="story-map"
      role="region"
      aria-label={label}
      data-story-map=""
      data-state={state}
      data-center={cameraReadout?.center}
      data-zoom={cameraReadout?.zoom}
      data-active-step={active?.id ?? ''}
      // Zoomed out, the Syrian places sit on top of each other: label only the step's own.
      data-labels={cameraReadout && Number(cameraReadout.zoom) >= 6.5 ? 'all' : 'active'}
    >
      <div className="static-layer" aria-hidden={state === 'ready' ? true : undefined}>
        {children}
      </div>
      {live && MapGL && target && state !== 'fallback' && (
        <div className="gl-layer">
          <MapGL
            places={view.places}
            target={target}
            handoff={live.handoff}
            jump={jump}
            activePlaces={step?.places ?? []}
            framedPlaces={step?.camera.frame ?? NO_PLACES}
            highlight={step?.countries ?? []}
            stepId={step?.id ?? ''}
            layers={layers}
            areas={areas}
            keyBlocks={step?.keyBlocks ?? NO_KEY}
            hasLocator={!!step?.locator}
            widths={view.widths}
            openPlace={openPlace?.id ?? null}
            onOpenPlace={openPopup}
            onReady={() => setState('ready')}
            onFail={() => setState('fallback')}
            onBasemapError={() => setBasemapFailed(true)}
            onMoveEnd={(center, zoom) => setCameraReadout({ center: formatCenter(center), zoom: formatZoom(zoom) })}
            onMove={showView}
          />
        </div>
      )}
      {state === 'fallback' && <FallbackPlaces places={view.places} active={step?.places ?? []} openPlace={openPlace?.id ?? null} onOpen={openPopup} />}
      <MapLocator ref={locator} locator={step?.locator ?? null} />
      <MapLegend blocks={step?.keyBlocks ?? NO_KEY} />
      {basemapFailed && state === 'ready' && <p className="map-notice map-notice-inline">{t.basemapFailed}</p>}
      {popupPlace && openPlace && (
        <PlacePopup
          key={popupPlace.id}
          place={popupPlace}
          invoker={openPlace.invoker}
          mentions={mentionsOf(popupPlace.id, view.steps)}
          chapterTitles={chapterTitles}
          onClosed={() => onPopupClosed(popupPlace.id)}
          onGoToStep={(id) => {
            setOpenPlace(null);
            goToStep(id, 'link');
            document.getElementById(id)?.focus({ preventScroll: true });
          }}
        />
      )}
      <p className="visually-hidden" aria-live="polite" data-map-announcement="">
        {announcement}
      </p>
    </div>
  );
}
