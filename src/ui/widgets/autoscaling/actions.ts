/**
 * Every command of the autoscaling widget, for buttons, shortcuts and tests alike. Actions only
 * write to the store; the kit reruns the model when settings change.
 */
import { createActionRegistry, type ActionRegistry, type WidgetAction } from '../kit/actions.ts';
import { initialPlayback } from '../kit/playback.ts';
import { playbackActions } from '../kit/playbackActions.ts';
import { LIMITS, type Focus } from '../../../widget-models/autoscaling/settings.ts';
import { type AutoscalingState, updateSettings } from './store.ts';

const show = (focus: Focus, label: string, key: string): WidgetAction<AutoscalingState> => ({
  id: `show-${focus}`,
  label,
  shortcut: [key],
  pressed: (s) => s.focus === focus,
  perform: (api) => api.setState({ focus }),
});

const autoscalingActions: WidgetAction<AutoscalingState>[] = [
  ...playbackActions<AutoscalingState>(),
  show('kpa', 'KPA', '1'),
  show('alt', 'HPA / KEDA', '2'),
  show('fixed', 'Fixed', '3'),
  {
    id: 'reset',
    label: 'Reset',
    shortcut: ['r'],
    perform: (api) => {
      const { frame, speed, focus, ...settings } = api.getState().defaults;
      api.setState({ settings, focus, targetFrame: frame > 0 ? frame : null, playback: initialPlayback(1, 0, speed), panelFrame: 0 });
    },
  },
  {
    id: 'new-seed',
    label: 'New seed',
    shortcut: ['s'],
    perform: (api) => updateSettings(api, { seed: (api.getState().settings.seed + 1) % (LIMITS.seed[1] + 1) }),
  },
];

/** The widget's action registry (one per module; actions are stateless). */
export const AUTOSCALING_ACTIONS: ActionRegistry<AutoscalingState> = createActionRegistry(autoscalingActions);
