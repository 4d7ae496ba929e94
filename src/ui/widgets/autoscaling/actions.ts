/**
 * Every command of the autoscaling widget, for buttons, shortcuts and tests alike. Actions only
 * write to the store; the kit reruns the model when settings change.
 */
import { createActionRegistry, type ActionRegistry, type WidgetAction } from '../kit/actions.ts';
import { resetAction } from '../kit/kitState.ts';
import { playbackActions } from '../kit/playbackActions.ts';
import { LIMITS, type Focus } from '../../../widget-models/autoscaling/settings.ts';
import { type AutoscalingState, updateSettings } from './store.ts';

const show = (focus: Focus, label: string, key: string): WidgetAction<AutoscalingState> => ({
  id: `show-${focus}`,
  label,
  shortcut: [key],
  pressed: (s) => s.settings.focus === focus,
  perform: (api) => updateSettings(api, { focus }),
});

const autoscalingActions: WidgetAction<AutoscalingState>[] = [
  ...playbackActions<AutoscalingState>(),
  show('kpa', 'KPA', '1'),
  show('alt', 'HPA / KEDA', '2'),
  show('fixed', 'Fixed', '3'),
  resetAction(),
  {
    id: 'new-seed',
    label: 'New seed',
    shortcut: ['s'],
    perform: (api) => updateSettings(api, { seed: (api.getState().settings.seed + 1) % (LIMITS.seed[1] + 1) }),
  },
];

/** The widget's action registry (one per module; actions are stateless). */
export const AUTOSCALING_ACTIONS: ActionRegistry<AutoscalingState> = createActionRegistry(autoscalingActions);
