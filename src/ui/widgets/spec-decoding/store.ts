/**
 * The speculative-decoding widget's per-instance store: the settings, playback, and the model's
 * result (the step-by-step run and the sweeps). The kit reruns the model (in a worker) whenever
 * the settings change; actions only ever write to this store.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { ModelBinding } from '../kit/attachModel.ts';
import { createWidgetContext, createWidgetStore } from '../kit/createWidgetContext.tsx';
import { applyPlayedUrlState, playedUrlStateOf, updatePlayedSettings } from '../kit/playedSettings.ts';
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
  const { frame, speed, ...settings } = initial;
  return createWidgetStore<SpecState>(() => ({ settings, defaults, sim: EMPTY_SPEC_SIM, ...initialSimulationState(frame, speed) }));
}

/** The URL-facing state of a store (the frame is the one on screen). */
export const urlStateOf = (s: SpecState): SpecUrlState => playedUrlStateOf(s);

/** Replaces some settings (the kit restarts the simulation and keeps the moment on screen). */
export const updateSettings = (api: StoreApi<SpecState>, patch: Partial<SpecSettings>): void => updatePlayedSettings(api, patch);

/** Applies a state that arrived through the URL (back/forward, a pasted link) to a live store. */
export const applyUrlState = (api: StoreApi<SpecState>, v: SpecUrlState): void => applyPlayedUrlState(api, v);

/** The model behind the widget and where its result goes. */
export const SPEC_SIMULATION: ModelBinding<SpecState, SpecSettings, SpecSim> = {
  model: specDecodingModel,
  settingsOf: (s) => s.settings,
  // The job fills its result in place (on the main thread): fresh objects per snapshot let selectors see the change.
  install: (sim) => ({ sim: { ...sim, frames: [...sim.frames], sweeps: { k: [...sim.sweeps.k], acc: [...sim.sweeps.acc], bs: [...sim.sweeps.bs] } } }),
  frameCount: (sim) => Math.max(1, sim.frames.length),
};
