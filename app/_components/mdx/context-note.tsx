import type { ReactNode } from 'react';
import type { ContextProps } from '@/app/_lib/content/schema';

/**
 * What the desk adds from outside the article, drawn apart from the reporting and
 * naming its source. A `note`, not a landmark: there is one in many steps.
 */
export function ContextNote({ source, children }: ContextProps & { children?: ReactNode }) {
  return (
    <aside className="context-note" role="note" data-context-note="">
      <p className="context-label">Context</p>
      {children}
      <p className="context-source">Source: {source}</p>
    </aside>
  );
}
