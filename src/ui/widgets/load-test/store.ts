/**
 * The load-test widget's per-instance store: the sweep's settings, which metric the chart shows,
 * and the sweep as computed so far. The kit reruns the model (in a worker) whenever the settings
 * change; the metric is view state and never reruns it.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { ModelBinding } from '../kit/attachModel.ts';
import { createWidgetContext, createWidgetStore } from '../kit/createWidgetContext.tsx';
import { initialSimulationState, type SimulationState } from '../kit/simulationState.ts';
import { loadTestModel, type LoadTestSweep } from '../../../widget-models/load-test/model.ts';
import type { LoadTestSettings, LoadTestUrlState, Metric } from '../../../widget-models/load-test/settings.ts';

export interface LoadTestState extends SimulationState {
  readonly settings: LoadTestSettings;
  /** The instance's starting point (its preset); "Reset" returns here. */
  readonly defaults: LoadTestUrlState;
  readonly metric: Metric;
  readonly sweep: LoadTestSweep;
}

export const LoadTest = createWidgetContext<LoadTestState>('Load-test widget');

const EMPTY: LoadTestSweep = { rates: [], series: [], sloTtftS: 1, sloItlMs: 50, done: 0, total: 0 };

/** Creates one widget instance's store from the URL state (or the preset). */
export function createLoadTestStore(initial: LoadTestUrlState, defaults: LoadTestUrlState): StoreApi<LoadTestState> {
  const { metric, ...settings } = initial;
  return createWidgetStore<LoadTestState>(() => ({ settings, defaults, metric, sweep: EMPTY, ...initialSimulationState(0, 1) }));
}

/** The URL-facing state of a store. */
export function urlStateOf(s: LoadTestState): LoadTestUrlState {
  return { ...s.settings, metric: s.metric };
}

/** Replaces some settings (the kit starts a new sweep). */
export function updateSettings(api: StoreApi<LoadTestState>, patch: Partial<LoadTestSettings>): void {
  api.setState((s) => ({ settings: { ...s.settings, ...patch } }));
}

/** Applies a state that arrived through the URL (back/forward, a pasted link) to a live store. */
export function applyUrlState(api: StoreApi<LoadTestState>, v: LoadTestUrlState): void {
  const { metric, ...settings } = v;
  const same = JSON.stringify(settings) === JSON.stringify(api.getState().settings);
  api.setState({ ...(same ? {} : { settings }), metric });
}

/** The model behind the widget and where its result goes. */
export const LOAD_TEST_SIMULATION: ModelBinding<LoadTestState, LoadTestSettings, LoadTestSweep> = {
  model: loadTestModel,
  settingsOf: (s) => s.settings,
  // On the main thread the job fills its result in place: fresh arrays let selectors see each new point.
  install: (sweep) => ({ sweep: { ...sweep, series: sweep.series.map((l) => ({ ...l, points: [...l.points] })) } }),
  frameCount: (sweep) => sweep.done,
};
