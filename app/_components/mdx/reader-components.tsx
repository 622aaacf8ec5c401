import type { ReactNode } from 'react';
import type { CountryIndex } from '@/app/_lib/countries';
import type { Gazetteer } from '@/app/_lib/gazetteer';
import { keyLineText, mapKey } from '@/app/_lib/legend';
import type { StepProps } from '@/app/_lib/schema';
import { ContextNote } from './context-note';

/** Chapters' components for the reader view: every step unrolled beside a small map of its own. */
export function readerComponents(gazetteer: Gazetteer, countries: CountryIndex) {
  return {
    Step({ id, place, places, legend, children }: StepProps & { children?: ReactNode }) {
      const names = (places ?? (place ? [place] : [])).map((pid) => gazetteer.byId.get(pid)?.name ?? pid);
      const key = mapKey(legend ?? [], countries);
      return (
        <section id={id} className="reader-step" data-reader-step={id}>
          <figure className="reader-map">
            {/* A file, not inline SVG: 35 maps inline would make the page heavy; lazy images cost nothing until seen. */}
            <img src={`/read/maps/${id}.svg`} width={360} height={220} alt={`Map: ${names.join(', ')}`} loading="lazy" decoding="async" />
            <figcaption>
              {names.join(' · ')}
              {key.map((line) => (
                <span key={line.label} className="reader-key" data-reader-key="">
                  <span className="key-swatch" aria-hidden="true" /> Map key: {keyLineText(line)}
                </span>
              ))}
            </figcaption>
          </figure>
          <div className="reader-text">{children}</div>
        </section>
      );
    },
    Context: ContextNote,
  };
}
