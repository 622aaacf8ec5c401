import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import '../globals.css';
import { MapFontFaces } from '../_components/map/map-font-faces';
import { publicOrigin } from '../_lib/publishing/page-metadata';
import './embed.css';

export const metadata: Metadata = {
  metadataBase: new URL(publicOrigin()),
  title: { default: 'The Astana talks', template: '%s · The Astana talks (embed)' },
  robots: { index: false },
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

/** A second root layout: no site chrome, its own scroll, links open in the top window. */
export default function EmbedLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" className="embed">
      <head>
        <base target="_top" />
        <MapFontFaces />
      </head>
      <body>{children}</body>
    </html>
  );
}
