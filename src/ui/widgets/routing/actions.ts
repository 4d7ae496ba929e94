/**
 * Every command of the routing widget, for buttons, shortcuts and tests alike. Actions only
 * write to the store; the kit reruns the model when settings change.
 */
import type { StoreApi } from 'zustand/vanilla';
import { createActionRegistry, type ActionRegistry, type WidgetAction } from '../kit/actions.ts';
import { resetAction } from '../kit/kitState.ts';
import { playbackActions } from '../kit/playbackActions.ts';
import { explainedIndex, lastArrivedBy, runOf } from './selectors.ts';
import type { RoutingRuns } from '../../../widget-models/routing/model.ts';
import { LIMITS, type RoutingWidgetSettings } from '../../../widget-models/routing/settings.ts';
import { type RoutingState, select, showSide, updateSettings } from './store.ts';

/** Selects the request before/after the one explained, among those arrived by the frame on screen. */
function cycleSelection(api: StoreApi<RoutingState>, dir: 1 | -1): void {
  const s = api.getState();
  const t = runOf(s, s.settings.side);
  if (!t) return;
  const last = lastArrivedBy(t.tracks, s.playback.frame * t.frameUs);
  if (last < 0) return;
  const cur = explainedIndex(s, s.playback.frame);
  const next = cur < 0 ? last : Math.max(0, Math.min(last, cur + dir));
  select(api, next);
}

const routingActions: WidgetAction<RoutingState>[] = [
  ...playbackActions<RoutingState>(),
  resetAction<RoutingWidgetSettings, RoutingRuns>(),
  {
    id: 'new-seed',
    label: 'New seed',
    shortcut: ['s'],
    perform: (api) => updateSettings(api, { seed: (api.getState().settings.seed + 1) % (LIMITS.seed[1] + 1) }),
  },
  {
    id: 'show-a',
    label: 'Show A',
    shortcut: ['1'],
    pressed: (s) => s.settings.side === 'a',
    perform: (api) => showSide(api, 'a'),
  },
  {
    id: 'show-b',
    label: 'Show B',
    shortcut: ['2'],
    pressed: (s) => s.settings.side === 'b',
    perform: (api) => showSide(api, 'b'),
  },
  { id: 'next-request', label: 'Next request', shortcut: ['n'], perform: (api) => cycleSelection(api, 1) },
  { id: 'previous-request', label: 'Previous request', shortcut: ['b'], perform: (api) => cycleSelection(api, -1) },
  {
    id: 'follow-latest',
    label: 'Follow the latest',
    shortcut: ['Escape'],
    enabled: (s) => s.settings.selected >= 0,
    perform: (api) => select(api, -1),
  },
];

/** The widget's action registry (one per module; actions are stateless). */
export const ROUTING_ACTIONS: ActionRegistry<RoutingState> = createActionRegistry(routingActions);
