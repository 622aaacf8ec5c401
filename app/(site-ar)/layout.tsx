import type { ReactNode } from 'react';
import { SiteShell, siteMetadata, siteViewport } from '../_components/pages/site-shell';
import '../globals.css';

/** The Arabic edition's root layout: the site's one shell, right to left (`<html lang="ar" dir="rtl">`). */
export const metadata = siteMetadata('ar');
export const viewport = siteViewport;

export default function ArabicSiteLayout({ children }: { children: ReactNode }) {
  return <SiteShell lang="ar">{children}</SiteShell>;
}
