/*
 * Which step is active: the one crossing the trigger line. The story's scrolling
 * (app/_components/story/use-step-observer.ts) and the publisher's loader in scroll mode
 * (app/_embed-loader/loader.ts) both decide it here. Between steps nothing crosses the line, and
 * the caller keeps the last active step.
 */

/** Where the trigger line sits, as a fraction of the viewport's height from the top. */
export const TRIGGER_LINE = 0.5;
/** Where the map takes the top of the screen (phones), the line sits in the middle of the text below it. */
export const TRIGGER_LINE_BELOW_MAP = 0.74;

/**
 * An IntersectionObserver `rootMargin` that shrinks the viewport to the trigger line, so an
 * element intersects exactly while it crosses the line.
 *
 * @example triggerMargin(0.74) // '-74% 0px -26% 0px'
 */
export function triggerMargin(line: number): string {
  const percent = Math.round(Math.min(1, Math.max(0, line)) * 100);
  return `-${percent}% 0px -${100 - percent}% 0px`;
}

/**
 * Of one batch of IntersectionObserver entries, the target that now crosses the line: the
 * last one intersecting (a fast scroll reports several steps in one batch, in document
 * order). `undefined` when the batch only reports steps leaving the line.
 */
export function crossingTarget<T>(entries: readonly { isIntersecting: boolean; target: T }[]): T | undefined {
  return entries.filter((entry) => entry.isIntersecting).at(-1)?.target;
}

/**
 * The first step whose box contains the line (edges included), from boxes measured now.
 *
 * @example stepAtLine([{ id: 'a', top: 0, bottom: 300 }, { id: 'b', top: 300, bottom: 700 }], 400) // 'b'
 */
export function stepAtLine(steps: Iterable<{ id: string | undefined; top: number; bottom: number }>, line: number): string | undefined {
  for (const step of steps) if (step.id && step.top <= line && step.bottom >= line) return step.id;
  return undefined;
}
