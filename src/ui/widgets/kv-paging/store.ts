/**
 * The KV paging widget's per-instance store: the scenario, the view, playback, and the
 * simulation being played. The kit runs the model (in a worker) whenever the settings change; actions only ever write to this store.
 */
import type { StoreApi } from 'zustand/vanilla';
import { createWidgetContext, createWidgetStore } from '../kit/createWidgetContext.tsx';
import type { ModelBinding } from '../kit/attachModel.ts';
import { initialSimulationState, type SimulationState } from '../kit/simulationState.ts';
import { kvPagingModel } from '../../../widget-models/kv-paging/model.ts';
import { changeSpeed, pause, seek } from '../kit/playback.ts';
import type { KvSettings, KvUrlState } from '../../../widget-models/kv-paging/settings.ts';
import type { Simulation } from '../../../widget-models/kv-paging/types.ts';
import { buildWorkload } from '../../../widget-models/kv-paging/workload.ts';

/** The "add a request" form, kept in the store so the add action can read it. */
export interface RequestDraft {
  readonly prompt: number;
  readonly maxTokens: number;
  readonly n: number;
  readonly system: boolean;
}

export interface KvState extends SimulationState {
  readonly settings: KvSettings;
  /** The instance's starting point (its preset); "reset" returns here. */
  readonly defaults: KvUrlState;
  readonly sel: string | null;
  readonly view: 'grid' | 'table';
  /** The simulation on screen; its frame arrays grow while `computing`. */
  readonly sim: Simulation;
  readonly draft: RequestDraft;
}

export const DEFAULT_DRAFT: RequestDraft = { prompt: 200, maxTokens: 150, n: 1, system: false };

/** The context for the KV paging widget. */
export const Kv = createWidgetContext<KvState>('KV paging widget');

/** A placeholder simulation until the first slice has run. */
export function pendingSimulation(s: KvSettings): Simulation {
  return { workload: buildWorkload(s), blockSize: s.blockSize, numBlocks: s.numGpuBlocks, paged: null, contiguous: null, error: null };
}

/**
 * Creates one widget instance's store.
 * @param initial the state from the URL (or the preset)
 * @param defaults the preset, for reset and for keeping the URL short
 */
export function createKvStore(initial: KvUrlState, defaults: KvUrlState): StoreApi<KvState> {
  const { frame, speed, selected: sel, view, ...settings } = initial;
  return createWidgetStore<KvState>(() => ({
    settings,
    defaults,
    sel,
    view,
    sim: pendingSimulation(settings),
    draft: DEFAULT_DRAFT,
    ...initialSimulationState(frame, speed),
  }));
}

/** The URL-facing state of a store (frame is the one on screen). */
export function urlStateOf(s: KvState): KvUrlState {
  return { ...s.settings, frame: s.targetFrame ?? s.playback.frame, speed: s.playback.speed, selected: s.sel, view: s.view };
}

/** Replaces the settings (the kit restarts the simulation). */
export function updateSettings(api: StoreApi<KvState>, patch: Partial<KvSettings>): void {
  api.setState({ settings: { ...api.getState().settings, ...patch } });
}

/** Applies a state that arrived through the URL (back/forward, a pasted link) to a live store. */
export function applyUrlState(api: StoreApi<KvState>, v: KvUrlState): void {
  const { frame, speed, selected: sel, view, ...settings } = v;
  const s = api.getState();
  const same = JSON.stringify(settings) === JSON.stringify(s.settings);
  let playback = pause(seek(s.playback, frame));
  while (playback.speed !== speed && changeSpeed(playback, speed > playback.speed ? 1 : -1).speed !== playback.speed) {
    playback = changeSpeed(playback, speed > playback.speed ? 1 : -1);
  }
  api.setState({ ...(same ? {} : { settings, targetFrame: frame }), sel, view, playback });
}

/** The model behind the widget and where its result goes. */
export const KV_SIMULATION: ModelBinding<KvState, KvSettings, Simulation> = {
  model: kvPagingModel,
  settingsOf: (s) => s.settings,
  install: (sim) => ({ sim }),
  frameCount: (sim) => sim.paged?.frames.length ?? 1,
};
