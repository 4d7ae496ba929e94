/**
 * The speculative-decoding widget's store is the kit's (`KitState`): the settings, playback, and
 * the model's result (the step-by-step run and the sweeps). The kit reruns the model (in a worker)
 * whenever the settings change; actions only ever write here.
 */
import { createWidgetContext } from '../kit/createWidgetContext.tsx';
import { type KitState, updateKitSettings } from '../kit/kitState.ts';
import type { SpecSim } from '../../../widget-models/spec-decoding/model.ts';
import type { SpecSettings } from '../../../widget-models/spec-decoding/settings.ts';

export type SpecState = KitState<SpecSettings, SpecSim>;

export const Spec = createWidgetContext<SpecState>('Speculative decoding widget');

/** Replaces some settings (the kit restarts the simulation and keeps the moment on screen). */
export const updateSettings = updateKitSettings<SpecSettings, SpecSim>;
