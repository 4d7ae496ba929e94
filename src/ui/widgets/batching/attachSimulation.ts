import type { StoreApi } from 'zustand/vanilla';
import { resize, seek } from '../kit/playback.ts';
import { runInSlices } from '../kit/runInSlices.ts';
import { frameCount } from './model/frames.ts';
import { startSimulation } from './model/simulate.ts';
import type { BatchState } from './store.ts';

/** The settings that change the simulation (the hardware panel's own batch and context fields do not). */
function simKey(s: BatchState): string {
  const { batch: _b, contextTokens: _c, ...hw } = s.settings.hw;
  return JSON.stringify({ ...s.settings, hw });
}

/**
 * Keeps the store's simulation in step with its settings: every settings change starts a new
 * simulation, computed in slices; the timeline grows as steps arrive, and a frame asked for by
 * the URL is shown as soon as it exists.
 * @returns detach (cancels any computation in progress)
 */
export function attachSimulation(api: StoreApi<BatchState>): () => void {
  let cancel: () => void = () => {};
  const start = () => {
    cancel();
    const job = startSimulation(api.getState().settings);
    api.setState((s) => ({ sim: job.sim, simVersion: s.simVersion + 1, computing: true }));
    const publish = (done: boolean) => {
      const s = api.getState();
      const count = frameCount(job.sim);
      let playback = resize(s.playback, count);
      let target = s.targetFrame;
      if (target !== null && (target < count || done)) {
        playback = seek(playback, target);
        target = null;
      }
      api.setState({ playback, targetFrame: target, simVersion: s.simVersion + 1, computing: !done });
    };
    let finished = false;
    cancel = runInSlices((ms) => (finished = job.advance(ms)), { onSlice: () => publish(finished) });
  };
  start();
  const unsub = api.subscribe((s, prev) => {
    if (s.settings !== prev.settings && simKey(s) !== simKey(prev)) start();
  });
  return () => {
    unsub();
    cancel();
  };
}
