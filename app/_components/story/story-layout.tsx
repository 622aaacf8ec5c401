import type { ReactNode } from 'react';
import type { Chapter } from '@/app/_lib/content/loader.server';
import type { Gazetteer } from '@/app/_lib/content/gazetteer';
import { getCountryIndex, STORY_MAP, staticMapForStep } from '@/app/_lib/map/static/static-map.server';
import { storyView } from '@/app/_lib/reading/story-view';
import type { ViewChapter } from '@/app/_lib/content/story-pages';
import { StaticMap } from '../map/static-map';
import { StoryMap } from '../map/story-map';
import { StoryProvider } from './story-provider';
import { Timeline } from './timeline';

interface StoryLayoutProps {
  /** The chapters on this page. */
  chapters: Chapter[];
  /** Every chapter of the story, for the timeline. */
  allChapters: ViewChapter[];
  gazetteer: Gazetteer;
  children: ReactNode;
}

/** Text beside a map that stays in view; the map starts as a static SVG of the first step. */
export async function StoryLayout({ chapters, allChapters, gazetteer, children }: StoryLayoutProps) {
  const countries = await getCountryIndex();
  const view = storyView(chapters, gazetteer, countries);
  const first = view.steps[0];
  return (
    <StoryProvider view={view}>
      <Timeline allChapters={allChapters} />
      <div className="story-layout">
        <div className="story-map-column">
          <StoryMap label="Map of the places in the story">
            {first && <StaticMap spec={staticMapForStep(first, { byId: gazetteer.byId, storyPlaces: view.places, countries }, STORY_MAP)} />}
          </StoryMap>
        </div>
        <div className="story-text" data-story-text="">
          {children}
        </div>
      </div>
    </StoryProvider>
  );
}
