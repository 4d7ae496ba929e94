/**
 * The request-path widget's per-instance store: the settings, playback and the run's result.
 * The kit reruns the model (in a worker) whenever the settings change; actions only write here.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { ModelBinding } from '../kit/attachModel.ts';
import { createWidgetContext, createWidgetStore } from '../kit/createWidgetContext.tsx';
import { applyPlayedUrlState, playedUrlStateOf, updatePlayedSettings } from '../kit/playedSettings.ts';
import { initialSimulationState, type SimulationState } from '../kit/simulationState.ts';
import { requestPathModel } from '../../../widget-models/request-path/model.ts';
import type { RequestPathSettings, RequestPathUrlState } from '../../../widget-models/request-path/settings.ts';
import { EMPTY_SIM, type RequestPathSim } from '../../../widget-models/request-path/simulate.ts';

export interface RequestPathState extends SimulationState {
  readonly settings: RequestPathSettings;
  /** The instance's starting point (its preset); "Reset" returns here. */
  readonly defaults: RequestPathUrlState;
  readonly sim: RequestPathSim;
}

export const RequestPath = createWidgetContext<RequestPathState>('Request-path widget');

/**
 * Creates one widget instance's store.
 * @param initial the state from the URL (or the preset)
 * @param defaults the preset, for reset and for keeping the URL short
 */
export function createRequestPathStore(initial: RequestPathUrlState, defaults: RequestPathUrlState): StoreApi<RequestPathState> {
  const { frame, speed, ...settings } = initial;
  return createWidgetStore<RequestPathState>(() => ({ settings, defaults, sim: EMPTY_SIM, ...initialSimulationState(frame, speed) }));
}

/** The URL-facing state of a store (the frame is the one on screen). */
export const urlStateOf = (s: RequestPathState): RequestPathUrlState => playedUrlStateOf(s);

/** Replaces some settings (the kit restarts the simulation and keeps the moment on screen). */
export const updateSettings = (api: StoreApi<RequestPathState>, patch: Partial<RequestPathSettings>): void => updatePlayedSettings(api, patch);

/** Applies a state that arrived through the URL (back/forward, a pasted link) to a live store. */
export const applyUrlState = (api: StoreApi<RequestPathState>, v: RequestPathUrlState): void => applyPlayedUrlState(api, v);

/** The model behind the widget and where its result goes. */
export const REQUEST_PATH_SIMULATION: ModelBinding<RequestPathState, RequestPathSettings, RequestPathSim> = {
  model: requestPathModel,
  settingsOf: (s) => s.settings,
  install: (sim) => ({ sim: { ...sim } }),
  frameCount: (sim) => Math.max(1, sim.frames.length),
};
