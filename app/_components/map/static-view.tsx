import { markerData } from '@/app/_lib/map/compose/markers';
import { drawingOf } from '@/app/_lib/map/static/svg';
import { editionPath, type Lang } from '@/app/_lib/edition/edition';
import type { FirstView } from '@/app/_lib/publishing/first-view.server';

/**
 * A page's map before MapLibre: the drawing for the reader's screen (a <picture> of one SVG file
 * per box, publishing/first-view.server.ts) and, over it, its markers as the page's own elements,
 * styled as the live map's (map.css), where the layout put them. It paints with the text, costs
 * no script, and stays where WebGL is missing.
 *
 * Each drawing is made for a box and shown whole in the reader's box: scaled by --u (CSS pixels
 * per unit of the drawing: 1px in the box it was made for, at 1280 × 800 and 390 × 844) and
 * centred, its bleed filling a box of another shape. The markers scale with it.
 */
export function StaticView({ views, linkPlaces, lang = 'en' }: { views: readonly FirstView[]; linkPlaces: boolean; lang?: Lang }) {
  const first = views.at(-1)!;
  // Each box's numbers, and which one shows, by the same media queries as the <picture>.
  const rule = (view: FirstView) => {
    const drawing = drawingOf(view.spec);
    const select = views.map((other) => `.static-frame[data-variant='${other.size.name}']{display:${other === view ? 'block' : 'none'}}`).join('');
    return `.static-view{--w:${view.size.width};--h:${view.size.height};--dw:${drawing.width};--dh:${drawing.height}}${select}`;
  };
  const css = [...views].reverse().map((view) => (view.media ? `@media ${view.media}{${rule(view)}}` : rule(view))).join('');
  return (
    <div className="static-view" data-static-view="">
      <style>{css}</style>
      <picture>
        {views.filter((view) => view.media).map((view) => <source key={view.file} media={view.media!} srcSet={view.file} />)}
        <img className="static-view-image" src={first.file} alt={first.spec.title} decoding="async" data-static-map="" />
      </picture>
      {views.map((view) => (
        <div
          key={view.file}
          className="static-frame"
          data-variant={view.size.name}
          data-camera={view.camera}
          data-box={`${view.size.width},${view.size.height}`}
        >
          {view.layout.composition.markers.map((marker) => {
            const place = view.spec.scene.places.find((candidate) => candidate.id === marker.id);
            if (!place || !marker.shown) return null;
            const active = marker.role === 'active';
            const content = (
              <>
                <span className="marker-dot" aria-hidden="true" />
                <span className="marker-label" aria-hidden={linkPlaces ? 'true' : undefined}>
                  {place.name}
                </span>
              </>
            );
            const props = {
              className: 'marker static-marker',
              'data-static-place': marker.id,
              'data-active': active ? 'true' : undefined,
              style: { left: `calc(${marker.x} * var(--u))`, top: `calc(${marker.y} * var(--u))` },
              ...markerData(marker),
            };
            return linkPlaces ? (
              <a key={marker.id} href={editionPath(lang, `/places/${marker.id}`)} aria-label={place.name} {...props}>
                {content}
              </a>
            ) : (
              <span key={marker.id} {...props}>
                {content}
              </span>
            );
          })}
        </div>
      ))}
    </div>
  );
}
