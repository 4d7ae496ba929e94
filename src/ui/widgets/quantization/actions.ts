/**
 * Every command of the quantisation widget, for buttons, shortcuts and tests alike. Actions only
 * write to the store; the kit reruns the model when settings change.
 */
import { createActionRegistry, type ActionRegistry, type WidgetAction } from '../kit/actions.ts';
import { resetAction } from '../kit/kitState.ts';
import { SCHEME_IDS } from '../../../widget-models/quantization/settings.ts';
import { type QuantizationState, updateSettings } from './store.ts';

const stepScheme = (d: 1 | -1): WidgetAction<QuantizationState> => ({
  id: d > 0 ? 'next-scheme' : 'prev-scheme',
  label: d > 0 ? 'Next weight format' : 'Previous weight format',
  shortcut: [d > 0 ? ']' : '['],
  perform: (api) => {
    const i = SCHEME_IDS.indexOf(api.getState().settings.scheme);
    const next = SCHEME_IDS[(i + d + SCHEME_IDS.length) % SCHEME_IDS.length];
    if (next) updateSettings(api, { scheme: next });
  },
});

const quantizationActions: WidgetAction<QuantizationState>[] = [
  stepScheme(-1),
  stepScheme(1),
  {
    id: 'toggle-kv',
    label: 'fp8 KV cache',
    help: 'Switch --kv-cache-dtype between auto and fp8',
    shortcut: ['k'],
    pressed: (s) => s.settings.kvCacheDtype === 'fp8',
    perform: (api) => updateSettings(api, { kvCacheDtype: api.getState().settings.kvCacheDtype === 'fp8' ? 'auto' : 'fp8' }),
  },
  resetAction(),
];

/** The widget's action registry (one per module; actions are stateless). */
export const QUANTIZATION_ACTIONS: ActionRegistry<QuantizationState> = createActionRegistry(quantizationActions);
