/**
 * The request-path widget's store is the kit's (`KitState`): the settings, playback and the run's
 * result. The kit reruns the model (in a worker) whenever the settings change; actions only
 * write here.
 */
import { createWidgetContext } from '../kit/createWidgetContext.tsx';
import { type KitState, updateKitSettings } from '../kit/kitState.ts';
import type { RequestPathSettings } from '../../../widget-models/request-path/settings.ts';
import type { RequestPathSim } from '../../../widget-models/request-path/simulate.ts';

export type RequestPathState = KitState<RequestPathSettings, RequestPathSim>;

export const RequestPath = createWidgetContext<RequestPathState>('Request-path widget');

/** Replaces some settings (the kit restarts the simulation and keeps the moment on screen). */
export const updateSettings = updateKitSettings<RequestPathSettings, RequestPathSim>;
