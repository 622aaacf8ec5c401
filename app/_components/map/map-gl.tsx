'use client';

import 'maplibre-gl/dist/maplibre-gl.css';
import './map-font.css';
import './live-map.css';
import { createContext, use, useEffect, useMemo, useRef, useState } from 'react';
import MapLibre, { Layer, Marker, Source, type MapRef } from 'react-map-gl/maplibre';
import { EDGE_MARGIN, paddingFor, referenceZoom, zoomForBox, type Padding } from '@/app/_lib/map/camera';
import type { CameraTarget } from '@/app/_lib/content/step-camera';
import type { Bounds } from '@/app/_lib/geometry/bounds';
import { markerNameSide, NARROW_MAP_WIDTH } from '@/app/_lib/map/labels/obstacles';
import { showsLocator } from '@/app/_lib/map/locator';
import { BASEMAP_SOURCE_ID, baseStyle, HOSTED_STYLE_URL, borderLayer, countryFillLayer } from '@/app/_lib/map/style';
import { BASEMAP_URL } from '@/app/_lib/map/basemap/files';
import type { Place } from '@/app/_lib/content/schema';
import type { StepLayers } from '@/app/_lib/map/step-layers/placement';
import type { DrawnCamera } from '@/app/_lib/map/static/handoff';
import { attachLabelOverlay, type LabelState } from './label-overlay';

export interface MapGLProps {
  places: Place[];
  target: CameraTarget;
  /** Where the static map it replaces stands, when that map shows `target`: the first view starts there. */
  handoff: DrawnCamera | null;
  /** Jump (no animation) for the first view, deep links and reduced motion. */
  jump: boolean;
  activePlaces: readonly string[];
  highlight: readonly string[];
  /** The active step, and the connections and callouts it draws (stable per step). */
  stepId: string;
  layers: StepLayers;
  openPlace: string | null;
  onOpenPlace: (id: string, marker: HTMLElement) => void;
  onReady: () => void;
  onFail: (reason: string) => void;
  onBasemapError: () => void;
  onMoveEnd: (center: [number, number], zoom: number) => void;
  /**
   * Every frame the camera moves, with what it shows: for overlays that follow it without a
   * React render. `zoom` is `referenceZoom`: what a laptop's map would need to show this ground.
   */
  onMove?: (view: Bounds, zoom: number) => void;
}

/** The text column's box, when it covers part of the map (wide screens lay text beside or over it). */
function columnBox(): DOMRect | null {
  return document.querySelector('[data-story-text]')?.getBoundingClientRect() ?? null;
}

/** The camera methods we use; both react-map-gl's MapRef and MapLibre's Map have them. */
type CameraHost = Pick<MapRef, 'getContainer' | 'cameraForBounds' | 'jumpTo' | 'flyTo'>;

/** The boxes laid over the map that places must stay clear of; the locator only where the camera will show it. */
function overlayBoxes(map: CameraHost, withLocator: boolean): DOMRect[] {
  const root = map.getContainer().closest('[data-story-map]') ?? map.getContainer();
  const selectors = ['[data-map-legend]', '.maplibregl-ctrl-attrib', ...(withLocator ? ['[data-map-locator]'] : [])];
  return selectors.flatMap((selector) => {
    const box = root.querySelector(selector)?.getBoundingClientRect();
    return box && box.width > 0 ? [box] : [];
  });
}

function currentPadding(map: CameraHost, withLocator: boolean): Padding {
  return paddingFor(map.getContainer().getBoundingClientRect(), columnBox(), EDGE_MARGIN, overlayBoxes(map, withLocator));
}

function moveCamera(map: CameraHost, target: CameraTarget, jump: boolean): void {
  let padding: Padding;
  let camera: { center: [number, number]; zoom: number };
  if (target.kind === 'point') {
    // A phone's small map shows what a laptop's shows around the place: zoomed out to fit.
    const box = map.getContainer().getBoundingClientRect();
    const zoom = zoomForBox(target.zoom, box.width, box.height);
    padding = currentPadding(map, showsLocator(target.zoom));
    camera = { center: target.center, zoom };
  } else {
    // The fitted zoom decides whether the locator shows; fit again around it if it does.
    const fit = (withLocator: boolean) => {
      const p = currentPadding(map, withLocator);
      // absolutePadding: the padding replaces, not adds to, what the last move left on the map.
      return { padding: p, fitted: map.cameraForBounds(target.bounds, { padding: p, absolutePadding: true, maxZoom: target.maxZoom, bearing: target.bearing }) };
    };
    let result = fit(false);
    const box = map.getContainer().getBoundingClientRect();
    if (result.fitted?.zoom !== undefined && showsLocator(referenceZoom(result.fitted.zoom, box.width, box.height))) result = fit(true);
    const { fitted } = result;
    padding = result.padding;
    const [[west, south], [east, north]] = target.bounds;
    const center = fitted?.center ? (fitted.center as { lng: number; lat: number }) : { lng: (west + east) / 2, lat: (south + north) / 2 };
    camera = { center: [center.lng, center.lat], zoom: fitted?.zoom ?? target.maxZoom };
  }
  const options = { ...camera, pitch: target.pitch, bearing: target.bearing, padding };
  if (jump) map.jumpTo(options);
  else map.flyTo({ ...options, essential: true, maxDuration: 2500 });
}

