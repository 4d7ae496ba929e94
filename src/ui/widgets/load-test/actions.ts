/**
 * Every command of the load-test widget, for buttons, shortcuts and tests alike. Actions only
 * write to the store; the kit reruns the sweep when settings change.
 */
import { createActionRegistry, type ActionRegistry, type WidgetAction } from '../kit/actions.ts';
import { resetAction } from '../kit/kitState.ts';
import { LIMITS, type Metric } from '../../../widget-models/load-test/settings.ts';
import { type LoadTestState, updateSettings } from './store.ts';

const show = (metric: Metric, label: string, key: string): WidgetAction<LoadTestState> => ({
  id: `show-${metric}`,
  label,
  shortcut: [key],
  pressed: (s) => s.settings.metric === metric,
  perform: (api) => updateSettings(api, { metric }),
});

const loadTestActions: WidgetAction<LoadTestState>[] = [
  show('ttft', 'TTFT', '1'),
  show('tpot', 'TPOT / ITL', '2'),
  show('goodput', 'Goodput', '3'),
  {
    id: 'swap',
    label: 'Swap patterns',
    shortcut: ['w'],
    enabled: (s) => s.settings.patternB !== 'none',
    perform: (api) => {
      const { patternA: a, patternB: b } = api.getState().settings;
      if (b !== 'none') updateSettings(api, { patternA: b, patternB: a });
    },
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
export const LOAD_TEST_ACTIONS: ActionRegistry<LoadTestState> = createActionRegistry(loadTestActions);
