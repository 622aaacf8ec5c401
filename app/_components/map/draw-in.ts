/**
 * When a step's connections draw in: not before its camera has arrived, over `durationMs`,
 * at once for readers who ask for less motion. A flight that cuts a draw-in short starts it
 * again when it arrives.
 */
export function drawIn(durationMs: number) {
  // The step whose connections are drawn, and when they started drawing in (null: waiting for the camera).
  let step: string | null = null;
  let start: number | null = null;
  const progress = () => (start === null ? 0 : Math.min(1, (performance.now() - start) / durationMs));
  return {
    /** The step whose connections are drawn. */
    step: () => step,
    /** Drawn share, 0 to 1. */
    progress,
    /** Whether drawing in has started (or was skipped). */
    started: () => start !== null,
    /** The active step; a new one waits for its camera, or is drawn whole when `reducedMotion()`. */
    follow(active: string, reducedMotion: () => boolean) {
      if (active === step) return;
      step = active;
      start = reducedMotion() ? -Infinity : null;
    },
    /** The camera has arrived: start drawing in, if not started yet. */
    begin() {
      if (start === null) start = performance.now();
    },
    /** The layers were hidden for a flight: a draw-in cut short starts again when it arrives. */
    interrupt() {
      if (start !== -Infinity && progress() < 1) start = null;
    },
  };
}
