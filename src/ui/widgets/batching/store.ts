/**
 * The batching widget's store is the kit's (`KitState`): the settings as its links hold them
 * (hardware flattened; zoom and the chart/table view ride along but never rerun), playback and
 * the simulation being played, plus two things beside them that links do not carry: which run
 * the "why" panel explains, and the hardware panel's own decode-step fields. The kit reruns the
 * model (in a worker) whenever the run's settings change; actions only ever write here.
 */
import type { StoreApi } from 'zustand/vanilla';
import { createWidgetContext } from '../kit/createWidgetContext.tsx';
import { type KitState, updateKitSettings } from '../kit/kitState.ts';
import { DEFAULT_HARDWARE_SELECTION } from '../../../sim/cost/index.ts';
import type { HardwareSelection } from '../../../sim/cost/index.ts';
import { DEFAULT_SETTINGS, type BatchWidgetSettings } from '../../../widget-models/batching/settings.ts';
import type { Simulation } from '../../../widget-models/batching/simulate.ts';
import { buildWorkload } from '../../../widget-models/batching/workload.ts';

/** Which run the "why" panel explains. */
export type ExplainRun = 'continuous' | 'static';

/** Store state beside the kit's: neither runs nor goes in the URL. */
export interface BatchExtra {
  readonly explain: ExplainRun;
  /** The hardware panel's predicted decode step (its batch and context); the timelines do not use them. */
  readonly decodeStep: Pick<HardwareSelection, 'batch' | 'contextTokens'>;
}

export type BatchState = KitState<BatchWidgetSettings, Simulation> & BatchExtra;

export const BATCH_EXTRA: BatchExtra = {
  explain: 'continuous',
  decodeStep: { batch: DEFAULT_HARDWARE_SELECTION.batch, contextTokens: DEFAULT_HARDWARE_SELECTION.contextTokens },
};

/** The context for the batching widget. */
export const Batch = createWidgetContext<BatchState>('Batching widget');

/** The result before the first run: the default workload and no steps (the widget is hidden until its run is complete). */
export const EMPTY_SIMULATION: Simulation = {
  settings: DEFAULT_SETTINGS,
  workload: buildWorkload(DEFAULT_SETTINGS),
  config: null,
  costLabel: '',
  cont: null,
  stat: null,
  error: null,
};

/** Replaces some settings (the kit reruns the model only when the run's settings change). */
export function updateSettings(api: StoreApi<BatchState>, patch: Partial<BatchWidgetSettings>): void {
  updateKitSettings<BatchWidgetSettings, Simulation>(api, patch);
}
