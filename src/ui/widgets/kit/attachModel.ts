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
export interface ModelBinding<S extends SimulationState, Settings, Sim> {
  readonly model: WidgetModel<Settings, Sim>;
  /** The settings the model runs on. */
  readonly settingsOf: (state: S) => Settings;
  /** Settings that give the same result map to the same key (default: the settings as JSON). */
  readonly keyOf?: (settings: Settings) => string;
  /** Where a result goes in the store. */
  readonly install: (sim: Sim) => Partial<S>;
  /** Frames in a result so far. */
  readonly frameCount: (sim: Sim) => number;
}

/** @returns detach (cancels the run in progress) */
export function attachModel<S extends SimulationState, Settings, Sim>(api: StoreApi<S>, binding: ModelBinding<S, Settings, Sim>, runner: ModelRunner): () => void {
  const keyOf = binding.keyOf ?? ((s: Settings) => JSON.stringify(s));
  let cancel: () => void = () => {};
  let key = '';
  // The widget stays hidden until its first run is complete (useWidgetHost), so drawing that
  // run's partial snapshots would be main-thread work nobody sees: install only its last one.
  let shownOnce = false;
  const start = () => {
    cancel();
    const settings = binding.settingsOf(api.getState());
    key = keyOf(settings);
    // Keep the moment on screen: the new run starts from scratch, and the timeline returns to
    // this frame once it exists (rather than clamping to the first snapshot).
    api.setState((s) => ({ computing: true, targetFrame: s.targetFrame ?? (s.playback.frame > 0 ? s.playback.frame : null) }) as Partial<S>);
    cancel = runner.run(binding.model, settings, (sim, done) => {
      if (!done && !shownOnce) return;
      shownOnce = true;
      const s = api.getState();
      const count = Math.max(1, binding.frameCount(sim));
      let playback = resize(s.playback, count);
      let target = s.targetFrame;
      if (target !== null && (target < count || done)) {
        playback = seek(playback, target);
        target = null;
      }
      api.setState({ ...binding.install(sim), playback, targetFrame: target, simVersion: s.simVersion + 1, computing: !done } as Partial<S>);
    });
  };
  start();
  const unsub = api.subscribe((s, prev) => {
    if (binding.settingsOf(s) !== binding.settingsOf(prev) && keyOf(binding.settingsOf(s)) !== key) start();
  });
  return () => {
    unsub();
    cancel();
  };
}
