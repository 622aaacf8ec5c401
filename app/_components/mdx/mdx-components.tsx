import type { ReactNode } from 'react';
import { toRoutes } from '@/app/_lib/content/connections';
import type { StepProps } from '@/app/_lib/content/schema';
import type { Lang } from '@/app/_lib/edition/edition';
import { stringsFor } from '@/app/_lib/edition/strings';
import { StepFrame } from '../story/step-frame';
import { ContextNote } from './context-note';

/**
 * A translated quote (`<Quote>`, allowed in translations only): the speaker's words in «…»
 * (the `q` element's quotes for Arabic, globals.css), marked as a translation for screen
 * readers after the closing mark; the chapter's source line says so to every reader.
 */
function Quote({ lang, children }: { lang: Lang; children?: ReactNode }) {
  return (
    <>
      <q data-quote="translated">{children}</q>
      <span className="visually-hidden"> ({stringsFor(lang).translatedQuote})</span>
    </>
  );
}

/** The one map of components chapters may use in an edition; the loader rejects any other. */
export function mdxComponentsFor(lang: Lang) {
  return {
    Step({ id, place, places, routes, children }: StepProps & { children?: ReactNode }) {
      return (
        <StepFrame id={id} places={places ?? (place ? [place] : [])} routes={toRoutes(routes)}>
          {children}
        </StepFrame>
      );
    },
    Context: (props: Parameters<typeof ContextNote>[0]) => <ContextNote {...props} lang={lang} />,
    Quote: ({ children }: { children?: ReactNode }) => <Quote lang={lang}>{children}</Quote>,
  };
}

/** The English chapters' components. */
export const mdxComponents = mdxComponentsFor('en');
