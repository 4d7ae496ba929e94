/**
 * The quantisation widget's per-instance store: the settings and the computed result. The kit
 * reruns the model (in a worker) whenever the settings change; nothing plays.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { ModelBinding } from '../kit/attachModel.ts';
import { createWidgetContext, createWidgetStore } from '../kit/createWidgetContext.tsx';
import { initialSimulationState, type SimulationState } from '../kit/simulationState.ts';
import { EMPTY_RESULT, quantizationModel, type QuantizationResult } from '../../../widget-models/quantization/model.ts';
import type { QuantizationSettings, QuantizationUrlState } from '../../../widget-models/quantization/settings.ts';

export interface QuantizationState extends SimulationState {
  readonly settings: QuantizationSettings;
  /** The instance's preset; "Reset" returns here. */
  readonly defaults: QuantizationUrlState;
  readonly result: QuantizationResult;
}

export const Quantization = createWidgetContext<QuantizationState>('Quantization widget');

/** Creates one widget instance's store from the URL state (or the preset). */
export function createQuantizationStore(initial: QuantizationUrlState, defaults: QuantizationUrlState): StoreApi<QuantizationState> {
  return createWidgetStore<QuantizationState>(() => ({ settings: initial, defaults, result: EMPTY_RESULT, ...initialSimulationState(0, 1) }));
}

export const urlStateOf = (s: QuantizationState): QuantizationUrlState => s.settings;

/** Replaces some settings (the kit reruns the model). */
export function updateSettings(api: StoreApi<QuantizationState>, patch: Partial<QuantizationSettings>): void {
  api.setState((s) => ({ settings: { ...s.settings, ...patch } }));
}

/** Applies a state that arrived through the URL (back/forward, a pasted link). */
export function applyUrlState(api: StoreApi<QuantizationState>, v: QuantizationUrlState): void {
  if (JSON.stringify(v) !== JSON.stringify(api.getState().settings)) api.setState({ settings: v });
}

export const QUANTIZATION_SIMULATION: ModelBinding<QuantizationState, QuantizationSettings, QuantizationResult> = {
  model: quantizationModel,
  settingsOf: (s) => s.settings,
  install: (result) => ({ result }),
  frameCount: () => 1,
};
