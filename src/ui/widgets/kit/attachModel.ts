/**
 * Keeps a widget's store in step with its model: every change of the settings that matter
 * starts a new run (the stale one is cancelled), snapshots land in the store as they arrive (the
 * first run's only when it is complete), the timeline grows with them, and a frame asked for by
 * the URL is shown once it exists.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { WidgetModel } from '../../../widget-models/model.ts';
import type { ModelRunner } from './modelRunner.ts';
import { resize, seek } from './playback.ts';
import type { SimulationState } from './simulationState.ts';

/** How a widget's store and its model meet. */
export interface ModelBinding<S extends SimulationState, Settings, Sim, Input = Settings> {
  readonly model: WidgetModel<Input, Sim>;
  /** The settings a run is made from. */
  readonly settingsOf: (state: S) => Settings;
  /** What the model takes, made from the settings (default: the settings as they are). */
  readonly inputOf?: (settings: Settings) => Input;
  /** Settings that give the same result map to the same key (default: the settings as JSON). */
  readonly keyOf?: (settings: Settings) => string;
  /** Where a result goes in the store. */
  readonly install: (sim: Sim) => Partial<S>;
  /** Frames in a result so far. */
  readonly frameCount: (sim: Sim) => number;
}

/** @returns detach (cancels the run in progress) */
export function attachModel<S extends SimulationState, Settings, Sim, Input = Settings>(api: StoreApi<S>, binding: ModelBinding<S, Settings, Sim, Input>, runner: ModelRunner): () => void {
  const keyOf = binding.keyOf ?? ((s: Settings) => JSON.stringify(s));
  let cancel: () => void = () => {};
  let key = '';
  // The widget stays hidden until its first run is complete (useWidgetHost), so drawing that
  // run's partial snapshots would be main-thread work nobody sees: install only its last one.
  let shownOnce = false;
  // The result on screen, for settling the timeline when the settings change but not the run.
  let last: { sim: Sim } | null = null;
  /** The timeline for a result of `sim`'s length, with a frame asked for (by the URL, by Reset) shown once it exists. */
  const place = (sim: Sim, done: boolean): Pick<SimulationState, 'playback' | 'targetFrame'> => {
    const s = api.getState();
    let playback = resize(s.playback, Math.max(1, binding.frameCount(sim)));
    let target = s.targetFrame;
    if (target !== null && (target < playback.frameCount || done)) {
      playback = seek(playback, target);
      target = null;
    }
    return { playback, targetFrame: target };
  };
  const start = () => {
    cancel();
    const settings = binding.settingsOf(api.getState());
    key = keyOf(settings);
    // Keep the moment on screen: the new run starts from scratch, and the timeline returns to
    // this frame once it exists (rather than clamping to the first snapshot).
    api.setState((s) => ({ computing: true, targetFrame: s.targetFrame ?? (s.playback.frame > 0 ? s.playback.frame : null) }) as Partial<S>);
    cancel = runner.run(binding.model, binding.inputOf ? binding.inputOf(settings) : (settings as unknown as Input), (sim, done) => {
      if (!done && !shownOnce) return;
      shownOnce = true;
      last = { sim };
      api.setState({ ...binding.install(sim), ...place(sim, done), simVersion: api.getState().simVersion + 1, computing: !done } as Partial<S>);
    });
  };
  start();
  const unsub = api.subscribe((s, prev) => {
    if (binding.settingsOf(s) === binding.settingsOf(prev)) return;
    if (keyOf(binding.settingsOf(s)) !== key) {
      start();
      return;
    }
    // Same run (a view setting changed, or Reset returned to the settings on screen): no snapshot
    // will come to size the timeline or show the frame asked for, so do it now.
    if (last === null || s.computing) return;
    const settled = place(last.sim, true);
    if (settled.playback.frameCount !== s.playback.frameCount || settled.playback.frame !== s.playback.frame || settled.targetFrame !== s.targetFrame) api.setState(settled as Partial<S>);
  });
  return () => {
    unsub();
    cancel();
  };
}
