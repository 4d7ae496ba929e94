/**
 * Runs a long computation in small slices between frames, so the page keeps responding (the
 * "stepped" half of compute-then-play: the timeline grows while the learner already watches).
 */

/** Options of `runInSlices`. */
export interface SliceOptions {
  /** Work per slice, ms. */
  readonly budgetMs?: number;
  /** After each slice (e.g. publish the frames computed so far). */
  readonly onSlice?: () => void;
  /** Once, when `work` reports completion. */
  readonly onDone?: () => void;
  /** Injected for tests; defaults to `setTimeout`. */
  readonly schedule?: (fn: () => void) => unknown;
}

/**
 * Calls `work(budgetMs)` repeatedly until it returns true. The first slice runs synchronously,
 * so a small job finishes before the first paint.
 * @returns a function that cancels the remaining slices
 */
export function runInSlices(work: (budgetMs: number) => boolean, opts: SliceOptions = {}): () => void {
  const budget = opts.budgetMs ?? 12;
  const schedule = opts.schedule ?? ((fn: () => void) => setTimeout(fn, 0));
  let cancelled = false;
  const slice = () => {
    if (cancelled) return;
    const done = work(budget);
    opts.onSlice?.();
    if (done) opts.onDone?.();
    else schedule(slice);
  };
  slice();
  return () => {
    cancelled = true;
  };
}
