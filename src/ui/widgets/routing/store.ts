/**
 * The routing widget's store is the kit's (`KitState`): the settings (with the side on show and
 * the selected request, which a link carries but the runs ignore), playback and the two cluster
 * timelines being played. The kit reruns both sides (in a worker) whenever the runs' settings
 * change; actions only ever write here.
 */
import type { StoreApi } from 'zustand/vanilla';
import { createWidgetContext } from '../kit/createWidgetContext.tsx';
import { type KitState, updateKitSettings } from '../kit/kitState.ts';
import type { RoutingRuns } from '../../../widget-models/routing/model.ts';
import type { RoutingSettings, RoutingWidgetSettings, Side } from '../../../widget-models/routing/settings.ts';

export type RoutingState = KitState<RoutingWidgetSettings, RoutingRuns>;

/** The context for the routing widget. */
export const Routing = createWidgetContext<RoutingState>('Routing widget');

/** Replaces some of the runs' settings; the selection goes back to following the latest request, which the new runs have. */
export function updateSettings(api: StoreApi<RoutingState>, patch: Partial<RoutingSettings>): void {
  updateKitSettings<RoutingWidgetSettings, RoutingRuns>(api, { ...patch, selected: -1 });
}

/** Selects a request (−1: follow the latest routed request) on the side on show. */
export function select(api: StoreApi<RoutingState>, selected: number): void {
  updateKitSettings<RoutingWidgetSettings, RoutingRuns>(api, { selected });
}

/** Shows a side; its own requests differ, so the selection follows the latest again. */
export function showSide(api: StoreApi<RoutingState>, side: Side): void {
  updateKitSettings<RoutingWidgetSettings, RoutingRuns>(api, { side, selected: -1 });
}
