/**
 * The routing widget's per-instance store: the scenario, the view, playback, and the two
 * cluster timelines being played. The kit runs both sides (in a worker) whenever the settings change; actions only ever write to this store.
 */
import type { StoreApi } from 'zustand/vanilla';
import { createWidgetContext, createWidgetStore } from '../kit/createWidgetContext.tsx';
import type { ModelBinding } from '../kit/attachModel.ts';
import { initialSimulationState, type SimulationState } from '../kit/simulationState.ts';
import { routingModel, type RoutingRuns } from '../../../widget-models/routing/model.ts';
import { changeSpeed, pause, seek } from '../kit/playback.ts';
import type { RoutingSettings, RoutingUrlState, Side } from '../../../widget-models/routing/settings.ts';

export interface RoutingState extends SimulationState {
  readonly settings: RoutingSettings;
  /** The instance's starting point (its preset); "reset" returns here. */
  readonly defaults: RoutingUrlState;
  readonly side: Side;
  /** Selected request index, −1 = follow the latest routed request. */
  readonly sel: number;
  /** The timelines on screen; their frame arrays grow while `computing`. */
  readonly runs: RoutingRuns;
}

/** The context for the routing widget. */
export const Routing = createWidgetContext<RoutingState>('Routing widget');

/**
 * Creates one widget instance's store.
 * @param initial the state from the URL (or the preset)
 * @param defaults the preset, for reset and for keeping the URL short
 */
export function createRoutingStore(initial: RoutingUrlState, defaults: RoutingUrlState): StoreApi<RoutingState> {
  const { frame, speed, side, selected: sel, ...settings } = initial;
  return createWidgetStore<RoutingState>(() => ({
    settings,
    defaults,
    side,
    sel,
    runs: { a: null, b: null, error: null },
    ...initialSimulationState(frame, speed),
  }));
}

/** The URL-facing state of a store (frame is the one on screen). */
export function urlStateOf(s: RoutingState): RoutingUrlState {
  return { ...s.settings, frame: s.targetFrame ?? s.playback.frame, speed: s.playback.speed, side: s.side, selected: s.sel };
}

/** Replaces some settings (the kit restarts the simulation). */
export function updateSettings(api: StoreApi<RoutingState>, patch: Partial<RoutingSettings>): void {
  api.setState((s) => ({ settings: { ...s.settings, ...patch }, sel: -1 }));
}

/** Applies a state that arrived through the URL (back/forward, a pasted link) to a live store. */
export function applyUrlState(api: StoreApi<RoutingState>, v: RoutingUrlState): void {
  const { frame, speed, side, selected: sel, ...settings } = v;
  const s = api.getState();
  const same = JSON.stringify(settings) === JSON.stringify(s.settings);
  let playback = pause(seek(s.playback, frame));
  while (playback.speed !== speed && changeSpeed(playback, speed > playback.speed ? 1 : -1).speed !== playback.speed) {
    playback = changeSpeed(playback, speed > playback.speed ? 1 : -1);
  }
  api.setState({ ...(same ? {} : { settings, targetFrame: frame }), side, sel, playback });
}

/** The model behind the widget and where its result goes. */
export const ROUTING_SIMULATION: ModelBinding<RoutingState, RoutingSettings, RoutingRuns> = {
  model: routingModel,
  settingsOf: (s) => s.settings,
  install: (runs) => ({ runs }),
  frameCount: (r) => Math.max(r.a?.frames.length ?? 0, r.b?.frames.length ?? 0, 1),
};
