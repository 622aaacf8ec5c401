'use client';

import 'maplibre-gl/dist/maplibre-gl.css';
import './live-map.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import MapLibre, { Layer, Source, type MapRef } from 'react-map-gl/maplibre';
import type { Place } from '@/app/_lib/content/schema';
import type { CameraTarget } from '@/app/_lib/content/step-camera';
import type { Bounds } from '@/app/_lib/geometry/bounds';
import { BASEMAP_URL } from '@/app/_lib/map/basemap/files';
import { BREAKPOINTS } from '@/app/_lib/layout/breakpoints';
import { referenceZoom } from '@/app/_lib/map/camera';
import { stepScene, widthsFromTable } from '@/app/_lib/map/compose/compose';
import type { SceneArea } from '@/app/_lib/map/step-layers/areas';
import { overlaysOf, type StepKey } from '@/app/_lib/map/compose/overlays';
import type { ExploreContext } from '@/app/_lib/map/explore';
import type { DrawnCamera } from '@/app/_lib/map/static/handoff';
import type { StepLayers } from '@/app/_lib/map/step-layers/placement';
import { BASEMAP_SOURCE_ID, baseStyle, borderLayer, countryFillLayer, deFactoLineLayer, HOSTED_STYLE_URL } from '@/app/_lib/map/style';
import { initialViewFor, moveCamera } from './camera-fit';
import { useStrings } from '../edition/edition-context';
import { ExploreControls } from './explore-controls';
import { MarkerStateContext, useMarkers, type OpenPlace } from './markers';
import { useCountryHighlight } from './use-country-highlight';
import { useLabelOverlay } from './use-label-overlay';
import { useExplore } from './use-explore';
import { useMapReady } from './use-map-ready';

/*
 * The live map: MapLibre through react-map-gl, uncontrolled, its camera moved imperatively
 * (camera-fit.ts) as the active step changes. This module wires it up; the markers, the
 * country highlight, the labels overlay and the readiness of the swap are their own modules.
 */
export interface MapGLProps {
  places: Place[];
  target: CameraTarget;
  /** Where the static map it replaces stands, when that map shows `target`: the first view starts there. */
  handoff: DrawnCamera | null;
  /** Jump (no animation) for the first view, deep links and reduced motion. */
  jump: boolean;
  activePlaces: readonly string[];
  /** Places the step's camera frames its own with: named where they fit (compose.ts, stepScene). */
  framedPlaces: readonly string[];
  highlight: readonly string[];
  /** The active step, and the connections and callouts it draws (stable per step). */
  stepId: string;
  layers: StepLayers;
  /** The outlines it hatches (stable per step). */
  areas: readonly SceneArea[];
  /** The step's key, laid out in both styles: the map keeps clear of it. */
  keyBlocks: StepKey;
  /** Whether the step has a locator, shown when its view is a close-up. */
  hasLocator: boolean;
  /** Widths of the map's strings, measured on the server (StoryView.widths). */
  widths: Record<string, number>;
  openPlace: string | null;
  onOpenPlace: OpenPlace;
  onReady: () => void;
  onFail: (reason: string) => void;
  onBasemapError: () => void;
  onMoveEnd: (center: [number, number], zoom: number) => void;
  /** What explore mode says, for a page with its own live region; else the controls' own says it (loaded with the map). */
  onNotice?: (text: string) => void;
  /** Every frame the camera moves, what it shows (`zoom` as referenceZoom): for overlays that follow it without a render. */
  onMove?: (view: Bounds, zoom: number) => void;
  /** Where the reader explores from (map/explore.ts): the story by default, or a place's page. */
  exploreContext?: ExploreContext;
  /** Start exploring as soon as the map shows: a place page loads the map when the reader asks to explore it. */
  exploreOnReady?: boolean;
}

