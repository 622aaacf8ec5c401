import type { ReactNode } from 'react';
import { embedLayoutMetadata, embedViewport, EmbedShell } from '../_components/pages/embed-page';
import '../globals.css';
import '../(embed)/embed.css';

/** The Arabic embeds' root layout: the embeds' one shell, right to left. */
export const metadata = embedLayoutMetadata('ar');
export const viewport = embedViewport;

export default function ArabicEmbedLayout({ children }: { children: ReactNode }) {
  return <EmbedShell lang="ar">{children}</EmbedShell>;
}
