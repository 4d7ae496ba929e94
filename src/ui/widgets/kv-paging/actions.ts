/**
 * Every command of the KV paging widget, for buttons, shortcuts and tests alike.
 * Actions only write to the store; the kit reruns the model when settings change.
 */
import type { StoreApi } from 'zustand/vanilla';
import { createActionRegistry, type ActionRegistry, type WidgetAction } from '../kit/actions.ts';
import { resetAction } from '../kit/kitState.ts';
import { playbackActions } from '../kit/playbackActions.ts';
import { BLOCK_SIZE_CHOICES, LIMITS, type AddedRequest, type KvWidgetSettings, withBlockSize } from '../../../widget-models/kv-paging/settings.ts';
import type { Simulation } from '../../../widget-models/kv-paging/types.ts';
import { liveSeqIds } from './selectors.ts';
import { type KvExtra, type KvState, updateSettings } from './store.ts';

function nextBlockSize(bs: number, dir: 1 | -1): number {
  const i = BLOCK_SIZE_CHOICES.indexOf(bs);
  return BLOCK_SIZE_CHOICES[Math.max(0, Math.min(BLOCK_SIZE_CHOICES.length - 1, (i < 0 ? 2 : i) + dir))] as number;
}

/** The arrival time (ms) of a request added now: the time on screen. */
function nowMs(s: KvState): number {
  const f = s.result.paged?.frames[s.playback.frame];
  return f ? Math.floor(f.timeUs / 1000) : 0;
}

function cycleSelection(api: StoreApi<KvState>, dir: 1 | -1): void {
  const s = api.getState();
  const ids = liveSeqIds(s);
  if (ids.length === 0) return;
  const at = s.settings.selected === null ? -1 : ids.indexOf(s.settings.selected);
  const next = at < 0 ? (dir === 1 ? 0 : ids.length - 1) : (at + dir + ids.length) % ids.length;
  updateSettings(api, { selected: ids[next] ?? null });
}

const kvActions: WidgetAction<KvState>[] = [
  ...playbackActions<KvState>(),
  resetAction<KvWidgetSettings, Simulation, KvExtra>(),
  {
    id: 'new-seed',
    label: 'New seed',
    shortcut: ['s'],
    perform: (api) => updateSettings(api, { seed: (api.getState().settings.seed + 1) % (LIMITS.seed[1] + 1) }),
  },
  {
    id: 'toggle-prefix-caching',
    label: 'Prefix caching',
    shortcut: ['p'],
    pressed: (s) => s.settings.enablePrefixCaching,
    perform: (api) => updateSettings(api, { enablePrefixCaching: !api.getState().settings.enablePrefixCaching }),
  },
  {
    id: 'smaller-blocks',
    label: 'Smaller blocks',
    shortcut: ['-'],
    enabled: (s) => s.settings.blockSize > (BLOCK_SIZE_CHOICES[0] as number),
    perform: (api) => updateSettings(api, withBlockSize(api.getState().settings, nextBlockSize(api.getState().settings.blockSize, -1))),
  },
  {
    id: 'larger-blocks',
    label: 'Larger blocks',
    shortcut: ['='],
    enabled: (s) => s.settings.blockSize < (BLOCK_SIZE_CHOICES[BLOCK_SIZE_CHOICES.length - 1] as number),
    perform: (api) => updateSettings(api, withBlockSize(api.getState().settings, nextBlockSize(api.getState().settings.blockSize, 1))),
  },
  {
    id: 'add-request',
    label: 'Add request',
    shortcut: ['a'],
    enabled: (s) => s.settings.addedRequests.length < LIMITS.addedRequests,
    perform: (api) => {
      const s = api.getState();
      const d = s.draft;
      const req: AddedRequest = [d.prompt, d.maxTokens, d.n, d.system ? 1 : 0, nowMs(s)];
      updateSettings(api, { addedRequests: [...s.settings.addedRequests, req] });
    },
  },
  {
    id: 'toggle-view',
    label: (s) => (s.settings.view === 'grid' ? 'Show as table' : 'Show as grid'),
    help: 'Grid or table',
    shortcut: ['t'],
    pressed: (s) => s.settings.view === 'table',
    perform: (api) => updateSettings(api, { view: api.getState().settings.view === 'grid' ? 'table' : 'grid' }),
  },
  { id: 'next-request', label: 'Select next request', shortcut: ['n'], perform: (api) => cycleSelection(api, 1) },
  { id: 'previous-request', label: 'Select previous request', shortcut: ['b'], perform: (api) => cycleSelection(api, -1) },
  { id: 'clear-selection', label: 'Clear selection', shortcut: ['Escape'], enabled: (s) => s.settings.selected !== null, perform: (api) => updateSettings(api, { selected: null }) },
];

/** The widget's action registry (one per module; actions are stateless). */
export const KV_ACTIONS: ActionRegistry<KvState> = createActionRegistry(kvActions);
