/**
 * Every command of the batching widget, for buttons, shortcuts and tests alike. Actions only
 * write to the store; the kit reruns the model when settings change.
 */
import type { StoreApi } from 'zustand/vanilla';
import { createActionRegistry, type ActionRegistry, type WidgetAction } from '../kit/actions.ts';
import { resetAction } from '../kit/kitState.ts';
import { pause, seek, updatePlayback } from '../kit/playback.ts';
import { playbackActions } from '../kit/playbackActions.ts';
import { nextPreemptionFrame } from './selectors.ts';
import { BLOCK_SIZE, LIMITS, RATE_CHOICES, ZOOM_CHOICES, type BatchWidgetSettings } from '../../../widget-models/batching/settings.ts';
import type { Simulation } from '../../../widget-models/batching/simulate.ts';
import { type BatchExtra, type BatchState, updateSettings } from './store.ts';

/** Token budgets the quick buttons step through. */
export const BUDGET_CHOICES: readonly number[] = [256, 512, 1024, 2048, 4096, 8192, 16_384];

/** The next value in a sorted list of choices, in direction `dir` from `v`. */
export function stepChoice(choices: readonly number[], v: number, dir: 1 | -1): number {
  if (dir > 0) return choices.find((c) => c > v) ?? v;
  return [...choices].reverse().find((c) => c < v) ?? v;
}

/** Fewest blocks vLLM would start with: one max_model_len request plus the null block. */
export function minBlocks(mml: number): number {
  return Math.ceil(mml / BLOCK_SIZE) + 1;
}

function seekPreemption(api: StoreApi<BatchState>, dir: 1 | -1): void {
  const s = api.getState();
  const f = nextPreemptionFrame(s.result, s.playback.frame, dir);
  if (f !== null) updatePlayback(api, (p) => pause(seek(p, f)));
}

const batchActions: WidgetAction<BatchState>[] = [
  ...playbackActions<BatchState>(),
  resetAction<BatchWidgetSettings, Simulation, BatchExtra>(),
  {
    id: 'new-seed',
    label: 'New seed',
    shortcut: ['s'],
    perform: (api) => updateSettings(api, { seed: (api.getState().settings.seed + 1) % (LIMITS.seed[1] + 1) }),
  },
  {
    id: 'more-arrivals',
    label: 'More arrivals per second',
    shortcut: ['a'],
    enabled: (s) => s.settings.rate < (RATE_CHOICES[RATE_CHOICES.length - 1] as number),
    perform: (api) => updateSettings(api, { rate: stepChoice(RATE_CHOICES, api.getState().settings.rate, 1) }),
  },
  {
    id: 'fewer-arrivals',
    label: 'Fewer arrivals per second',
    shortcut: ['z'],
    enabled: (s) => s.settings.rate > 0,
    perform: (api) => updateSettings(api, { rate: stepChoice(RATE_CHOICES, api.getState().settings.rate, -1) }),
  },
  {
    id: 'fewer-blocks',
    label: 'Fewer KV blocks',
    shortcut: ['-'],
    enabled: (s) => s.settings.numGpuBlocks > minBlocks(s.settings.maxModelLen),
    perform: (api) => {
      const s = api.getState().settings;
      updateSettings(api, { numGpuBlocks: Math.max(minBlocks(s.maxModelLen), Math.round(s.numGpuBlocks * 0.75)) });
    },
  },
  {
    id: 'more-blocks',
    label: 'More KV blocks',
    shortcut: ['='],
    enabled: (s) => s.settings.numGpuBlocks < LIMITS.numGpuBlocks[1],
    perform: (api) => updateSettings(api, { numGpuBlocks: Math.min(LIMITS.numGpuBlocks[1], Math.round(api.getState().settings.numGpuBlocks / 0.75)) }),
  },
  {
    id: 'smaller-budget',
    label: 'Smaller token budget',
    shortcut: ['g'],
    enabled: (s) => s.settings.maxNumBatchedTokens > (BUDGET_CHOICES[0] as number),
    perform: (api) => updateSettings(api, { maxNumBatchedTokens: stepChoice(BUDGET_CHOICES, api.getState().settings.maxNumBatchedTokens, -1) }),
  },
  {
    id: 'larger-budget',
    label: 'Larger token budget',
    shortcut: ['h'],
    enabled: (s) => s.settings.maxNumBatchedTokens < (BUDGET_CHOICES[BUDGET_CHOICES.length - 1] as number),
    perform: (api) => updateSettings(api, { maxNumBatchedTokens: stepChoice(BUDGET_CHOICES, api.getState().settings.maxNumBatchedTokens, 1) }),
  },
  {
    id: 'toggle-policy',
    label: (s) => (s.settings.schedulingPolicy === 'fcfs' ? 'Policy: FCFS' : 'Policy: priority'),
    help: 'Switch FCFS / priority',
    shortcut: ['p'],
    pressed: (s) => s.settings.schedulingPolicy === 'priority',
    perform: (api) => updateSettings(api, { schedulingPolicy: api.getState().settings.schedulingPolicy === 'fcfs' ? 'priority' : 'fcfs' }),
  },
  { id: 'next-preemption', label: 'Next preemption', shortcut: ['n'], enabled: (s) => nextPreemptionFrame(s.result, s.playback.frame, 1) !== null, perform: (api) => seekPreemption(api, 1) },
  { id: 'previous-preemption', label: 'Previous preemption', shortcut: ['b'], enabled: (s) => nextPreemptionFrame(s.result, s.playback.frame, -1) !== null, perform: (api) => seekPreemption(api, -1) },
  {
    id: 'explain-static',
    label: (s) => (s.explain === 'continuous' ? 'Explain static step' : 'Explain continuous step'),
    help: 'Explain the static or the continuous step',
    shortcut: ['e'],
    pressed: (s) => s.explain === 'static',
    perform: (api) => api.setState((s) => ({ explain: s.explain === 'continuous' ? 'static' : 'continuous' })),
  },
  {
    id: 'zoom-in',
    label: 'Zoom in',
    shortcut: ['i'],
    enabled: (s) => s.settings.zoom < (ZOOM_CHOICES[ZOOM_CHOICES.length - 1] as number),
    perform: (api) => updateSettings(api, { zoom: stepChoice(ZOOM_CHOICES, api.getState().settings.zoom, 1) }),
  },
  {
    id: 'zoom-out',
    label: 'Zoom out',
    shortcut: ['o'],
    enabled: (s) => s.settings.zoom > 1,
    perform: (api) => updateSettings(api, { zoom: stepChoice(ZOOM_CHOICES, api.getState().settings.zoom, -1) }),
  },
  {
    id: 'toggle-view',
    label: (s) => (s.settings.view === 'chart' ? 'Show as tables' : 'Show as timelines'),
    help: 'Timelines or tables',
    shortcut: ['t'],
    pressed: (s) => s.settings.view === 'table',
    perform: (api) => updateSettings(api, { view: api.getState().settings.view === 'chart' ? 'table' : 'chart' }),
  },
];

/** The widget's action registry (one per module; actions are stateless). */
export const BATCH_ACTIONS: ActionRegistry<BatchState> = createActionRegistry(batchActions);
