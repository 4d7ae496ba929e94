/**
 * The load-test widget's store is the kit's (`KitState`): the sweep's settings, which metric the
 * chart shows, and the sweep as computed so far. The metric lives among the settings so links and
 * Reset carry it, but the sweep's key leaves it out (LoadTestBody.tsx): switching it never reruns
 * the model.
 */
import { createWidgetContext } from '../kit/createWidgetContext.tsx';
import { type KitState, updateKitSettings } from '../kit/kitState.ts';
import type { LoadTestSweep } from '../../../widget-models/load-test/model.ts';
import type { LoadTestUrlState } from '../../../widget-models/load-test/settings.ts';

export type LoadTestState = KitState<LoadTestUrlState, LoadTestSweep>;

export const LoadTest = createWidgetContext<LoadTestState>('Load-test widget');

/** Replaces some settings (the kit starts a new sweep unless only the metric changed). */
export const updateSettings = updateKitSettings<LoadTestUrlState, LoadTestSweep>;
