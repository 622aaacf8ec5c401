import type { ReactNode } from 'react';

/** One step of a chapter; its data attributes are a public contract (tests, embedders). */
export function StepFrame({ id, places, children }: { id: string; places: string[]; children?: ReactNode }) {
  return (
    <section id={id} className="step" data-step={id} data-places={places.join(',')}>
      <div className="step-card">{children}</div>
    </section>
  );
}
