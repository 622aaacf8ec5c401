import type { ReactNode } from 'react';
import { describeAreas, keyLineText, mapKey, routeKeyLines } from '@/app/_lib/map/key';
import { mapAnnouncement } from '@/app/_lib/map/announcement';
import { toRoutes } from '@/app/_lib/content/connections';
import type { StepProps } from '@/app/_lib/content/schema';
import { editionPath } from '@/app/_lib/edition/edition';
import type { MapEdition } from '@/app/_lib/map/edition/map-edition.server';
import { stringsFor } from '@/app/_lib/edition/strings';
import { mdxComponentsFor } from './mdx-components';

/** Chapters' components for the reader view: every step unrolled beside a small map of its own. */
export function readerComponents({ lang, gazetteer, countries, areas, words }: Omit<MapEdition, 'chapters' | 'widthOf'>) {
  const t = stringsFor(lang);
  const { Context, Quote } = mdxComponentsFor(lang);
  // The edition's names, as its maps draw them (map/edition/map-edition.server.ts); the key and the connections' sentence in the map's words.
  const nameOf = (pid: string) => gazetteer.byId.get(pid)?.name ?? pid;
  return {
    Step({ id, place, places, legend, routes, children }: StepProps & { children?: ReactNode }) {
      const ids = places ?? (place ? [place] : []);
      const names = ids.map(nameOf);
      const connections = toRoutes(routes);
      // A connection's line joins the key when it has a label; otherwise the sentence below says it.
      const labelled = routeKeyLines(connections, nameOf, words).filter((line) => line.names.length > 0);
      const key = [...mapKey(legend ?? [], countries, words), ...labelled];
      // Which shape is which cannot be seen on a thumbnail: an area line names its areas, as the live map announces them.
      const areaName = (aid: string) => areas.get(aid)?.properties.name ?? aid;
      const lineText = (line: (typeof key)[number]) =>
        line.kind === 'area' ? (describeAreas([line], areaName, words)[0] ?? keyLineText(line)) : keyLineText(line);
      return (
        <section id={id} className="reader-step" data-reader-step={id}>
          <figure className="reader-map">
            {/* A file, not inline SVG: 35 maps inline would make the page heavy; lazy images cost nothing until seen. */}
            <img src={editionPath(lang, `/read/maps/${id}.svg`)} width={360} height={220} alt={t.mapOf(names)} loading="lazy" decoding="async" />
            <figcaption>
              {names.join(' · ')}
              {key.map((line) => (
                <span key={`${line.kind}:${line.label}`} className="reader-key" data-reader-key="">
                  <span className={`key-swatch key-${line.kind}`} aria-hidden="true" /> {t.mapKey}: {lineText(line)}
                </span>
              ))}
              {/* The connections the map draws, in the words the live map announces them. */}
              {connections.length > 0 && (
                <span className="reader-routes" data-reader-routes="">
                  {mapAnnouncement({ places: ids, routes: connections }, (pid) => gazetteer.byId.get(pid), [], words)}
                </span>
              )}
            </figcaption>
          </figure>
          <div className="reader-text">{children}</div>
        </section>
      );
    },
    Context,
    Quote,
  };
}
