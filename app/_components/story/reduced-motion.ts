/** Readers who ask for less motion get cuts, not flights or smooth scrolls. */
export function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}
