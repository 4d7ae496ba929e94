/**
 * The LoRA widget's per-instance store: the settings, playback and the run's frames. The kit
 * reruns the model (in a worker) whenever the settings change; actions only ever write here.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { ModelBinding } from '../kit/attachModel.ts';
import { createWidgetContext, createWidgetStore } from '../kit/createWidgetContext.tsx';
import { applyPlayedUrlState, playedUrlStateOf, updatePlayedSettings } from '../kit/playedSettings.ts';
import { initialSimulationState, type SimulationState } from '../kit/simulationState.ts';
import { loraModel } from '../../../widget-models/lora/model.ts';
import { overheadTable } from '../../../widget-models/lora/overhead.ts';
import type { LoraSettings, LoraUrlState } from '../../../widget-models/lora/settings.ts';
import type { LoraSim } from '../../../widget-models/lora/types.ts';

export interface LoraState extends SimulationState {
  readonly settings: LoraSettings;
  /** The instance's starting point (its preset); "Reset" returns here. */
  readonly defaults: LoraUrlState;
  readonly sim: LoraSim;
}

export const Lora = createWidgetContext<LoraState>('LoRA widget');

// The rank table does not depend on the run: shown at once, so the figure has its size before the first frame.
const EMPTY_SIM: LoraSim = { frames: [], summary: null, overhead: overheadTable(), error: null };

/**
 * Creates one widget instance's store.
 * @param initial the state from the URL (or the preset)
 * @param defaults the preset, for reset and for keeping the URL short
 */
export function createLoraStore(initial: LoraUrlState, defaults: LoraUrlState): StoreApi<LoraState> {
  const { f, sp, ...settings } = initial;
  return createWidgetStore<LoraState>(() => ({ settings, defaults, sim: EMPTY_SIM, ...initialSimulationState(f, sp) }));
}

/** The URL-facing state of a store (the frame is the one on screen). */
export const urlStateOf = (s: LoraState): LoraUrlState => playedUrlStateOf(s);

/** Replaces some settings (the kit restarts the simulation and keeps the moment on screen). */
export const updateSettings = (api: StoreApi<LoraState>, patch: Partial<LoraSettings>): void => updatePlayedSettings(api, patch);

/** Applies a state that arrived through the URL (back/forward, a pasted link) to a live store. */
export const applyUrlState = (api: StoreApi<LoraState>, v: LoraUrlState): void => applyPlayedUrlState(api, v);

/** The model behind the widget and where its result goes. */
export const LORA_SIMULATION: ModelBinding<LoraState, LoraSettings, LoraSim> = {
  model: loraModel,
  settingsOf: (s) => s.settings,
  // The job grows its frames in place (on the main thread): a fresh object per snapshot lets selectors see the change.
  install: (sim) => ({ sim: { ...sim, frames: [...sim.frames] } }),
  frameCount: (sim) => Math.max(1, sim.frames.length),
};
