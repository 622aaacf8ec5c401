import type { ReactNode } from 'react';
import { toRoutes } from '@/app/_lib/content/connections';
import type { StepProps } from '@/app/_lib/content/schema';
import { StepFrame } from '../story/step-frame';
import { ContextNote } from './context-note';

/** The one map of components chapters may use; the loader rejects any other. */
export const mdxComponents = {
  Step({ id, place, places, routes, children }: StepProps & { children?: ReactNode }) {
    return (
      <StepFrame id={id} places={places ?? (place ? [place] : [])} routes={toRoutes(routes)}>
        {children}
      </StepFrame>
    );
  },
  Context: ContextNote,
};
