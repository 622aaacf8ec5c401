import { editionPath, type Lang } from '../edition/edition';
import { MEDIA_QUERIES } from '../layout/breakpoints';
import { storyView, type StoryView } from '../reading/story-view';
import { getMapEdition } from '../map/edition/map-edition.server';
import { cameraAtMiddle, formatDrawnCamera } from '../map/static/handoff';
import type { StaticLayout } from '../map/static/layout';
import { EMBED_VIEWS, staticMapForStep, STORY_VIEWS, type StaticMapSize, type StaticMapSpec } from '../map/static/spec';
import { layoutOf, renderStaticMap } from '../map/static/static-map.server';

/*
 * The first views: what a page shows of its map before MapLibre starts, one drawing per box
 * the page's CSS gives the map at a reader's size (STORY_VIEWS, EMBED_VIEWS), each an SVG file
 * of its own (`/maps/view/<page>-<box>.svg`, the Arabic edition's under /ar): cached on its own, and not carried in the page's
 * HTML, let alone twice (the HTML and React's payload). The page picks the drawing for the
 * reader's screen with a media query and lays the markers over it (static-view.tsx).
 */

export type FirstViewPage = { kind: 'story' } | { kind: 'chapter'; slug: string } | { kind: 'embed'; slug: string };

export interface FirstView {
  size: StaticMapSize;
  spec: StaticMapSpec;
  layout: StaticLayout;
  /** The file's path, e.g. `/maps/view/story-laptop.svg`, `/ar/maps/view/story-laptop.svg`. */
  file: string;
  /** The media query under which this drawing shows; the last one of a page has none. */
  media: string | null;
  /** The camera at the middle of the box, unpadded, `lng,lat,zoom`: where the live map takes over. */
  camera: string;
}

const pageName = (page: FirstViewPage) => (page.kind === 'story' ? 'story' : `${page.kind}-${page.slug}`);

/** The view of a page's chapters in an edition: what its live map is driven by, and its first views start from. */
export async function pageView(page: FirstViewPage, lang: Lang): Promise<StoryView> {
  const map = await getMapEdition(lang);
  const chapters = page.kind === 'story' ? map.chapters : map.chapters.filter((chapter) => chapter.slug === page.slug);
  return storyView(chapters, map.gazetteer, map.countries, map.widthOf, map.areas, map.words);
}

/** A page's first views, smallest media first, or null for a page that has none; `view` when the caller has it already. */
export async function firstViews(page: FirstViewPage, lang: Lang = 'en', view?: StoryView): Promise<FirstView[] | null> {
  const { steps, places } = view ?? (await pageView(page, lang));
  const step = steps[0];
  if (!step) return null;
  const { gazetteer, areas, countries } = await getMapEdition(lang);
  const sizes = page.kind === 'embed' ? EMBED_VIEWS : STORY_VIEWS;
  // The second size of each list is the narrow one: a phone's map, an embed 480 px wide or narrower.
  const narrow = page.kind === 'embed' ? MEDIA_QUERIES.smallEmbed : MEDIA_QUERIES.narrow;
  return Promise.all(
    [sizes[1]!, sizes[0]!].map(async (size, index): Promise<FirstView> => {
      // The key as the page states it (the view's), which the page draws over the map.
      const story = { byId: gazetteer.byId, storyPlaces: places, countries, areas, lang };
      const spec = { ...staticMapForStep(step, story, size), keyLines: step.key };
      const layout = await layoutOf(spec);
      const file = editionPath(lang, `/maps/view/${pageName(page)}-${size.name}.svg`);
      return { size, spec, layout, file, media: index === 0 ? narrow : null, camera: boxCamera(layout, size) };
    }),
  );
}

/** The camera at the middle of a box, without padding: where MapLibre takes over. */
const boxCamera = (layout: StaticLayout, size: StaticMapSize) => formatDrawnCamera(cameraAtMiddle(layout.camera, size.width, size.height));

/** Every first view's file name, for the route that writes them. */
export async function firstViewFiles(lang: Lang = 'en'): Promise<string[]> {
  const slugs = (await getMapEdition(lang)).chapters.map((chapter) => chapter.slug);
  const pages: FirstViewPage[] = [{ kind: 'story' }, ...slugs.flatMap((slug): FirstViewPage[] => [{ kind: 'chapter', slug }, { kind: 'embed', slug }])];
  const files = await Promise.all(pages.map(async (page) => ((await firstViews(page, lang)) ?? []).map((view) => view.file.split('/').at(-1)!)));
  return files.flat();
}

/** The SVG of a first view's file, or null when no page has that file. */
export async function firstViewSvg(file: string, lang: Lang = 'en'): Promise<string | null> {
  const match = /^(story|chapter-([a-z0-9-]+)|embed-([a-z0-9-]+))-([a-z]+)\.svg$/.exec(file);
  if (!match) return null;
  const page: FirstViewPage = match[1] === 'story' ? { kind: 'story' } : match[2] ? { kind: 'chapter', slug: match[2] } : { kind: 'embed', slug: match[3]! };
  const view = (await firstViews(page, lang))?.find((candidate) => candidate.size.name === match[4]);
  return view ? renderStaticMap(view.spec) : null;
}
