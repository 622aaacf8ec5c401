import type { ReactNode } from 'react';
import { embedLayoutMetadata, embedViewport, EmbedShell } from '../_components/pages/embed-page';
import '../globals.css';
import './embed.css';

export const metadata = embedLayoutMetadata('en');
export const viewport = embedViewport;

export default function EmbedLayout({ children }: { children: ReactNode }) {
  return <EmbedShell lang="en">{children}</EmbedShell>;
}
