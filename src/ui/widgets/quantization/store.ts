/**
 * The quantisation widget's store is the kit's (`KitState`): the settings and the computed
 * result. The kit reruns the model (in a worker) whenever the settings change; nothing plays.
 */
import { createWidgetContext } from '../kit/createWidgetContext.tsx';
import { type KitState, updateKitSettings } from '../kit/kitState.ts';
import type { QuantizationResult } from '../../../widget-models/quantization/model.ts';
import type { QuantizationSettings } from '../../../widget-models/quantization/settings.ts';

export type QuantizationState = KitState<QuantizationSettings, QuantizationResult>;

export const Quantization = createWidgetContext<QuantizationState>('Quantization widget');

/** Replaces some settings (the kit reruns the model). */
export const updateSettings = updateKitSettings<QuantizationSettings, QuantizationResult>;
