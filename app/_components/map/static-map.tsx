import { renderStaticMap, type StaticMapSpec } from '@/app/_lib/map/static/static-map.server';

/**
 * A server-rendered SVG map: it paints with the text, costs no JavaScript, and stays
 * when WebGL is missing.
 */
export async function StaticMap({ spec }: { spec: StaticMapSpec }) {
  return <div className="static-map" dangerouslySetInnerHTML={{ __html: await renderStaticMap(spec) }} />;
}
