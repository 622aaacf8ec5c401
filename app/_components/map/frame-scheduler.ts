/**
 * One animation-frame callback at a time: a request for `full` supersedes any other work
 * pending for the next frame, another request does not replace `full`.
 */
export function frameScheduler(full: () => void) {
  let frame = 0;
  let pending: (() => void) | null = null;
  const run = () => {
    frame = 0;
    const next = pending;
    pending = null;
    next?.();
  };
  return {
    schedule(what: () => void = full) {
      if (pending !== full) pending = what;
      if (!frame) frame = requestAnimationFrame(run);
    },
    cancel() {
      cancelAnimationFrame(frame);
    },
  };
}
