import { annotationsMarkup } from '@/app/_lib/map/step-layers/markup';
import { annotationObstacles, placeAnnotations } from '@/app/_lib/map/step-layers/placement';
import { labelsMarkup } from '@/app/_lib/map/labels/markup';
import { attributionZone, markerObstacles } from '@/app/_lib/map/labels/obstacles';
import { placeLabels } from '@/app/_lib/map/labels/place-labels';
import type { Rect } from '@/app/_lib/geometry/plane';
import { cameraProjection, type StaticLabelInput } from '@/app/_lib/map/labels/static-input';
import { displayedViewBox, fitOf } from '@/app/_lib/map/static/handoff';

/** Overlays inside the map that labels keep clear of, as on the live map. */
export const LABEL_OVERLAYS = '.maplibregl-ctrl-attrib, [data-map-locator], [data-map-legend]';

/** The boxes of the overlays inside `box`, relative to it. */
export function overlayRects(box: HTMLElement): Rect[] {
  const origin = box.getBoundingClientRect();
  return [...box.querySelectorAll(LABEL_OVERLAYS)]
    .map((element) => element.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0)
    .map((r) => ({ x: r.left - origin.left, y: r.top - origin.top, width: r.width, height: r.height }));
}

/**
 * Places the static map's labels again for the box it is shown in, with the same function,
 * obstacles and camera as the live map, so the swap keeps every label where it was. The server
 * placed them for the whole (larger) SVG; without JavaScript those stay.
 */
export function relabelStaticMap(box: HTMLElement): void {
  const svg = box.querySelector<SVGSVGElement>('svg[data-static-map]');
  const group = svg?.querySelector<SVGGElement>('g[data-label-input]');
  if (!svg || !group) return;
  let input: StaticLabelInput;
  try {
    input = JSON.parse(group.dataset.labelInput ?? '') as StaticLabelInput;
  } catch {
    return;
  }
  const origin = box.getBoundingClientRect();
  const drawn = svg.getBoundingClientRect();
  if (!origin.width || !origin.height || !drawn.width) return;
  // Where the SVG's viewBox lands in the box: scaled and centred by its preserveAspectRatio.
  const { scale, originX, originY } = displayedViewBox(svg.viewBox.baseVal, drawn, fitOf(svg));
  const offset: [number, number] = [originX - origin.left, originY - origin.top];
  const project = cameraProjection(input, offset, scale);
  const zoom = input.zoom + Math.log2(scale);
  const obstacles = [...markerObstacles(input.places, input.activeIds, zoom, project), attributionZone(origin.width, origin.height), ...overlayRects(box)];
  const callouts = placeAnnotations(input.annotations ?? [], project, origin.width, origin.height, obstacles);
  obstacles.push(...annotationObstacles(callouts));
  const placed = placeLabels({ candidates: input.candidates, project, zoom, width: origin.width, height: origin.height, obstacles, focus: input.focus });
  // Drawn in the box's pixels, inside the SVG: undo the SVG's offset and scale.
  group.setAttribute('data-placed-for', `${Math.round(origin.width)}x${Math.round(origin.height)}`);
  group.innerHTML = `<g transform="scale(${1 / scale}) translate(${-offset[0]} ${-offset[1]})">${labelsMarkup(placed)}${annotationsMarkup(callouts)}</g>`;
}
