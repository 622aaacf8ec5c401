import type { Metadata } from 'next';
import './globals.css';

export const metadata: Metadata = {
  title: 'Page not found · The Astana talks',
  robots: { index: false },
};

/** Unmatched URLs land here: the site has two root layouts (site, embed), so no shared one exists. */
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body>
        <main id="main" className="not-found">
          <h1>Page not found</h1>
          <p>There is no chapter, place or page at this address.</p>
          <p>
            {/* A plain link: this page renders outside any layout, without the client router. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- no router here to hand the link to */}
            <a href="/">Back to the story of the Astana talks</a>
          </p>
        </main>
      </body>
    </html>
  );
}
