/**
 * The tensor-parallel widget's store is the kit's (`KitState`): the settings and the model's
 * figures. There is no timeline; the kit reruns the model (in a worker) whenever a setting changes.
 */
import { createWidgetContext } from '../kit/createWidgetContext.tsx';
import { type KitState, updateKitSettings } from '../kit/kitState.ts';
import type { TensorParallelRun } from '../../../widget-models/tensor-parallel/model.ts';
import type { TensorParallelSettings } from '../../../widget-models/tensor-parallel/settings.ts';

export type TensorParallelState = KitState<TensorParallelSettings, TensorParallelRun>;

export const TensorParallel = createWidgetContext<TensorParallelState>('Tensor-parallel widget');

/** Replaces some settings (the kit reruns the model). */
export const updateSettings = updateKitSettings<TensorParallelSettings, TensorParallelRun>;
