import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { MapFontFaces } from '../_components/map/map-font-faces';
import { publicOrigin, STORY_DESCRIPTION, STORY_TITLE } from '../_lib/publishing/page-metadata';
import '../globals.css';

export const metadata: Metadata = {
  // Relative URLs in any page's metadata resolve against the public origin (docs/embedding.md, SITE_URL).
  metadataBase: new URL(publicOrigin()),
  title: { default: STORY_TITLE, template: '%s · The Astana talks' },
  description: STORY_DESCRIPTION,
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#f4f1ea' };

export default function SiteLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <head>
        <MapFontFaces />
      </head>
      <body>
        <a className="skip-link" href="#main">Skip to the story</a>
        {/* These two links are on every page; prefetching both on every load would spend a
            reader's data on pages they rarely open next. */}
        <header className="site-header">
          <Link href="/" className="site-title" prefetch={false}>The Astana talks</Link>
          <span className="site-tagline">Syria’s 2017 peace process on a map</span>
          <nav className="site-nav" aria-label="Site">
            <Link href="/read" prefetch={false}>Reader view</Link>
          </nav>
        </header>
        <main id="main">{children}</main>
        <footer className="site-footer">
          <p>Retold from five news reports of 2017; each chapter names its source. Basemap: Natural Earth (public domain). Capitals: GeoNames (CC BY 4.0).</p>
        </footer>
      </body>
    </html>
  );
}
