import type { RoutingRuns } from '../../../widget-models/routing/model.ts';
import { Routing } from './store.ts';
import type { Side } from '../../../widget-models/routing/settings.ts';

/** What text panels render from: the runs and the throttled panel frame (see kit/panelFrame.ts). */
export interface RoutingView {
  readonly runs: RoutingRuns;
  readonly frame: number;
  readonly side: Side;
  readonly sel: number;
  /** Changes when the runs gain frames (use as a memo key). */
  readonly version: number;
}

export function useRoutingView(): RoutingView {
  const frame = Routing.useWidget((s) => s.panelFrame);
  const version = Routing.useWidget((s) => s.simVersion);
  const runs = Routing.useWidget((s) => s.result);
  const side = Routing.useWidget((s) => s.settings.side);
  const sel = Routing.useWidget((s) => s.settings.selected);
  return { runs, frame, side, sel, version };
}
