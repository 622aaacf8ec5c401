import { geoMercator, geoPath, type GeoStream } from 'd3-geo';
import type { CameraTarget } from '@/app/_lib/camera';
import { getBasemap } from '@/app/_lib/basemap.server';
import { mapColors } from '@/app/_lib/map-style';
import type { Place } from '@/app/_lib/schema';

/** MapLibre's world is 512 px wide at zoom 0; d3's Mercator is 2π·scale wide. */
const scaleForZoom = (zoom: number) => (512 * 2 ** zoom) / (2 * Math.PI);

/**
 * Rounds projected points to whole pixels and drops repeats: at story zooms the
 * basemap has many points per pixel, and every one would be bytes in the HTML.
 * Rings and lines left too short to draw are dropped whole.
 */
function pixelSnap(sink: GeoStream, grid: number): GeoStream {
  let buffer: Array<[number, number]> = [];
  let inPolygon = false;
  return {
    point(x, y) {
      const p: [number, number] = [Math.round(x / grid) * grid, Math.round(y / grid) * grid];
      const last = buffer.at(-1);
      if (!last || last[0] !== p[0] || last[1] !== p[1]) buffer.push(p);
    },
    lineStart() {
      buffer = [];
    },
    lineEnd() {
      if (buffer.length >= (inPolygon ? 3 : 2)) {
        sink.lineStart();
        for (const [x, y] of buffer) sink.point(x, y);
        sink.lineEnd();
      }
      buffer = [];
    },
    polygonStart() {
      inPolygon = true;
      sink.polygonStart();
    },
    polygonEnd() {
      inPolygon = false;
      sink.polygonEnd();
    },
    sphere() {
      sink.sphere?.();
    },
  };
}

interface StaticMapProps {
  camera: CameraTarget;
  width: number;
  height: number;
  /** Places drawn as dots with labels; `active` ones are emphasised. */
  places: Place[];
  activeIds?: readonly string[];
  highlight?: readonly string[];
  /** Link each dot to its place page (useful without JavaScript). */
  linkPlaces?: boolean;
  title: string;
  /** Snap points to this many pixels: coarser for small maps, fewer bytes. */
  grid?: number;
  /**
   * `cover` (the default) scales the map to fill its box, for images. `camera` keeps a
   * camera's zoom at one SVG unit per CSS pixel, centred and cropped by the box as MapLibre
   * shows it, so the live map that replaces it shows the same area at any box size up to
   * width × height (a larger box scales it up). Boxes to fit are always drawn to cover.
   */
  fit?: 'cover' | 'camera';
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The SVG markup of the embedded basemap in Web Mercator, at the same scale as MapLibre
 * for a given camera. One builder serves the inline first-view map (StaticMap) and the
 * reader view's map images (a route handler), so both draw alike.
 */
export async function staticMapSvg({ camera, width, height, places, activeIds = [], highlight = [], linkPlaces = false, title, grid = 1, fit = 'cover' }: StaticMapProps): Promise<string> {
  const basemap = await getBasemap();
  const projection = geoMercator().translate([width / 2, height / 2]);
  let atCameraZoom = camera.kind === 'point';
  if (camera.kind === 'point') {
    projection.scale(scaleForZoom(camera.zoom)).center(camera.center);
  } else {
    const [[west, south], [east, north]] = camera.bounds;
    const pad = Math.min(width, height) * 0.12;
    projection.fitExtent(
      [
        [pad, pad],
        [width - pad, height - pad],
      ],
      { type: 'MultiPoint', coordinates: [[west, south], [east, north]] },
    );
    if (projection.scale() > scaleForZoom(camera.maxZoom)) {
      projection.scale(scaleForZoom(camera.maxZoom)).center([(west + east) / 2, (south + north) / 2]).translate([width / 2, height / 2]);
      atCameraZoom = true;
    }
  }
  // Clip a little outside the frame so strokes at the edge are not cut short.
  projection.clipExtent([
    [-10, -10],
    [width + 10, height + 10],
  ]);
  const path = geoPath({ stream: (sink: GeoStream) => projection.stream(pixelSnap(sink, grid)) }).digits(0);
  const highlighted = new Set(highlight);

  const land: string[] = [];
  const lit: string[] = [];
  const borders: string[] = [];
  for (const feature of basemap.features) {
    const d = path(feature);
    if (!d) continue;
    if (feature.properties.kind === 'border') borders.push(d);
    else if (feature.properties.iso3 && highlighted.has(feature.properties.iso3)) lit.push(d);
    else land.push(d);
  }

  const active = new Set(activeIds);
  const dots = places
    .map((place) => ({ place, point: projection(place.coordinates) }))
    .filter((d): d is { place: Place; point: [number, number] } => !!d.point && d.point[0] >= 0 && d.point[0] <= width && d.point[1] >= 0 && d.point[1] <= height)
    .map(({ place, point: [x, y] }) => {
      const on = active.has(place.id);
      const dot = `<g class="${on ? 'static-dot is-active' : 'static-dot'}" transform="translate(${x.toFixed(1)} ${y.toFixed(1)})"><circle r="${on ? 7 : 5}"/><text x="10" y="5">${escapeXml(place.name)}</text></g>`;
      const label = escapeXml(`${place.name}, ${place.country}`);
      return linkPlaces
        ? `<a href="/places/${place.id}" data-static-place="${place.id}" aria-label="${label}">${dot}</a>`
        : `<g data-static-place="${place.id}">${dot}</g>`;
    });

  // With links inside it is a group of them; an "img" may not contain interactive elements.
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" preserveAspectRatio="xMidYMid slice"${fit === 'camera' && atCameraZoom ? ` width="${width}" height="${height}" class="static-map-camera"` : ''} role="${linkPlaces ? 'group' : 'img'}" aria-label="${escapeXml(title)}" data-static-map="">`,
    `<rect width="${width}" height="${height}" fill="${mapColors.sea}"/>`,
    `<path d="${land.join('')}" fill="${mapColors.land}"/>`,
    lit.length ? `<path d="${lit.join('')}" fill="${mapColors.highlight}"/>` : '',
    `<path d="${borders.join('')}" fill="none" stroke="${mapColors.border}" stroke-width="0.8"/>`,
    ...dots,
    '</svg>',
  ].join('');
}

/**
 * A server-rendered SVG map: it paints with the text, costs no JavaScript, and stays
 * when WebGL is missing.
 */
export async function StaticMap(props: StaticMapProps) {
  return <div className="static-map" dangerouslySetInnerHTML={{ __html: await staticMapSvg(props) }} />;
}
