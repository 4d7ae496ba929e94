import type { StoreApi } from 'zustand/vanilla';
import { runInSlices } from '../kit/runInSlices.ts';
import { resize, seek } from '../kit/playback.ts';
import { startSimulation } from './model/simulate.ts';
import type { KvState } from './store.ts';

/**
 * Keeps the store's simulation in step with its settings: every settings change starts a new
 * simulation, computed in slices; the timeline grows as frames arrive, and a frame asked for
 * by the URL is shown as soon as it exists.
 * @returns detach (cancels any computation in progress)
 */
export function attachSimulation(api: StoreApi<KvState>): () => void {
  let cancel: () => void = () => {};
  const start = () => {
    cancel();
    const job = startSimulation(api.getState().settings);
    // Keep the moment on screen: the new run is recomputed from the start, and the timeline
    // returns to this frame as soon as it exists (rather than clamping to the first slice).
    api.setState((s) => ({
      sim: job.sim,
      simVersion: s.simVersion + 1,
      computing: true,
      targetFrame: s.targetFrame ?? (s.playback.frame > 0 ? s.playback.frame : null),
    }));
    const publish = (done: boolean) => {
      const s = api.getState();
      const count = job.sim.paged?.frames.length ?? 1;
      let playback = resize(s.playback, count);
      let target = s.targetFrame;
      if (target !== null && (target < count || done)) {
        playback = seek(playback, target);
        target = null;
      }
      api.setState({ playback, targetFrame: target, simVersion: s.simVersion + 1, computing: !done });
    };
    const isDone = () => job.sim.error !== null || ((job.sim.paged?.done ?? true) && (job.sim.contiguous?.done ?? true));
    cancel = runInSlices((ms) => job.advance(ms), { onSlice: () => publish(isDone()) });
  };
  start();
  const unsub = api.subscribe((s, prev) => {
    if (s.settings !== prev.settings) start();
  });
  return () => {
    unsub();
    cancel();
  };
}