/**
 * Puts each marker's name on the side of its dot where it stays on the map: the left near the
 * right edge. Decided where the camera stops, by the rule the labels keep clear of (obstacles.ts).
 */
function sideMarkerNames(map: Pick<MapRef, 'getContainer' | 'project'>, places: readonly Place[]): void {
  const container = map.getContainer();
  const width = container.clientWidth;
  for (const place of places) {
    const button = container.querySelector<HTMLElement>(`button[data-place="${CSS.escape(place.id)}"]`);
    if (!button) continue;
    const { x } = map.project(place.coordinates);
    if (markerNameSide(x, place.name, width) === 'left') button.dataset.nameSide = 'left';
    else delete button.dataset.nameSide;
  }
}

/** What a marker shows beyond its place: whether the active step shows it, whether its popup is open. */
const MarkerStateContext = createContext<{ active: ReadonlySet<string>; openPlace: string | null }>({ active: new Set(), openPlace: null });

function MarkerButton({ place, onOpen }: { place: Place; onOpen: MapGLProps['onOpenPlace'] }) {
  const { active, openPlace } = use(MarkerStateContext);
  return (
    <button
      type="button"
      className="marker"
      data-place={place.id}
      data-active={active.has(place.id) ? 'true' : undefined}
      aria-label={`${place.name}, ${place.country}`}
      aria-haspopup="dialog"
      aria-expanded={openPlace === place.id}
      onClick={(event) => {
        event.stopPropagation();
        onOpen(place.id, event.currentTarget);
      }}
    >
      <span className="marker-dot" aria-hidden="true" />
      <span className="marker-label" aria-hidden="true">
        {place.name}
      </span>
    </button>
  );
}

