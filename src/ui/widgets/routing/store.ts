/**
 * The routing widget's per-instance store: the scenario, the view, playback, and the two
 * cluster timelines being played. Settings changes are picked up by `attachSimulation`,
 * which recomputes both sides in slices; actions only ever write to this store.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { ClusterTimeline } from '../../../sim/cluster/index.ts';
import { createWidgetContext, createWidgetStore } from '../kit/createWidgetContext.tsx';
import type { WithPanelFrame } from '../kit/panelFrame.ts';
import { changeSpeed, initialPlayback, pause, seek } from '../kit/playback.ts';
import type { RoutingSettings, RoutingUrlState, Side } from './settings.ts';

export interface RoutingRuns {
  readonly a: ClusterTimeline | null;
  readonly b: ClusterTimeline | null;
  /** Why the settings cannot run (e.g. the model does not fit), or null. */
  readonly error: string | null;
}

export interface RoutingState extends WithPanelFrame {
  readonly settings: RoutingSettings;
  /** The instance's starting point (its preset); "reset" returns here. */
  readonly defaults: RoutingUrlState;
  readonly side: Side;
  /** Selected request index, −1 = follow the latest routed request. */
  readonly sel: number;
  /** The timelines on screen; their frame arrays grow while `computing`. */
  readonly runs: RoutingRuns;
  /** Bumped whenever the runs get new frames (they are appended in place). */
  readonly simVersion: number;
  readonly computing: boolean;
  /** A frame asked for (by the URL) that is not computed yet. */
  readonly targetFrame: number | null;
}

/** The context for the routing widget. */
export const Routing = createWidgetContext<RoutingState>('Routing widget');

/**
 * Creates one widget instance's store.
 * @param initial the state from the URL (or the preset)
 * @param defaults the preset, for reset and for keeping the URL short
 */
export function createRoutingStore(initial: RoutingUrlState, defaults: RoutingUrlState): StoreApi<RoutingState> {
  const { f, sp, side, sel, ...settings } = initial;
  return createWidgetStore<RoutingState>(() => ({
    settings,
    defaults,
    side,
    sel,
    runs: { a: null, b: null, error: null },
    simVersion: 0,
    computing: true,
    targetFrame: f > 0 ? f : null,
    playback: initialPlayback(1, 0, sp),
    panelFrame: 0,
  }));
}

/** The URL-facing state of a store (frame is the one on screen). */
export function urlStateOf(s: RoutingState): RoutingUrlState {
  return { ...s.settings, f: s.targetFrame ?? s.playback.frame, sp: s.playback.speed, side: s.side, sel: s.sel };
}

/** Replaces some settings (the simulation restarts through `attachSimulation`). */
export function updateSettings(api: StoreApi<RoutingState>, patch: Partial<RoutingSettings>): void {
  api.setState((s) => ({ settings: { ...s.settings, ...patch }, sel: -1 }));
}

/** Applies a state that arrived through the URL (back/forward, a pasted link) to a live store. */
export function applyUrlState(api: StoreApi<RoutingState>, v: RoutingUrlState): void {
  const { f, sp, side, sel, ...settings } = v;
  const s = api.getState();
  const same = JSON.stringify(settings) === JSON.stringify(s.settings);
  let playback = pause(seek(s.playback, f));
  while (playback.speed !== sp && changeSpeed(playback, sp > playback.speed ? 1 : -1).speed !== playback.speed) {
    playback = changeSpeed(playback, sp > playback.speed ? 1 : -1);
  }
  api.setState({ ...(same ? {} : { settings, targetFrame: f }), side, sel, playback });
}
