import { MEDIA_QUERIES } from '@/app/_lib/layout/breakpoints';
import type { ReadingFrame, Span } from '@/app/_lib/reading/reading-position';
import { TRIGGER_LINE, TRIGGER_LINE_BELOW_MAP } from '@/app/_lib/reading/step-trigger';

/*
 * The viewport as a reader of the text sees it, measured from the page: where the sticky
 * chrome ends, where the trigger line is, where a box will be once a scroll lands. The
 * arithmetic on these boxes is reading-position.ts's.
 */

/** Where the trigger line sits, as a fraction of the viewport height: lower where the map takes the top of the screen. */
export function triggerLine(): number {
  return window.matchMedia(MEDIA_QUERIES.narrow).matches ? TRIGGER_LINE_BELOW_MAP : TRIGGER_LINE;
}

/**
 * The reading frame once the sticky chrome has stuck: the chrome is what is sticky and
 * spans the text column (the timeline; on phones the map as well, beside the text otherwise).
 */
export function readingFrame(): ReadingFrame {
  const text = document.querySelector('[data-story-text]')?.getBoundingClientRect();
  let chromeBottom = 0;
  for (const element of document.querySelectorAll<HTMLElement>('.timeline, .story-map-column')) {
    const box = element.getBoundingClientRect();
    if (text && (box.right <= text.left || box.left >= text.right)) continue;
    chromeBottom = Math.max(chromeBottom, (parseFloat(getComputedStyle(element).top) || 0) + box.height);
  }
  return { height: window.innerHeight, chromeBottom, trigger: window.innerHeight * triggerLine() };
}

/** An element's box as it will be once the scroll in flight (`pending` px more) lands. */
export function spanAfter(element: Element, pending: number): Span {
  const box = element.getBoundingClientRect();
  return { top: box.top - pending, bottom: box.bottom - pending };
}