export function MapGL({ places, target, handoff, jump, activePlaces, highlight, stepId, layers, openPlace, onOpenPlace, onReady, onFail, onBasemapError, onMoveEnd, onMove }: MapGLProps) {
  const ref = useRef<MapRef>(null);
  const loaded = useRef(false);
  const [mapReady, setMapReady] = useState(false);
  const readyAnnounced = useRef(false);
  const announceReady = () => {
    if (readyAnnounced.current) return;
    readyAnnounced.current = true;
    onReady();
  };
  const coarsePointer = useMemo(() => window.matchMedia('(pointer: coarse)').matches, []);
  // Where the map opens: the first target it is given (later ones move the camera).
  const [initialTarget] = useState(target);
  const latestTarget = useRef(target);
  const activeKey = activePlaces.join(',');
  const markerState = useMemo(() => ({ active: new Set(activeKey ? activeKey.split(',') : []), openPlace }), [activeKey, openPlace]);
  // Built once per place set, as in react-map-gl's controls example: a step changes only
  // what the buttons show (through MarkerStateContext), not the markers themselves.
  const markers = useMemo(
    () =>
      places.map((place) => (
        <Marker key={place.id} longitude={place.coordinates[0]} latitude={place.coordinates[1]} anchor="center">
          <MarkerButton place={place} onOpen={onOpenPlace} />
        </Marker>
      )),
    [places, onOpenPlace],
  );

  useEffect(() => {
    latestTarget.current = target;
  });

  // The labels read the step's places, countries and layers when they draw; a new step redraws them.
  const labelState = useRef<LabelState>({ places, activeIds: activePlaces, focus: highlight, layers, step: stepId });
  const labels = useRef<ReturnType<typeof attachLabelOverlay> | null>(null);
  const focusKey = [...activePlaces.map((id) => places.find((p) => p.id === id)?.countryCode ?? ''), ...highlight].join(',');
  useEffect(() => {
    labelState.current = { places, activeIds: activeKey ? activeKey.split(',') : [], focus: [...new Set(focusKey.split(',').filter(Boolean))], layers, step: stepId };
    labels.current?.refresh();
  }, [places, activeKey, focusKey, layers, stepId]);
  // What onLoad starts outside React: the labels overlay, the readiness timer, the scroll guard.
  const teardown = useRef(new AbortController());
  const readyTimer = useRef<number | undefined>(undefined);
  useEffect(() => {
    const listeners = teardown.current;
    return () => {
      labels.current?.remove();
      window.clearTimeout(readyTimer.current);
      listeners.abort();
    };
  }, []);
  // The map's box, measured when it loads or resizes, not on every frame of a flight.
  const boxSize = useRef({ width: 0, height: 0 });
  const reportView = (map: { getBounds: MapRef['getBounds']; getZoom: MapRef['getZoom'] }) => {
    if (!onMove) return;
    const bounds = map.getBounds();
    onMove(
      [
        [bounds.getWest(), bounds.getSouth()],
        [bounds.getEast(), bounds.getNorth()],
      ],
      referenceZoom(map.getZoom(), boxSize.current.width, boxSize.current.height),
    );
  };
  const measureBox = (map: { getContainer: MapRef['getContainer'] }) => {
    const { width, height } = map.getContainer().getBoundingClientRect();
    boxSize.current = { width, height };
  };

  useEffect(() => {
    const map = ref.current;
    if (map && loaded.current) moveCamera(map, target, jump);
  }, [target, jump]);

  const highlighted = useRef<readonly string[]>([]);
  const highlightKey = highlight.join(',');
  useEffect(() => {
    const map = ref.current;
    if (!map || !loaded.current || HOSTED_STYLE_URL) return;
    const next = highlightKey ? highlightKey.split(',') : [];
    for (const id of highlighted.current) if (!next.includes(id)) map.setFeatureState({ source: BASEMAP_SOURCE_ID, id }, { highlight: false });
    for (const id of next) map.setFeatureState({ source: BASEMAP_SOURCE_ID, id }, { highlight: true });
    highlighted.current = next;
  }, [highlightKey, mapReady]);

  const initialViewState = handoff
    ? { longitude: handoff.center[0], latitude: handoff.center[1], zoom: handoff.zoom }
    : initialTarget.kind === 'point'
      ? { longitude: initialTarget.center[0], latitude: initialTarget.center[1], zoom: initialTarget.zoom }
      : { bounds: initialTarget.bounds, fitBoundsOptions: { maxZoom: initialTarget.maxZoom, padding: 48 } };

  return (
    <MarkerStateContext value={markerState}>
      <MapLibre
        ref={ref}
        initialViewState={initialViewState}
        mapStyle={HOSTED_STYLE_URL ?? baseStyle}
        workerUrl="/maplibre-gl-worker.mjs"
        style={{ position: 'absolute', inset: 0 }}
        // Wheel and arrow keys belong to the story's scrolling; one-finger drags on phones too.
        scrollZoom={false}
        keyboard={false}
        dragPan={!coarsePointer}
        dragRotate={false}
        pitchWithRotate={false}
        attributionControl={{ compact: true, customAttribution: ['Natural Earth', 'GeoNames'] }}
        // No symbol layers to fade, and one world is enough for a regional story.
        fadeDuration={0}
        renderWorldCopies={false}
        // A phone at 3x draws 9 pixels for each CSS pixel on every frame of a flight; at 2x,
        // 4. Country fills and borders look the same at both.
        pixelRatio={Math.min(window.devicePixelRatio || 1, 2)}
        onLoad={(event) => {
          loaded.current = true;
          const map = event.target;
          measureBox(map);
          map.on('resize', () => measureBox(map));
          // Focusing a marker near the edge scrolls MapLibre's overflow-hidden box; undo that.
          const container = map.getContainer();
          container.addEventListener('scroll', () => container.scrollTo(0, 0), { signal: teardown.current.signal });
          if (!HOSTED_STYLE_URL) labels.current = attachLabelOverlay(map, () => labelState.current);
          // The reader may have moved on while the map loaded; if not, take over the static view.
          if (handoff && latestTarget.current === initialTarget) map.jumpTo({ center: handoff.center, zoom: handoff.zoom, padding: { top: 0, right: 0, bottom: 0, left: 0 } });
          else moveCamera(map, latestTarget.current, true);
          setMapReady(true);
          reportView(map);
          // Swap the static map for this one once the basemap has drawn; if the basemap never
          // arrives, show markers over the plain sea rather than wait forever.
          map.once('idle', () => {
            window.clearTimeout(readyTimer.current);
            // On a phone the attribution starts folded to its (i) button, clear of the legend.
            if (container.clientWidth <= NARROW_MAP_WIDTH) container.querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show');
            announceReady();
          });
          readyTimer.current = window.setTimeout(announceReady, 10_000);
        }}
        onMove={(event) => reportView(event.target)}
        onMoveEnd={(event) => {
          sideMarkerNames(event.target, places);
          const center = event.target.getCenter();
          onMoveEnd([center.lng, center.lat], event.target.getZoom());
        }}
        onError={(event) => {
          const message = event.error?.message ?? 'map error';
          if (!loaded.current && /webgl|context/i.test(message)) onFail(message);
          else if ((event as { sourceId?: string }).sourceId === BASEMAP_SOURCE_ID || /basemap/.test(message)) {
            onBasemapError();
            announceReady();
          }
          else console.warn('[map]', message);
        }}
      >
        {/* Natural Earth 50m has no detail past zoom 8; tiling deeper only costs frames.
            A hosted style brings its own basemap (and no country highlights). */}
        {!HOSTED_STYLE_URL && (
        <Source id={BASEMAP_SOURCE_ID} type="geojson" data={BASEMAP_URL} attribution="Natural Earth" maxzoom={8} tolerance={2} buffer={32} promoteId="iso3">
          <Layer {...countryFillLayer} />
          <Layer {...borderLayer} />
        </Source>
        )}
        {markers}
      </MapLibre>
    </MarkerStateContext>
  );
}
