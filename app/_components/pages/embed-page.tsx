import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { EDITIONS, editionPath, type Lang } from '@/app/_lib/edition/edition';
import { stringsFor } from '@/app/_lib/edition/strings';
import { absoluteUrl, publicOrigin } from '@/app/_lib/publishing/page-metadata';
import { pageMap } from '@/app/_lib/publishing/edition-map.server';
import { getChapterPage, getChapterSlugs } from '@/app/_lib/content/story.server';
import { EditionProvider } from '../edition/edition-context';
import { EmbedApp } from '../embed/embed-app';
import { MapFontFaces } from '../map/map-font-faces';
import { StaticView } from '../map/static-view';
import { MdxContent } from '../mdx/mdx-content';
import { mdxComponentsFor } from '../mdx/mdx-components';

/*
 * The embeddable chapter in every edition: the (embed) and (embed-ar) root layouts render
 * EmbedShell with their language, and `/embed/<slug>` and `/ar/embed/<slug>` render EmbedPageView.
 */

export function embedLayoutMetadata(lang: Lang): Metadata {
  const name = stringsFor(lang).siteName;
  return { metadataBase: new URL(publicOrigin()), title: { default: name, template: `%s · ${name} (embed)` }, robots: { index: false } };
}

export const embedViewport: Viewport = { width: 'device-width', initialScale: 1 };

/** A second root layout: no site chrome, its own scroll, links open in the top window. */
export function EmbedShell({ lang, children }: { lang: Lang; children: ReactNode }) {
  return (
    <html lang={lang} dir={EDITIONS[lang].dir} className="embed">
      <head>
        <base target="_top" />
        <MapFontFaces />
      </head>
      <body>
        <EditionProvider lang={lang}>{children}</EditionProvider>
      </body>
    </html>
  );
}

export async function embedParams(lang: Lang) {
  return (await getChapterSlugs(lang)).map((slug) => ({ slug }));
}

export async function embedMetadata(lang: Lang, slug: string): Promise<Metadata> {
  const chapter = (await getChapterPage(slug, lang))?.chapter;
  // No card and no index (the layout): the chapter's page in the same edition is the one to share and find.
  return chapter ? { title: chapter.title, description: chapter.dek, alternates: { canonical: absoluteUrl(editionPath(lang, `/chapters/${slug}`)) } } : {};
}

export async function EmbedPageView({ lang, slug }: { lang: Lang; slug: string }) {
  const page = await getChapterPage(slug, lang);
  if (!page) notFound();
  const { chapter } = page;
  const { view, views } = await pageMap(lang, { kind: 'embed', slug: chapter.slug });
  return (
    <main>
      <EmbedApp
        view={view}
        title={chapter.title}
        chapterUrl={editionPath(lang, `/chapters/${chapter.slug}`)}
        steps={<MdxContent code={chapter.code} components={mdxComponentsFor(lang)} />}
        staticMap={views && <StaticView views={views} linkPlaces={false} />}
      />
    </main>
  );
}
