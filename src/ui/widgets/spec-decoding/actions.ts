/**
 * Every command of the speculative-decoding widget, for buttons, shortcuts and tests alike.
 * Actions only write to the store; the kit reruns the model when settings change.
 */
import { createActionRegistry, type ActionRegistry, type WidgetAction } from '../kit/actions.ts';
import { resetAction } from '../kit/kitState.ts';
import { playbackActions } from '../kit/playbackActions.ts';
import { K_CHOICES } from '../../../widget-models/spec-decoding/settings.ts';
import { type SpecState, updateSettings } from './store.ts';

const stepK = (d: number): WidgetAction<SpecState> => ({
  id: d > 0 ? 'more-drafts' : 'fewer-drafts',
  label: d > 0 ? 'k + 1' : 'k − 1',
  help: d > 0 ? 'One more draft token (num_speculative_tokens + 1)' : 'One draft token fewer (num_speculative_tokens − 1)',
  shortcut: [d > 0 ? '=' : '-'],
  enabled: (s) => {
    const at = K_CHOICES.indexOf(s.settings.k);
    return d > 0 ? at < K_CHOICES.length - 1 : at > 0;
  },
  perform: (api) => {
    const at = K_CHOICES.indexOf(api.getState().settings.k);
    const k = K_CHOICES[Math.min(K_CHOICES.length - 1, Math.max(0, at + d))];
    if (k !== undefined) updateSettings(api, { k });
  },
});

const specActions: WidgetAction<SpecState>[] = [
  ...playbackActions<SpecState>(),
  stepK(-1),
  stepK(1),
  resetAction(),
];

/** The widget's action registry (one per module; actions are stateless). */
export const SPEC_ACTIONS: ActionRegistry<SpecState> = createActionRegistry(specActions);
