/**
 * The LoRA widget's store is the kit's (`KitState`): the settings, playback and the run's
 * frames. The kit reruns the model (in a worker) whenever the settings change; actions only
 * ever write here.
 */
import { createWidgetContext } from '../kit/createWidgetContext.tsx';
import { type KitState, updateKitSettings } from '../kit/kitState.ts';
import type { LoraSettings } from '../../../widget-models/lora/settings.ts';
import type { LoraSim } from '../../../widget-models/lora/types.ts';

export type LoraState = KitState<LoraSettings, LoraSim>;

export const Lora = createWidgetContext<LoraState>('LoRA widget');

/** Replaces some settings (the kit restarts the simulation and keeps the moment on screen). */
export const updateSettings = updateKitSettings<LoraSettings, LoraSim>;
