/**
 * The speculative-decoding widget's per-instance store: the settings, playback, and the model's
 * result (the step-by-step run and the sweeps). The kit reruns the model (in a worker) whenever
 * the settings change; actions only ever write to this store.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { ModelBinding } from '../kit/attachModel.ts';
import { createWidgetContext, createWidgetStore } from '../kit/createWidgetContext.tsx';
import { changeSpeed, pause, seek } from '../kit/playback.ts';
import { initialSimulationState, type SimulationState } from '../kit/simulationState.ts';
import { EMPTY_SPEC_SIM, specDecodingModel, type SpecSim } from '../../../widget-models/spec-decoding/model.ts';
import type { SpecSettings, SpecUrlState } from '../../../widget-models/spec-decoding/settings.ts';

export interface SpecState extends SimulationState {
  readonly settings: SpecSettings;
  /** The instance's starting point (its preset); "Reset" returns here. */
  readonly defaults: SpecUrlState;
  readonly sim: SpecSim;
}

export const Spec = createWidgetContext<SpecState>('Speculative decoding widget');

/**
 * Creates one widget instance's store.
 * @param initial the state from the URL (or the preset)
 * @param defaults the preset, for reset and for keeping the URL short
 */
export function createSpecStore(initial: SpecUrlState, defaults: SpecUrlState): StoreApi<SpecState> {
  const { f, sp, ...settings } = initial;
  return createWidgetStore<SpecState>(() => ({ settings, defaults, sim: EMPTY_SPEC_SIM, ...initialSimulationState(f, sp) }));
}

/** The URL-facing state of a store (the frame is the one on screen). */
export function urlStateOf(s: SpecState): SpecUrlState {
  return { ...s.settings, f: s.targetFrame ?? s.playback.frame, sp: s.playback.speed };
}

/** Replaces some settings (the kit restarts the simulation and keeps the moment on screen). */
export function updateSettings(api: StoreApi<SpecState>, patch: Partial<SpecSettings>): void {
  api.setState((s) => ({ settings: { ...s.settings, ...patch } }));
}

/** Applies a state that arrived through the URL (back/forward, a pasted link) to a live store. */
export function applyUrlState(api: StoreApi<SpecState>, v: SpecUrlState): void {
  const { f, sp, ...settings } = v;
  const s = api.getState();
  const same = JSON.stringify(settings) === JSON.stringify(s.settings);
  let playback = pause(seek(s.playback, f));
  while (playback.speed !== sp && changeSpeed(playback, sp > playback.speed ? 1 : -1).speed !== playback.speed) {
    playback = changeSpeed(playback, sp > playback.speed ? 1 : -1);
  }
  api.setState({ ...(same ? {} : { settings, targetFrame: f }), playback });
}

/** The model behind the widget and where its result goes. */
export const SPEC_SIMULATION: ModelBinding<SpecState, SpecSettings, SpecSim> = {
  model: specDecodingModel,
  settingsOf: (s) => s.settings,
  // The job fills its result in place (on the main thread): fresh objects per snapshot let selectors see the change.
  install: (sim) => ({ sim: { ...sim, frames: [...sim.frames], sweeps: { k: [...sim.sweeps.k], acc: [...sim.sweeps.acc], bs: [...sim.sweeps.bs] } } }),
  frameCount: (sim) => Math.max(1, sim.frames.length),
};
