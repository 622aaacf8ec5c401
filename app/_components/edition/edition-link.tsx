'use client';

import { usePathname } from 'next/navigation';
import { EDITIONS, otherLang, twinPath, type Lang } from '@/app/_lib/edition/edition';
import { stringsFor } from '@/app/_lib/edition/strings';

/**
 * The link to this page in the other edition, named in that edition's language. Without
 * JavaScript it opens the same page; on a click it carries the step being read (`#<step-id>`,
 * which the story keeps in the URL), so the reader lands on the same step.
 */
export function EditionLink({ lang }: { lang: Lang }) {
  const to = otherLang(lang);
  const path = twinPath(usePathname() ?? '/', to);
  return (
    <a
      href={path}
      hrefLang={to}
      lang={to}
      dir={EDITIONS[to].dir}
      className="edition-link"
      data-edition-link={to}
      onClick={(event) => {
        event.currentTarget.href = twinPath(window.location.pathname + window.location.hash, to);
      }}
    >
      {stringsFor(to).otherEdition}
    </a>
  );
}
