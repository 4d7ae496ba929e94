/**
 * One requestAnimationFrame loop per widget. Tasks say whether they want another frame; when
 * none does, the loop stops scheduling itself, so an idle widget costs nothing.
 */

/** Called once per frame with the frame time and the ms since the previous frame (0 on wake). */
export type FrameTask = (now: number, dtMs: number) => boolean;

/** A widget's frame loop. */
export interface FrameLoop {
  /** Registers a task; returns the function that removes it. Wakes the loop. */
  add(task: FrameTask): () => void;
  /** Schedules a frame if none is pending (call after state changes that need drawing). */
  wake(): void;
  /** True while a frame is scheduled. */
  readonly running: boolean;
  /** Cancels any pending frame and drops every task. */
  dispose(): void;
}

/**
 * Creates a frame loop.
 * @param raf injected for tests; defaults to `requestAnimationFrame`
 */
export function createFrameLoop(
  raf: (cb: FrameRequestCallback) => number = (cb) => requestAnimationFrame(cb),
  caf: (id: number) => void = (id) => cancelAnimationFrame(id),
): FrameLoop {
  const tasks = new Set<FrameTask>();
  let pending = -1;
  let last = -1;

  const frame = (now: number) => {
    pending = -1;
    const dt = last < 0 ? 0 : Math.min(250, now - last); // a background tab must not jump the timeline
    last = now;
    let again = false;
    for (const t of [...tasks]) if (t(now, dt)) again = true;
    // A task may have woken the loop already (a state change it caused): one frame at a time.
    if (again && pending < 0) pending = raf(frame);
    else if (!again && pending < 0) last = -1;
  };

  const wake = () => {
    if (pending < 0 && tasks.size > 0) pending = raf(frame);
  };

  return {
    add(task) {
      tasks.add(task);
      wake();
      return () => {
        tasks.delete(task);
      };
    },
    wake,
    get running() {
      return pending >= 0;
    },
    dispose() {
      if (pending >= 0) caf(pending);
      pending = -1;
      last = -1;
      tasks.clear();
    },
  };
}
