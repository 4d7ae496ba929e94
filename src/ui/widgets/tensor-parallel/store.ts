/**
 * The tensor-parallel widget's per-instance store: the settings and the model's figures. There is
 * no timeline; the kit reruns the model (in a worker) whenever a setting changes.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { ModelBinding } from '../kit/attachModel.ts';
import { createWidgetContext, createWidgetStore } from '../kit/createWidgetContext.tsx';
import { initialSimulationState, type SimulationState } from '../kit/simulationState.ts';
import { tensorParallelModel, type TensorParallelRun } from '../../../widget-models/tensor-parallel/model.ts';
import type { TensorParallelSettings } from '../../../widget-models/tensor-parallel/settings.ts';

export interface TensorParallelState extends SimulationState {
  readonly settings: TensorParallelSettings;
  /** The instance's starting point (its preset); "Reset" returns here. */
  readonly defaults: TensorParallelSettings;
  readonly run: TensorParallelRun;
}

export const TensorParallel = createWidgetContext<TensorParallelState>('Tensor-parallel widget');

const EMPTY: TensorParallelRun = { facts: null, error: null };

export function createTensorParallelStore(initial: TensorParallelSettings, defaults: TensorParallelSettings): StoreApi<TensorParallelState> {
  return createWidgetStore<TensorParallelState>(() => ({ settings: initial, defaults, run: EMPTY, ...initialSimulationState(0, 1) }));
}

export const urlStateOf = (s: TensorParallelState): TensorParallelSettings => s.settings;

export function updateSettings(api: StoreApi<TensorParallelState>, patch: Partial<TensorParallelSettings>): void {
  api.setState((s) => ({ settings: { ...s.settings, ...patch } }));
}

/** Applies a state that arrived through the URL (back/forward, a pasted link). */
export function applyUrlState(api: StoreApi<TensorParallelState>, v: TensorParallelSettings): void {
  if (JSON.stringify(v) !== JSON.stringify(api.getState().settings)) api.setState({ settings: v });
}

export const TP_SIMULATION: ModelBinding<TensorParallelState, TensorParallelSettings, TensorParallelRun> = {
  model: tensorParallelModel,
  settingsOf: (s) => s.settings,
  install: (run) => ({ run: { ...run } }),
  frameCount: () => 1,
};
