import type { ReactNode } from 'react';
import type { ContextProps } from '@/app/_lib/content/schema';
import type { Lang } from '@/app/_lib/edition/edition';
import { stringsFor } from '@/app/_lib/edition/strings';

/**
 * What the desk adds from outside the article, drawn apart from the reporting and
 * naming its source. A `note`, not a landmark: there is one in many steps.
 */
export function ContextNote({ source, lang = 'en', children }: ContextProps & { lang?: Lang; children?: ReactNode }) {
  const t = stringsFor(lang);
  return (
    <aside className="context-note" role="note" data-context-note="">
      <p className="context-label">{t.context}</p>
      {children}
      <p className="context-source">
        {t.source} {source}
      </p>
    </aside>
  );
}
