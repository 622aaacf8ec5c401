'use client';

import { use, type ReactNode } from 'react';
import { formatRoutes } from '@/app/_lib/content/connections';
import type { Route } from '@/app/_lib/content/story-types';
import { StepLink } from './step-link';
import { StoryContext } from './story-provider';

/** One step of a chapter; its data attributes are a public contract (tests, embedders). */
export function StepFrame({ id, places, routes = [], children }: { id: string; places: string[]; routes?: Route[]; children?: ReactNode }) {
  const story = use(StoryContext);
  const current = story?.active?.id === id;
  // A stepper shows one step at a time, once hydrated; without JavaScript every step shows.
  const hidden = story?.mode !== 'scroll' && story?.hydrated && !current;
  return (
    <section
      id={id}
      tabIndex={-1}
      className="step"
      data-step={id}
      data-places={places.join(',')}
      // Absent when the step has none, so [data-routes] selects the steps with connections.
      data-routes={routes.length ? formatRoutes(routes) : undefined}
      aria-current={current ? 'step' : undefined}
      hidden={hidden || undefined}
    >
      <div className="step-card">
        {children}
        {/* Story and chapter pages only: an embed's step belongs to its host page's address. */}
        {story?.mode === 'scroll' && <StepLink id={id} enhanced={story.hydrated} />}
      </div>
    </section>
  );
}
