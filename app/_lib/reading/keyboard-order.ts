/*
 * Where the arrow keys and J/K go: one step on, or back, never past the story's ends.
 */

/** The step index after a keyboard move, kept within the story. */
export function stepAfter(current: number, direction: 1 | -1, total: number): number {
  if (total === 0) return -1;
  if (current < 0) return direction === 1 ? 0 : total - 1;
  return Math.min(total - 1, Math.max(0, current + direction));
}
