/**
 * The batching widget's per-instance store: the scenario, the view, playback, and the
 * simulation being played. The kit runs the model (in a worker) whenever the settings change; actions only ever write to this store.
 */
import type { StoreApi } from 'zustand/vanilla';
import { createWidgetContext, createWidgetStore } from '../kit/createWidgetContext.tsx';
import type { ModelBinding } from '../kit/attachModel.ts';
import { initialSimulationState, type SimulationState } from '../kit/simulationState.ts';
import { batchingModel } from '../../../widget-models/batching/model.ts';
import { frameCount } from '../../../widget-models/batching/frames.ts';
import { changeSpeed, pause, seek } from '../kit/playback.ts';
import { fromUrlState, toUrlState, type BatchSettings, type BatchUrlState } from '../../../widget-models/batching/settings.ts';
import type { Simulation } from '../../../widget-models/batching/simulate.ts';
import { buildWorkload } from '../../../widget-models/batching/workload.ts';

/** Which run the "why" panel explains. */
export type ExplainRun = 'continuous' | 'static';

export interface BatchState extends SimulationState {
  readonly settings: BatchSettings;
  /** The instance's starting point (its preset); "reset" returns here. */
  readonly defaults: BatchUrlState;
  readonly zoom: number;
  readonly view: 'chart' | 'table';
  readonly explain: ExplainRun;
  /** The simulation on screen; its records grow while `computing`. */
  readonly sim: Simulation;
}

/** The context for the batching widget. */
export const Batch = createWidgetContext<BatchState>('Batching widget');

/** A placeholder simulation until the first slice has run. */
export function pendingSimulation(s: BatchSettings): Simulation {
  return { settings: s, workload: buildWorkload(s), config: null, costLabel: '', cont: null, stat: null, error: null };
}

/**
 * Creates one widget instance's store.
 * @param initial the state from the URL (or the preset)
 * @param defaults the preset, for reset and for keeping the URL short
 */
export function createBatchStore(initial: BatchUrlState, defaults: BatchUrlState): StoreApi<BatchState> {
  const { settings, view } = fromUrlState(initial);
  return createWidgetStore<BatchState>(() => ({
    settings,
    defaults,
    zoom: view.zoom,
    view: view.view,
    explain: 'continuous',
    sim: pendingSimulation(settings),
    ...initialSimulationState(view.frame, view.speed),
  }));
}

/** The URL-facing state of a store (the frame is the one on screen). */
export function urlStateOf(s: BatchState): BatchUrlState {
  return toUrlState(s.settings, { frame: s.targetFrame ?? s.playback.frame, speed: s.playback.speed, zoom: s.zoom, view: s.view });
}

/** Replaces some settings (the kit restarts the simulation). */
export function updateSettings(api: StoreApi<BatchState>, patch: Partial<BatchSettings>): void {
  api.setState({ settings: { ...api.getState().settings, ...patch } });
}

/** Sets the playback speed to `sp` by stepping through the offered speeds. */
function withSpeed(s: BatchState, sp: number) {
  let playback = s.playback;
  for (let i = 0; i < 12 && playback.speed !== sp; i++) {
    const next = changeSpeed(playback, sp > playback.speed ? 1 : -1);
    if (next.speed === playback.speed) break;
    playback = next;
  }
  return playback;
}

/** Applies a state that arrived through the URL (back/forward, a pasted link) or a reset. */
export function applyUrlState(api: StoreApi<BatchState>, u: BatchUrlState): void {
  const { settings, view } = fromUrlState(u);
  const s = api.getState();
  const same = JSON.stringify(settings) === JSON.stringify(s.settings);
  const playback = pause(seek(withSpeed(s, view.speed), view.frame));
  api.setState({ ...(same ? {} : { settings, targetFrame: view.frame > 0 ? view.frame : null }), zoom: view.zoom, view: view.view, playback });
}

/** The settings that change the simulation (the hardware panel's own batch and context fields do not). */
function simKey(s: BatchSettings): string {
  const { batch: _b, contextTokens: _c, ...hw } = s.hw;
  return JSON.stringify({ ...s, hw });
}

/** The model behind the widget and where its result goes. */
export const BATCH_SIMULATION: ModelBinding<BatchState, BatchSettings, Simulation> = {
  model: batchingModel,
  settingsOf: (s) => s.settings,
  keyOf: simKey,
  install: (sim) => ({ sim }),
  frameCount,
};
