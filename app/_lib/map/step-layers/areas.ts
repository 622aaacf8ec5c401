import { clipPolygon } from 'lineclip';
import type { Point } from '../../geometry/arcs';
import type { Rect } from '../../geometry/plane';

type Project = (lngLat: [number, number]) => [number, number] | null;

/*
 * A step's areas (geo/areas.json, `areas={[…]}`) in a map's scene and on its screen: their
 * outlines projected at the camera and clipped to what the map draws, for every renderer to
 * draw hatched under the labels and markers (area-markup.ts).
 */

/** An area as a scene carries it: its outline in `[longitude, latitude]`, polygons of rings. */
export interface SceneArea {
  id: string;
  name: string;
  polygons: readonly (readonly (readonly number[])[])[][];
}

/** An area on screen: its rings in the box's pixels, clipped; drawn as one path (even-odd). */
export interface DrawnArea {
  id: string;
  name: string;
  rings: Point[][];
}

/** The shape of an outline in geo/areas.json, as much of it as a scene needs. */
interface AreaFeature {
  id: string;
  properties: { name: string };
  geometry: { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] };
}

/**
 * The scene's areas for a step's ids, in the step's order; an id with no outline is left out
 * (check reports it at the step's line).
 * @example sceneAreas(['idlib-province'], story.areas.byId) // [{ id: 'idlib-province', name: 'Idlib province', polygons: [...] }]
 */
export function sceneAreas(ids: readonly string[] | undefined, byId: ReadonlyMap<string, AreaFeature> | undefined): SceneArea[] {
  return (ids ?? []).flatMap((id) => {
    const area = byId?.get(id);
    if (!area) return [];
    const { geometry } = area;
    return [{ id, name: area.properties.name, polygons: geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates }];
  });
}

/**
 * The areas projected at the camera and clipped to `extent` (the box, or more where the
 * drawing reaches beyond it: a first view's bleed, the room a pan reveals), each ring's points
 * to whole pixels. An area wholly outside is left out. Web Mercator's straight lines
 * between the outline's points are what MapLibre would draw too.
 */
export function drawAreas(areas: readonly SceneArea[], project: Project, extent: Rect): DrawnArea[] {
  const bbox: [number, number, number, number] = [extent.x, extent.y, extent.x + extent.width, extent.y + extent.height];
  return areas.flatMap((area): DrawnArea[] => {
    const rings = area.polygons.flatMap((polygon) =>
      polygon.flatMap((ring): Point[][] => {
        const projected = ring.map(([lng, lat]) => project([lng!, lat!]));
        if (projected.some((p) => p === null)) return [];
        // Whole pixels, repeats dropped: an outline's detail below a pixel is bytes in every static file.
        const clipped = clipPolygon(projected as Point[], bbox)
          .map(([x, y]): Point => [Math.round(x), Math.round(y)])
          .filter((p, i, all) => i === 0 || p[0] !== all[i - 1]![0] || p[1] !== all[i - 1]![1]);
        return clipped.length >= 3 ? [clipped] : [];
      }),
    );
    return rings.length ? [{ id: area.id, name: area.name, rings }] : [];
  });
}
