/**
 * The batching widget's per-instance store: the scenario, the view, playback, and the
 * simulation being played. Settings changes are picked up by `attachSimulation`, which
 * recomputes in slices; actions only ever write to this store.
 */
import type { StoreApi } from 'zustand/vanilla';
import { createWidgetContext, createWidgetStore } from '../kit/createWidgetContext.tsx';
import type { WithPanelFrame } from '../kit/panelFrame.ts';
import { changeSpeed, initialPlayback, pause, seek } from '../kit/playback.ts';
import { fromUrlState, toUrlState, type BatchSettings, type BatchUrlState } from './model/settings.ts';
import type { Simulation } from './model/simulate.ts';
import { buildWorkload } from './model/workload.ts';

/** Which run the "why" panel explains. */
export type ExplainRun = 'continuous' | 'static';

export interface BatchState extends WithPanelFrame {
  readonly settings: BatchSettings;
  /** The instance's starting point (its preset); "reset" returns here. */
  readonly defaults: BatchUrlState;
  readonly zoom: number;
  readonly view: 'chart' | 'table';
  readonly explain: ExplainRun;
  /** The simulation on screen; its records grow while `computing`. */
  readonly sim: Simulation;
  /** Bumped whenever `sim` gets new steps (they are appended in place). */
  readonly simVersion: number;
  readonly computing: boolean;
  /** A frame asked for (by the URL) that is not computed yet. */
  readonly targetFrame: number | null;
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
    simVersion: 0,
    computing: true,
    targetFrame: view.f > 0 ? view.f : null,
    playback: initialPlayback(1, 0, view.sp),
    panelFrame: 0,
  }));
}

/** The URL-facing state of a store (the frame is the one on screen). */
export function urlStateOf(s: BatchState): BatchUrlState {
  return toUrlState(s.settings, { f: s.targetFrame ?? s.playback.frame, sp: s.playback.speed, zoom: s.zoom, view: s.view });
}

/** Replaces some settings (the simulation restarts through `attachSimulation`). */
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
  const playback = pause(seek(withSpeed(s, view.sp), view.f));
  api.setState({ ...(same ? {} : { settings, targetFrame: view.f > 0 ? view.f : null }), zoom: view.zoom, view: view.view, playback });
}
