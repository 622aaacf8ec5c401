import type { BasemapCollection } from '../basemap/types';
import { escapeHtml } from '../escape-html';
import type { LabelCandidate } from '../labels/types';
import { contextFor, STATIC_MAP_LAYERS, type StaticMapLayer } from './layers';
import { formatDrawnCamera } from './handoff';
import { frameFor } from './projection';
import type { StaticMapSpec } from './spec';

/**
 * The SVG markup of a static map: the basemap in Web Mercator at MapLibre's scale, then
 * each layer in order. Pure, so it is tested with a small basemap of its own.
 */
export function staticMapSvg(spec: StaticMapSpec, basemap: BasemapCollection, layers: readonly StaticMapLayer[] = STATIC_MAP_LAYERS, labels: readonly LabelCandidate[] = []): string {
  const frame = frameFor(spec);
  const context = contextFor(spec, basemap, frame, labels);
  const { width, height } = spec;
  const size = spec.fit === 'camera' && frame.atCameraZoom ? ` width="${width}" height="${height}" class="static-map-camera"` : '';
  // With links inside it is a group of them; an "img" may not contain interactive elements.
  const role = spec.linkPlaces ? 'group' : 'img';
  // Where the live map takes over from: the centre and zoom this map was drawn at.
  const center = frame.projection.invert!([width / 2, height / 2])!;
  const camera = formatDrawnCamera({ center: [center[0], center[1]], zoom: Math.log2((frame.projection.scale() * 2 * Math.PI) / 512) });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" preserveAspectRatio="xMidYMid ${frame.contain ? 'meet' : 'slice'}"${size} role="${role}" aria-label="${escapeHtml(spec.title)}" data-static-map="" data-camera="${camera}">`,
    ...layers.map((layer) => layer.render(context)),
    '</svg>',
  ].join('');
}
