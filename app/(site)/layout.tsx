import type { ReactNode } from 'react';
import { SiteShell, siteMetadata, siteViewport } from '../_components/pages/site-shell';
import '../globals.css';

export const metadata = siteMetadata('en');
export const viewport = siteViewport;

export default function SiteLayout({ children }: { children: ReactNode }) {
  return <SiteShell lang="en">{children}</SiteShell>;
}
