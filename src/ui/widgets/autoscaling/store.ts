/**
 * The autoscaling widget's per-instance store: the settings, the view (which run the big chart
 * shows), playback, and the three runs. The kit reruns the model (in a worker) whenever the
 * settings change; actions only ever write to this store.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { ModelBinding } from '../kit/attachModel.ts';
import { createWidgetContext, createWidgetStore } from '../kit/createWidgetContext.tsx';
import { changeSpeed, pause, seek } from '../kit/playback.ts';
import { initialSimulationState, type SimulationState } from '../kit/simulationState.ts';
import { autoscalingModel, type AutoscalingRuns } from '../../../widget-models/autoscaling/model.ts';
import type { AutoscalingSettings, AutoscalingUrlState, Focus } from '../../../widget-models/autoscaling/settings.ts';

export interface AutoscalingState extends SimulationState {
  readonly settings: AutoscalingSettings;
  /** The instance's starting point (its preset); "Reset" returns here. */
  readonly defaults: AutoscalingUrlState;
  readonly focus: Focus;
  readonly runs: AutoscalingRuns;
}

export const Autoscaling = createWidgetContext<AutoscalingState>('Autoscaling widget');

const EMPTY_RUNS: AutoscalingRuns = { runs: [null, null, null], waterfall: [], error: null };

/**
 * Creates one widget instance's store.
 * @param initial the state from the URL (or the preset)
 * @param defaults the preset, for reset and for keeping the URL short
 */
export function createAutoscalingStore(initial: AutoscalingUrlState, defaults: AutoscalingUrlState): StoreApi<AutoscalingState> {
  const { frame, speed, focus, ...settings } = initial;
  return createWidgetStore<AutoscalingState>(() => ({ settings, defaults, focus, runs: EMPTY_RUNS, ...initialSimulationState(frame, speed) }));
}

/** The URL-facing state of a store (the frame is the one on screen). */
export function urlStateOf(s: AutoscalingState): AutoscalingUrlState {
  return { ...s.settings, frame: s.targetFrame ?? s.playback.frame, speed: s.playback.speed, focus: s.focus };
}

/** Replaces some settings (the kit restarts the simulation and keeps the moment on screen). */
export function updateSettings(api: StoreApi<AutoscalingState>, patch: Partial<AutoscalingSettings>): void {
  api.setState((s) => ({ settings: { ...s.settings, ...patch } }));
}

/** Applies a state that arrived through the URL (back/forward, a pasted link) to a live store. */
export function applyUrlState(api: StoreApi<AutoscalingState>, v: AutoscalingUrlState): void {
  const { frame, speed, focus, ...settings } = v;
  const s = api.getState();
  const same = JSON.stringify(settings) === JSON.stringify(s.settings);
  let playback = pause(seek(s.playback, frame));
  while (playback.speed !== speed && changeSpeed(playback, speed > playback.speed ? 1 : -1).speed !== playback.speed) {
    playback = changeSpeed(playback, speed > playback.speed ? 1 : -1);
  }
  api.setState({ ...(same ? {} : { settings, targetFrame: frame }), focus, playback });
}

/** The model behind the widget and where its result goes. */
export const AUTOSCALING_SIMULATION: ModelBinding<AutoscalingState, AutoscalingSettings, AutoscalingRuns> = {
  model: autoscalingModel,
  settingsOf: (s) => s.settings,
  // The job fills its result in place (on the main thread): a fresh object per snapshot lets selectors see the change.
  install: (runs) => ({ runs: { ...runs, runs: [...runs.runs] } }),
  frameCount: (r) => Math.max(1, ...r.runs.map((x) => x?.samples.length ?? 0)),
};
