import type { BasemapCollection } from '../basemap/types';
import { escapeHtml } from '../escape-html';
import type { LabelCandidate } from '../labels/types';
import { contextFor, STATIC_MAP_LAYERS, type StaticMapLayer } from './layers';
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
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" preserveAspectRatio="xMidYMid slice"${size} role="${role}" aria-label="${escapeHtml(spec.title)}" data-static-map="">`,
    ...layers.map((layer) => layer.render(context)),
    '</svg>',
  ].join('');
}
