/**
 * The autoscaling widget's store is the kit's (`KitState`): the settings (with the run shown in
 * the big chart, which never reruns the model: see AutoscalingBody.tsx), playback and the three
 * runs. The kit reruns the model (in a worker) whenever the settings that matter change; actions
 * only write here.
 */
import { createWidgetContext } from '../kit/createWidgetContext.tsx';
import { type KitState, updateKitSettings } from '../kit/kitState.ts';
import type { AutoscalingRuns } from '../../../widget-models/autoscaling/model.ts';
import type { AutoscalingChoice } from '../../../widget-models/autoscaling/settings.ts';

export type AutoscalingState = KitState<AutoscalingChoice, AutoscalingRuns>;

export const Autoscaling = createWidgetContext<AutoscalingState>('Autoscaling widget');

/** Replaces some settings (the kit restarts the simulation unless only the run on show changed). */
export const updateSettings = updateKitSettings<AutoscalingChoice, AutoscalingRuns>;
