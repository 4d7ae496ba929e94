/**
 * Every command of the request-path widget, for buttons, shortcuts and tests alike. Actions only
 * write to the store; the kit reruns the model when settings change.
 */
import { createActionRegistry, type ActionRegistry, type WidgetAction } from '../kit/actions.ts';
import { resetAction } from '../kit/kitState.ts';
import { playbackActions } from '../kit/playbackActions.ts';
import { LIMITS } from '../../../widget-models/request-path/settings.ts';
import { type RequestPathState, updateSettings } from './store.ts';

const requestPathActions: WidgetAction<RequestPathState>[] = [
  ...playbackActions<RequestPathState>(),
  {
    id: 'toggle-policy',
    label: (s) => (s.settings.policy === 'prefix' ? 'Try round robin' : 'Try prefix-aware'),
    help: 'Switch the routing between the Endpoint Picker and round robin',
    shortcut: ['p'],
    perform: (api) => updateSettings(api, { policy: api.getState().settings.policy === 'prefix' ? 'rr' : 'prefix' }),
  },
  resetAction(),
  {
    id: 'new-seed',
    label: 'New seed',
    help: 'Other requests with the same settings',
    shortcut: ['s'],
    perform: (api) => updateSettings(api, { seed: (api.getState().settings.seed + 1) % (LIMITS.seed[1] + 1) }),
  },
];

/** The widget's action registry (one per module; actions are stateless). */
export const REQUEST_PATH_ACTIONS: ActionRegistry<RequestPathState> = createActionRegistry(requestPathActions);
