/**
 * The worker side of the simulation runner, as a plain object so it can be tested without a
 * worker: runs a registered model in slices, publishes snapshots of its growing result, and
 * drops a run when asked (a setting changed mid-run).
 */
import type { WidgetModel } from '../../../widget-models/model.ts';
import { runInSlices } from './runInSlices.ts';

/** Receives a snapshot of the result so far; `done` on the last one. */
export type SnapshotSink = (sim: unknown, done: boolean) => void;

export interface ModelServer {
  /** Starts run `runId` of model `modelId`. Unknown ids throw (the caller shows the message). */
  start(runId: number, modelId: string, settings: unknown, onSnapshot: SnapshotSink): void;
  cancel(runId: number): void;
}

/** Work per slice in the worker: long enough to be efficient, short enough to cancel quickly. */
const SLICE_MS = 25;
/** First snapshot after this much work; each later one waits four times as long, so all the copies together cost about a third more than the final one. */
const FIRST_SNAPSHOT_MS = 40;

export function createModelServer(
  models: Readonly<Record<string, WidgetModel<never, unknown>>>,
  schedule?: (fn: () => void) => unknown,
): ModelServer {
  const runs = new Map<number, () => void>();
  return {
    start(runId, modelId, settings, onSnapshot) {
      const model = models[modelId];
      if (!model) throw new Error(`No widget model is registered as “${modelId}”.`);
      const job = model.start(settings as never);
      let worked = 0;
      let nextAt = FIRST_SNAPSHOT_MS;
      let done = false;
      const cancel = runInSlices(
        (ms) => {
          const t0 = performance.now();
          done = job.advance(ms);
          worked += performance.now() - t0;
          return done;
        },
        {
          budgetMs: SLICE_MS,
          ...(schedule ? { schedule } : {}),
          onSlice: () => {
            if (!done && worked < nextAt) return;
            nextAt = worked * 4;
            if (done) runs.delete(runId);
            onSnapshot(job.sim, done);
          },
        },
      );
      if (!done) runs.set(runId, cancel);
    },
    cancel(runId) {
      runs.get(runId)?.();
      runs.delete(runId);
    },
  };
}
