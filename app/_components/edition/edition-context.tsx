'use client';

import { createContext, use, type ReactNode } from 'react';
import { DEFAULT_LANG, type Lang } from '@/app/_lib/edition/edition';
import { stringsFor, type UiStrings } from '@/app/_lib/edition/strings';

/*
 * The page's edition for client components. Only the language crosses to the browser (a few
 * bytes of payload); the words come from the dictionary module (strings.ts), which the browser
 * caches with the rest of the script.
 */

const EditionContext = createContext<Lang>(DEFAULT_LANG);

export function EditionProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  return <EditionContext value={lang}>{children}</EditionContext>;
}

export function useEdition(): Lang {
  return use(EditionContext);
}

export function useStrings(): UiStrings {
  return stringsFor(use(EditionContext));
}
