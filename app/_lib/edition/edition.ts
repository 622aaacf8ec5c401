/*
 * The story's editions as the site serves them: English at the site's root, each translation
 * under its language (`/ar`). Pure: every page, the sitemap and the metadata map addresses
 * between editions through these functions, so an Arabic twin is never spelled by hand.
 */

/** English first: it is the story, and `x-default` for readers of any other language. */
export const LANGS = ['en', 'ar'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'en';

interface EditionInfo {
  /** The `<html dir>`: the logical CSS properties mirror the layout from it. */
  dir: 'ltr' | 'rtl';
  /**
   * Dates and numbers from Intl. The Arabic edition writes Western digits (content/ar uses
   * them throughout, as the Levantine press does), and the Levantine month names
   * (كانون الثاني, آذار) its chapters use: `ar-SY` with the Latin numbering system.
   */
  locale: string;
  /** Open Graph's `og:locale`. */
  ogLocale: string;
  /** The edition's name in its own language, for the link to it from the other edition. */
  name: string;
}

export const EDITIONS: Readonly<Record<Lang, EditionInfo>> = {
  en: { dir: 'ltr', locale: 'en-GB', ogLocale: 'en_GB', name: 'English' },
  ar: { dir: 'rtl', locale: 'ar-SY-u-nu-latn', ogLocale: 'ar_SY', name: 'العربية' },
};

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** The other edition: the site has two, and every page links to its twin in the other. */
export function otherLang(lang: Lang): Lang {
  return lang === 'en' ? 'ar' : 'en';
}

/**
 * A page's path in an edition, from its English path.
 *
 * @example editionPath('ar', '/chapters/first-round') // '/ar/chapters/first-round'
 * @example editionPath('ar', '/') // '/ar'
 * @example editionPath('en', '/read') // '/read'
 */
export function editionPath(lang: Lang, path: string): string {
  if (lang === DEFAULT_LANG) return path;
  return path === '/' ? `/${lang}` : `/${lang}${path}`;
}

/**
 * Which edition a path belongs to, and its English path; the fragment and query are kept.
 *
 * @example splitEditionPath('/ar/chapters/x#s1') // { lang: 'ar', path: '/chapters/x#s1' }
 * @example splitEditionPath('/arabic') // { lang: 'en', path: '/arabic' }
 */
export function splitEditionPath(path: string): { lang: Lang; path: string } {
  for (const lang of LANGS) {
    if (lang === DEFAULT_LANG) continue;
    const prefix = `/${lang}`;
    const rest = path.slice(prefix.length);
    if (!path.startsWith(prefix) || !(rest === '' || /^[?#/]/.test(rest))) continue;
    return { lang, path: rest.startsWith('/') ? rest : `/${rest}` };
  }
  return { lang: DEFAULT_LANG, path };
}

/**
 * The same place in another edition: the same page, the same step (`#<step-id>`).
 *
 * @example twinPath('/chapters/first-round#first-round-astana', 'ar') // '/ar/chapters/first-round#first-round-astana'
 * @example twinPath('/ar#s1', 'en') // '/#s1'
 */
export function twinPath(path: string, to: Lang): string {
  const english = splitEditionPath(path).path;
  const match = /^([^?#]*)(.*)$/.exec(english)!;
  return editionPath(to, match[1] || '/') + match[2];
}

/** `hreflang` alternates of a page, from its English path: each edition, and English as `x-default`. */
export function alternatePaths(englishPath: string): Record<Lang | 'x-default', string> {
  const paths = Object.fromEntries(LANGS.map((lang) => [lang, editionPath(lang, englishPath)])) as Record<Lang, string>;
  return { ...paths, 'x-default': paths[DEFAULT_LANG] };
}