export function MapGL(props: MapGLProps) {
  const { places, target, handoff, jump, activePlaces, framedPlaces, highlight, stepId, layers, areas, keyBlocks, hasLocator, widths } = props;
  const { openPlace, onOpenPlace, onReady, onFail, onBasemapError, onMoveEnd, onMove, onNotice, exploreContext = 'story', exploreOnReady = false } = props;
  const ref = useRef<MapRef>(null);
  const loaded = useRef(false);
  const [mapReady, setMapReady] = useState(false);
  // Shown once the live map has replaced the static one (its controls with it).
  const [shown, setShown] = useState(false);
  const [notice, setNotice] = useState('');
  const ready = useMapReady(() => {
    setShown(true);
    onReady();
  });
  const coarsePointer = useMemo(() => window.matchMedia('(pointer: coarse)').matches, []);
  // Where the map opens: the first target it is given (later ones move the camera).
  const [initialTarget] = useState(target);
  const latestTarget = useRef(target);
  const activeKey = activePlaces.join(',');
  const markerState = useMemo(() => ({ active: new Set(activeKey ? activeKey.split(',') : []), openPlace }), [activeKey, openPlace]);
  const markers = useMarkers(places, onOpenPlace);

  useEffect(() => {
    latestTarget.current = target;
  });

  // What the layout of this step reads (map/compose): its scene, its overlays, the widths of its words.
  const highlightKey = highlight.join(',');
  const framedKey = framedPlaces.join(',');
  const scene = useMemo(() => {
    const split = (key: string) => (key ? key.split(',') : []);
    return stepScene(places, { places: split(activeKey), countries: split(highlightKey), camera: { frame: split(framedKey) } }, layers, areas);
  }, [places, activeKey, highlightKey, framedKey, layers, areas]);
  const overlaysAt = useMemo(() => overlaysOf(keyBlocks, hasLocator, true), [keyBlocks, hasLocator]);
  const widthOf = useMemo(() => widthsFromTable(widths), [widths]);
  const labels = useLabelOverlay({ scene, stepId, overlays: overlaysAt, widthOf });
  const t = useStrings();
  // Listeners onLoad adds outside React (the scroll guard), removed with the component.
  const teardown = useRef(new AbortController());
  useEffect(() => {
    const listeners = teardown.current;
    return () => listeners.abort();
  }, []);
  // The map's box, measured when it loads or resizes, not on every frame of a flight.
  const boxSize = useRef({ width: 0, height: 0 });
  const reportView = (map: { getBounds: MapRef['getBounds']; getZoom: MapRef['getZoom'] }) => {
    if (!onMove) return;
    const bounds = map.getBounds();
    const view: Bounds = [[bounds.getWest(), bounds.getSouth()], [bounds.getEast(), bounds.getNorth()]];
    onMove(view, referenceZoom(map.getZoom(), boxSize.current.width, boxSize.current.height));
  };
  const measureBox = (map: { getContainer: MapRef['getContainer'] }) => {
    const { width, height } = map.getContainer().getBoundingClientRect();
    boxSize.current = { width, height };
  };

  const latestOverlays = useRef(overlaysAt);
  useEffect(() => {
    latestOverlays.current = overlaysAt;
  });
  // Before the camera effect below: a new step ends exploring, and the box is back to size, before the camera fits it.
  const explore = useExplore({
    ref,
    stepId,
    toStep: (cut) => ref.current && moveCamera(ref.current, latestTarget.current, cut, latestOverlays.current),
    notice: (text) => (onNotice ?? setNotice)(text),
    touch: coarsePointer,
    context: exploreContext,
  });
  const { exploring } = explore;
  // Once: the reader already pressed "Explore the map" (a place page), the map opens exploring.
  const enterOnShow = useRef(exploreOnReady);
  const enter = explore.enter;
  useEffect(() => {
    if (!shown || !enterOnShow.current) return;
    enterOnShow.current = false;
    enter();
  }, [shown, enter]);
  useEffect(() => {
    const map = ref.current;
    if (map && loaded.current) moveCamera(map, target, jump, latestOverlays.current);
  }, [target, jump]);

  useCountryHighlight(ref, loaded, highlight, mapReady);

  const initialViewState = initialViewFor(handoff, initialTarget);

  return (
    <MarkerStateContext value={markerState}>
      <MapLibre
        ref={ref}
        initialViewState={initialViewState}
        mapStyle={HOSTED_STYLE_URL ?? baseStyle}
        workerUrl="/maplibre-gl-worker.mjs"
        style={{ position: 'absolute', inset: 0 }}
        // Wheel and arrow keys belong to the story's scrolling; one-finger drags and pinches on
        // phones too, until the reader explores (use-explore.ts has its own keys). Never rotated.
        scrollZoom={false}
        keyboard={false}
        dragPan={exploring || !coarsePointer}
        touchZoomRotate={exploring}
        doubleClickZoom={exploring}
        dragRotate={false}
        touchPitch={false}
        pitchWithRotate={false}
        attributionControl={{ compact: true, customAttribution: ['Natural Earth', 'GeoNames'] }}
        locale={t.mapLibre}
        // No symbol layers to fade, and one world is enough for a regional story.
        fadeDuration={0}
        renderWorldCopies={false}
        // A phone at 3x draws 9 pixels for each CSS pixel on every frame of a flight; at 2x,
        // 4. Country fills and borders look the same at both.
        pixelRatio={Math.min(window.devicePixelRatio || 1, 2)}
        onLoad={(event) => {
          loaded.current = true;
          const map = event.target;
          labels.loadFont();
          // Pinches zoom; they never turn the map (it is enabled only while exploring).
          map.touchZoomRotate.disableRotation();
          measureBox(map);
          map.on('resize', () => measureBox(map));
          // Focusing a marker near the edge scrolls MapLibre's overflow-hidden box; undo that.
          const container = map.getContainer();
          container.addEventListener('scroll', () => container.scrollTo(0, 0), { signal: teardown.current.signal });
          if (!HOSTED_STYLE_URL) labels.attach(map);
          // The reader may have moved on while the map loaded; if not, take over the static view.
          const noPadding = { top: 0, right: 0, bottom: 0, left: 0 };
          if (handoff && latestTarget.current === initialTarget) map.jumpTo({ center: handoff.center, zoom: handoff.zoom, padding: noPadding });
          else moveCamera(map, latestTarget.current, true, latestOverlays.current);
          setMapReady(true);
          reportView(map);
          // Swap the static map for this one once the basemap has drawn (use-map-ready.ts).
          ready.announceWhenDrawn(map, () => {
            // On a phone the attribution starts folded to its (i) button, clear of the legend.
            const attribution = container.querySelector('.maplibregl-ctrl-attrib');
            if (container.clientWidth <= BREAKPOINTS.phoneMap) attribution?.classList.remove('maplibregl-compact-show');
          });
        }}
        onMove={(event) => reportView(event.target)}
        onMoveEnd={(event) => {
          const center = event.target.getCenter();
          onMoveEnd([center.lng, center.lat], event.target.getZoom());
        }}
        onError={(event) => {
          const message = event.error?.message ?? 'map error';
          if (!loaded.current && /webgl|context/i.test(message)) onFail(message);
          else if ((event as { sourceId?: string }).sourceId === BASEMAP_SOURCE_ID || /basemap/.test(message)) {
            onBasemapError();
            ready.announce();
          } else console.warn('[map]', message);
        }}
      >
        {/* Natural Earth 50m has no detail past zoom 8; tiling deeper only costs frames.
            A hosted style brings its own basemap (and no country highlights). */}
        {!HOSTED_STYLE_URL && (
          <Source id={BASEMAP_SOURCE_ID} type="geojson" data={BASEMAP_URL} attribution="Natural Earth" maxzoom={8} tolerance={2} buffer={32} promoteId="iso3">
            <Layer {...countryFillLayer} />
            <Layer {...borderLayer} />
            <Layer {...deFactoLineLayer} />
          </Source>
        )}
        {markers}
      </MapLibre>
      {shown && (
        <ExploreControls
          exploring={exploring}
          backLabel={explore.backLabel}
          opener={explore.opener}
          onEnter={enter}
          onLeave={explore.leave}
          onZoom={explore.zoom}
          notice={onNotice ? undefined : notice}
        />
      )}
    </MarkerStateContext>
  );
}
