/**
 * Every command of the tensor-parallel widget, for buttons, shortcuts and tests alike. Actions
 * only write to the store; the kit reruns the model when settings change.
 */
import { createActionRegistry, type ActionRegistry, type WidgetAction } from '../kit/actions.ts';
import { resetAction } from '../kit/kitState.ts';
import { TP_VALUES } from '../../../widget-models/tensor-parallel/settings.ts';
import { type TensorParallelState, updateSettings } from './store.ts';

const moveTp = (d: number) => (s: TensorParallelState) => TP_VALUES[TP_VALUES.indexOf(s.settings.tp) + d];

const tpActions: WidgetAction<TensorParallelState>[] = [
  {
    id: 'tp-up',
    label: 'More GPUs',
    help: 'Raise --tensor-parallel-size by one',
    shortcut: ['+', '='],
    enabled: (s) => moveTp(1)(s) !== undefined,
    perform: (api) => {
      const next = moveTp(1)(api.getState());
      if (next !== undefined) updateSettings(api, { tp: next });
    },
  },
  {
    id: 'tp-down',
    label: 'Fewer GPUs',
    help: 'Lower --tensor-parallel-size by one',
    shortcut: ['-'],
    enabled: (s) => moveTp(-1)(s) !== undefined,
    perform: (api) => {
      const next = moveTp(-1)(api.getState());
      if (next !== undefined) updateSettings(api, { tp: next });
    },
  },
  resetAction(),
];

/** The widget's action registry (one per module; actions are stateless). */
export const TP_ACTIONS: ActionRegistry<TensorParallelState> = createActionRegistry(tpActions);
