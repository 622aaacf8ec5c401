import type { ReactNode } from 'react';
import type { Chapter } from '@/app/_lib/content/loader.server';
import type { Gazetteer } from '@/app/_lib/content/gazetteer';
import { getCountryIndex } from '@/app/_lib/map/static/static-map.server';
import { getStory } from '@/app/_lib/content/story.server';
import { measureText } from '@/app/_lib/map/text/metrics.server';
import { firstViews, type FirstViewPage } from '@/app/_lib/publishing/first-view.server';
import { storyView } from '@/app/_lib/reading/story-view';
import type { ViewChapter } from '@/app/_lib/content/story-pages';
import { StaticView } from '../map/static-view';
import { StoryMap } from '../map/story-map';
import { StoryProvider } from './story-provider';
import { Timeline } from './timeline';

interface StoryLayoutProps {
  /** The chapters on this page. */
  chapters: Chapter[];
  /** Every chapter of the story, for the timeline. */
  allChapters: ViewChapter[];
  gazetteer: Gazetteer;
  /** Which page this is, for its first view. */
  page: FirstViewPage;
  children: ReactNode;
}

/** Text beside a map that stays in view; the map starts as a static SVG of the first step. */
export async function StoryLayout({ chapters, allChapters, gazetteer, page, children }: StoryLayoutProps) {
  const countries = await getCountryIndex();
  const view = storyView(chapters, gazetteer, countries, measureText, (await getStory()).areas.byId);
  const views = await firstViews(page);
  return (
    <StoryProvider view={view}>
      <Timeline allChapters={allChapters} />
      <div className="story-layout">
        <div className="story-map-column">
          <StoryMap label="Map of the places in the story">
            {views && <StaticView views={views} linkPlaces />}
          </StoryMap>
        </div>
        <div className="story-text" data-story-text="">
          {children}
        </div>
      </div>
    </StoryProvider>
  );
}
