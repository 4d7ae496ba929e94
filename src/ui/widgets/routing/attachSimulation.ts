import type { StoreApi } from 'zustand/vanilla';
import { startClusterTimeline, type TimelineJob } from '../../../sim/cluster/index.ts';
import { resize, seek } from '../kit/playback.ts';
import { runInSlices } from '../kit/runInSlices.ts';
import { configOf, workloadOf } from './buildRun.ts';
import { FRAME_US } from './settings.ts';
import type { RoutingState } from './store.ts';

/**
 * Keeps the store's two timelines in step with its settings: every settings change starts both
 * runs again (same workload, same seed), computed in alternating slices; the timeline grows as
 * frames arrive, and a frame asked for by the URL is shown as soon as it exists.
 * @returns detach (cancels any computation in progress)
 */
export function attachSimulation(api: StoreApi<RoutingState>): () => void {
  let cancel: () => void = () => {};
  const start = () => {
    cancel();
    const s = api.getState().settings;
    let jobs: TimelineJob[];
    try {
      const wl = workloadOf(s);
      jobs = [startClusterTimeline(configOf(s, 'a'), wl, FRAME_US), startClusterTimeline(configOf(s, 'b'), wl, FRAME_US)];
    } catch (e) {
      api.setState((st) => ({ runs: { a: null, b: null, error: e instanceof Error ? e.message : String(e) }, simVersion: st.simVersion + 1, computing: false }));
      return;
    }
    const [a, b] = jobs as [TimelineJob, TimelineJob];
    api.setState((st) => ({ runs: { a: a.timeline, b: b.timeline, error: null }, simVersion: st.simVersion + 1, computing: true }));
    const publish = (done: boolean) => {
      const st = api.getState();
      const count = Math.max(a.timeline.frames.length, b.timeline.frames.length, 1);
      let playback = resize(st.playback, count);
      let target = st.targetFrame;
      if (target !== null && (target < count || done)) {
        playback = seek(playback, target);
        target = null;
      }
      api.setState({ playback, targetFrame: target, simVersion: st.simVersion + 1, computing: !done });
    };
    cancel = runInSlices(
      (ms) => {
        try {
          // Alternate so both sides grow together; a finished side costs nothing.
          const doneA = a.advance(ms / 2);
          const doneB = b.advance(ms / 2);
          return doneA && doneB;
        } catch (e) {
          a.timeline.done = true;
          b.timeline.done = true;
          api.setState((st) => ({ runs: { ...st.runs, error: e instanceof Error ? e.message : String(e) } }));
          return true;
        }
      },
      { onSlice: () => publish(a.timeline.done && b.timeline.done) },
    );
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
