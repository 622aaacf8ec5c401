import type { BasemapCollection } from '../basemap/types';
import { MAX_BOX_ZOOM_OUT, REFERENCE_MAP_SIDE } from '../camera';
import { escapeHtml } from '../../markup/escape-html';
import type { LabelCandidate } from '../labels/types';
import { STATIC_MAP_LAYERS } from './layers';
import { contextFor, type StaticMapLayer } from './layer';
import { formatDrawnCamera } from './handoff';
import { frameFor, zoomOfFrame } from './projection';
import type { StaticMapSpec } from './spec';

/**
 * A point camera's map in a box smaller than the reference shows what the live map will
 * (camera.ts, zoomForBox): scaled down by the box's shorter side over REFERENCE_MAP_SIDE, at
 * most by MAX_BOX_ZOOM_OUT zoom levels. The server does not know the box, so CSS scales it
 * (`cqmin`: the story map's box is a size container); the hand-over reads the scale it shows.
 */
export function pointCameraWidth(width: number): string {
  const smallest = width * 2 ** -MAX_BOX_ZOOM_OUT;
  return `width:clamp(${smallest.toFixed(1)}px, ${((width / REFERENCE_MAP_SIDE) * 100).toFixed(3)}cqmin, ${width}px)`;
}

/**
 * The SVG markup of a static map: the basemap in Web Mercator at MapLibre's scale, then
 * each layer in order. Pure, so it is tested with a small basemap of its own.
 */
export function staticMapSvg(
  spec: StaticMapSpec,
  basemap: BasemapCollection,
  layers: readonly StaticMapLayer[] = STATIC_MAP_LAYERS,
  labels: readonly LabelCandidate[] = [],
): string {
  const frame = frameFor(spec);
  const context = contextFor(spec, basemap, frame, labels);
  const { width, height } = spec;
  const atCamera = spec.fit === 'camera' && frame.atCameraZoom;
  const style = spec.camera.kind === 'point' ? ` style="${pointCameraWidth(width)}"` : '';
  const size = atCamera ? ` width="${width}" height="${height}" class="static-map-camera"${style}` : '';
  // With links inside it is a group of them; an "img" may not contain interactive elements.
  const role = spec.linkPlaces ? 'group' : 'img';
  // Where the live map takes over from: the centre and zoom this map was drawn at.
  const center = frame.projection.invert!([width / 2, height / 2])!;
  const camera = formatDrawnCamera({ center: [center[0], center[1]], zoom: zoomOfFrame(frame) });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" preserveAspectRatio="xMidYMid ${frame.contain ? 'meet' : 'slice'}"${size} ` +
      `role="${role}" aria-label="${escapeHtml(spec.title)}" data-static-map="" data-camera="${camera}">`,
    ...layers.map((layer) => layer.render(context)),
    '</svg>',
  ].join('');
}
