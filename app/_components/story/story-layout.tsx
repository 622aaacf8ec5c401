import type { ReactNode } from 'react';
import type { Lang } from '@/app/_lib/edition/edition';
import { stringsFor } from '@/app/_lib/edition/strings';
import type { FirstViewPage } from '@/app/_lib/publishing/first-view.server';
import { pageMap } from '@/app/_lib/publishing/edition-map.server';
import type { ViewChapter } from '@/app/_lib/content/story-pages';
import { StaticView } from '../map/static-view';
import { StoryMap } from '../map/story-map';
import { StoryProvider } from './story-provider';
import { Timeline } from './timeline';

interface StoryLayoutProps {
  lang: Lang;
  /** Every chapter of the story, for the timeline. */
  allChapters: ViewChapter[];
  /** Which page this is, for its map and first view. */
  page: FirstViewPage;
  children: ReactNode;
}

/** Text beside a map that stays in view; the map starts as a static SVG of the first step. */
export async function StoryLayout({ lang, allChapters, page, children }: StoryLayoutProps) {
  const { view, views } = await pageMap(lang, page);
  return (
    <StoryProvider view={view}>
      <Timeline allChapters={allChapters} />
      <div className="story-layout">
        <div className="story-map-column">
          <StoryMap label={stringsFor(lang).storyMap}>{views && <StaticView views={views} linkPlaces lang={lang} />}</StoryMap>
        </div>
        <div className="story-text" data-story-text="">
          {children}
        </div>
      </div>
    </StoryProvider>
  );
}
