/**
 * Every command of the LoRA widget, for buttons, shortcuts and tests alike. Actions only write
 * to the store; the kit reruns the model when settings change.
 */
import { createActionRegistry, type ActionRegistry, type WidgetAction } from '../kit/actions.ts';
import { resetAction } from '../kit/kitState.ts';
import { playbackActions } from '../kit/playbackActions.ts';
import { LIMITS, MAX_LORAS_VALUES } from '../../../widget-models/lora/settings.ts';
import { type LoraState, updateSettings } from './store.ts';

/** Moves `--max-loras` one stop (a value above `--max-cpu-loras` is refused by the engine, as vLLM refuses it). */
function stepMaxLoras(d: number): WidgetAction<LoraState>['perform'] {
  return (api) => {
    const s = api.getState().settings;
    const at = MAX_LORAS_VALUES.indexOf(s.maxLoras);
    const next = MAX_LORAS_VALUES[Math.min(MAX_LORAS_VALUES.length - 1, Math.max(0, at + d))] as number;
    if (next !== s.maxLoras) updateSettings(api, { maxLoras: next });
  };
}

const loraActions: WidgetAction<LoraState>[] = [
  ...playbackActions<LoraState>(),
  {
    id: 'fewer-slots',
    label: '− slot',
    help: 'One GPU adapter slot fewer (--max-loras)',
    shortcut: ['-'],
    enabled: (s) => s.settings.maxLoras > (MAX_LORAS_VALUES[0] as number),
    perform: stepMaxLoras(-1),
  },
  {
    id: 'more-slots',
    label: '+ slot',
    help: 'One GPU adapter slot more (--max-loras)',
    shortcut: ['+'],
    enabled: (s) => s.settings.maxLoras < (MAX_LORAS_VALUES.at(-1) as number),
    perform: stepMaxLoras(1),
  },
  resetAction(),
  {
    id: 'new-seed',
    label: 'New seed',
    shortcut: ['s'],
    perform: (api) => updateSettings(api, { seed: (api.getState().settings.seed + 1) % (LIMITS.seed[1] + 1) }),
  },
];

/** The widget's action registry (one per module; actions are stateless). */
export const LORA_ACTIONS: ActionRegistry<LoraState> = createActionRegistry(loraActions);
