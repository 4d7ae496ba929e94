/**
 * The KV paging widget's store is the kit's (`KitState`): the settings (with the selection and
 * the grid/table view, which a link carries but the run ignores), playback and the simulation
 * being played, plus the "add a request" form. The kit reruns the model (in a worker) whenever
 * the run's settings change; actions only ever write here.
 */
import type { StoreApi } from 'zustand/vanilla';
import { createWidgetContext } from '../kit/createWidgetContext.tsx';
import { type KitState, updateKitSettings } from '../kit/kitState.ts';
import { DEFAULT_SETTINGS, type KvWidgetSettings } from '../../../widget-models/kv-paging/settings.ts';
import type { Simulation } from '../../../widget-models/kv-paging/types.ts';
import { buildWorkload } from '../../../widget-models/kv-paging/workload.ts';

/** The "add a request" form, kept in the store so the add action can read it. */
export interface RequestDraft {
  readonly prompt: number;
  readonly maxTokens: number;
  readonly n: number;
  readonly system: boolean;
}

/** Store state beside the kit's: the form, which neither runs nor goes in the URL. */
export interface KvExtra {
  readonly draft: RequestDraft;
}

export type KvState = KitState<KvWidgetSettings, Simulation> & KvExtra;

export const DEFAULT_DRAFT: RequestDraft = { prompt: 200, maxTokens: 150, n: 1, system: false };

/** The context for the KV paging widget. */
export const Kv = createWidgetContext<KvState>('KV paging widget');

/** The result before the first run: the default workload and no frames (the widget is hidden until its run is complete). */
export const EMPTY_SIMULATION: Simulation = {
  workload: buildWorkload(DEFAULT_SETTINGS),
  blockSize: DEFAULT_SETTINGS.blockSize,
  numBlocks: DEFAULT_SETTINGS.numGpuBlocks,
  paged: null,
  contiguous: null,
  error: null,
};

/** Replaces some settings (the kit reruns the simulation only when the run's settings change). */
export function updateSettings(api: StoreApi<KvState>, patch: Partial<KvWidgetSettings>): void {
  updateKitSettings<KvWidgetSettings, Simulation>(api, patch);
}
