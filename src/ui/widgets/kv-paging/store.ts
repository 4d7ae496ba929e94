/**
 * The KV paging widget's per-instance store: the scenario, the view, playback, and the
 * simulation being played. Settings changes are picked up by `attachSimulation`, which
 * recomputes in slices; actions only ever write to this store.
 */
import type { StoreApi } from 'zustand/vanilla';
import { createWidgetContext, createWidgetStore } from '../kit/createWidgetContext.tsx';
import type { WithPanelFrame } from '../kit/panelFrame.ts';
import { changeSpeed, initialPlayback, pause, seek } from '../kit/playback.ts';
import type { KvSettings, KvUrlState } from './model/settings.ts';
import type { Simulation } from './model/types.ts';
import { buildWorkload } from './model/workload.ts';

/** The "add a request" form, kept in the store so the add action can read it. */
export interface RequestDraft {
  readonly prompt: number;
  readonly maxTokens: number;
  readonly n: number;
  readonly system: boolean;
}

export interface KvState extends WithPanelFrame {
  readonly settings: KvSettings;
  /** The instance's starting point (its preset); "reset" returns here. */
  readonly defaults: KvUrlState;
  readonly sel: string | null;
  readonly view: 'grid' | 'table';
  /** The simulation on screen; its frame arrays grow while `computing`. */
  readonly sim: Simulation;
  /** Bumped whenever `sim` gets new frames (the frames are appended in place). */
  readonly simVersion: number;
  readonly computing: boolean;
  /** A frame asked for (by the URL) that is not computed yet. */
  readonly targetFrame: number | null;
  readonly draft: RequestDraft;
}

export const DEFAULT_DRAFT: RequestDraft = { prompt: 200, maxTokens: 150, n: 1, system: false };

/** The context for the KV paging widget. */
export const Kv = createWidgetContext<KvState>('KV paging widget');

/** A placeholder simulation until the first slice has run. */
export function pendingSimulation(s: KvSettings): Simulation {
  return { workload: buildWorkload(s), blockSize: s.bs, numBlocks: s.nb, paged: null, contiguous: null, error: null };
}

/**
 * Creates one widget instance's store.
 * @param initial the state from the URL (or the preset)
 * @param defaults the preset, for reset and for keeping the URL short
 */
export function createKvStore(initial: KvUrlState, defaults: KvUrlState): StoreApi<KvState> {
  const { f, sp, sel, view, ...settings } = initial;
  return createWidgetStore<KvState>(() => ({
    settings,
    defaults,
    sel,
    view,
    sim: pendingSimulation(settings),
    simVersion: 0,
    computing: true,
    targetFrame: f > 0 ? f : null,
    draft: DEFAULT_DRAFT,
    playback: initialPlayback(1, 0, sp),
    panelFrame: 0,
  }));
}

/** The URL-facing state of a store (frame is the one on screen). */
export function urlStateOf(s: KvState): KvUrlState {
  return { ...s.settings, f: s.targetFrame ?? s.playback.frame, sp: s.playback.speed, sel: s.sel, view: s.view };
}

/** Replaces the settings (the simulation restarts through `attachSimulation`). */
export function updateSettings(api: StoreApi<KvState>, patch: Partial<KvSettings>): void {
  api.setState({ settings: { ...api.getState().settings, ...patch } });
}

/** Applies a state that arrived through the URL (back/forward, a pasted link) to a live store. */
export function applyUrlState(api: StoreApi<KvState>, v: KvUrlState): void {
  const { f, sp, sel, view, ...settings } = v;
  const s = api.getState();
  const same = JSON.stringify(settings) === JSON.stringify(s.settings);
  let playback = pause(seek(s.playback, f));
  while (playback.speed !== sp && changeSpeed(playback, sp > playback.speed ? 1 : -1).speed !== playback.speed) {
    playback = changeSpeed(playback, sp > playback.speed ? 1 : -1);
  }
  api.setState({ ...(same ? {} : { settings, targetFrame: f }), sel, view, playback });
}
