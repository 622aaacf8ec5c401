import type { ReactNode } from 'react';
import type { CountryIndex } from '@/app/_lib/map/basemap/country-index';
import type { Gazetteer } from '@/app/_lib/content/gazetteer';
import { describeAreas, keyLineText, mapKey, routeKeyLines } from '@/app/_lib/map/key';
import type { Areas } from '@/app/_lib/content/areas';
import { mapAnnouncement } from '@/app/_lib/map/announcement';
import { toRoutes } from '@/app/_lib/content/connections';
import type { StepProps } from '@/app/_lib/content/schema';
import type { Lang } from '@/app/_lib/edition/edition';
import { translated } from '@/app/_lib/content/edition-names';
import { stringsFor } from '@/app/_lib/edition/strings';
import { mdxComponentsFor } from './mdx-components';

/** Chapters' components for the reader view: every step unrolled beside a small map of its own. */
export function readerComponents(gazetteer: Gazetteer, countries: CountryIndex, areas?: Areas, lang: Lang = 'en') {
  const t = stringsFor(lang);
  const { Context, Quote } = mdxComponentsFor(lang);
  // The edition's names in its words; the key and the connections' sentence are the map's words (app/_lib/map).
  const nameOf = (pid: string) => {
    const place = gazetteer.byId.get(pid);
    return (place && (translated(place, lang)?.name ?? place.name)) ?? pid;
  };
  return {
    Step({ id, place, places, legend, routes, children }: StepProps & { children?: ReactNode }) {
      const ids = places ?? (place ? [place] : []);
      const names = ids.map(nameOf);
      const connections = toRoutes(routes);
      // A connection's line joins the key when it has a label; otherwise the sentence below says it.
      const labelled = routeKeyLines(connections, (pid) => gazetteer.byId.get(pid)?.name ?? pid).filter((line) => line.names.length > 0);
      const key = [...mapKey(legend ?? [], countries), ...labelled];
      // Which shape is which cannot be seen on a thumbnail: an area line names its areas, as the live map announces them.
      const areaName = (aid: string) => areas?.byId.get(aid)?.properties.name ?? aid;
      const lineText = (line: (typeof key)[number]) => (line.kind === 'area' ? (describeAreas([line], areaName)[0] ?? keyLineText(line)) : keyLineText(line));
      return (
        <section id={id} className="reader-step" data-reader-step={id}>
          <figure className="reader-map">
            {/* A file, not inline SVG: 35 maps inline would make the page heavy; lazy images cost nothing until seen. */}
            <img src={`/read/maps/${id}.svg`} width={360} height={220} alt={t.mapOf(names)} loading="lazy" decoding="async" />
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
                  {mapAnnouncement({ places: ids, routes: connections }, (pid) => gazetteer.byId.get(pid))}
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
