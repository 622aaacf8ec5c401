import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { EDITIONS, editionPath, type Lang } from '@/app/_lib/edition/edition';
import { stringsFor } from '@/app/_lib/edition/strings';
import { publicOrigin } from '@/app/_lib/publishing/page-metadata';
import { MapFontFaces } from '../map/map-font-faces';
import { EditionLink } from '../edition/edition-link';
import { EditionProvider } from '../edition/edition-context';

/*
 * The site's chrome for every edition: the (site) and (site-ar) root layouts each render it with
 * their language, so the editions share one layout, and `<html lang dir>` is right from the first byte.
 */

export function siteMetadata(lang: Lang): Metadata {
  const t = stringsFor(lang);
  return {
    // Relative URLs in any page's metadata resolve against the public origin (docs/embedding.md, SITE_URL).
    metadataBase: new URL(publicOrigin()),
    title: { default: t.storyTitle, template: `%s · ${t.siteName}` },
    description: t.storyDescription,
  };
}

export const siteViewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#f4f1ea' };

export function SiteShell({ lang, children }: { lang: Lang; children: ReactNode }) {
  const t = stringsFor(lang);
  const home = editionPath(lang, '/');
  return (
    <html lang={lang} dir={EDITIONS[lang].dir}>
      <head>
        <MapFontFaces />
      </head>
      <body>
        <EditionProvider lang={lang}>
          <a className="skip-link" href="#main">{t.skipLink}</a>
          {/* These links are on every page; prefetching them on every load would spend a
              reader's data on pages they rarely open next. */}
          <header className="site-header">
            <Link href={home} className="site-title" prefetch={false}>{t.siteName}</Link>
            <span className="site-tagline">{t.tagline}</span>
            <nav className="site-nav" aria-label={t.siteNav}>
              <Link href={editionPath(lang, '/read')} prefetch={false}>{t.readerView}</Link>
              <EditionLink lang={lang} />
            </nav>
          </header>
          <main id="main">{children}</main>
          <footer className="site-footer">
            <p>{t.footer}</p>
          </footer>
        </EditionProvider>
      </body>
    </html>
  );
}
