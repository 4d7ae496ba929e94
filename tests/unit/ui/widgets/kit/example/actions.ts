// tests/unit/ui/widgets/kit/example/actions.ts
import { createActionRegistry, type WidgetAction } from '../../../../../../src/ui/widgets/kit/actions.ts';
import { resetAction } from '../../../../../../src/ui/widgets/kit/kitState.ts';
import { playbackActions } from '../../../../../../src/ui/widgets/kit/playbackActions.ts';
import { type QueueState, updateSettings } from './state.ts';

export const MORE_SLOTS: WidgetAction<QueueState> = {
  id: 'more-slots',
  label: '+ slot',
  help: 'One decode slot more',
  shortcut: ['+'],
  enabled: (s) => s.settings.slots < 16,
  perform: (api) => updateSettings(api, { slots: api.getState().settings.slots + 1 }),
};

export const QUEUE_ACTIONS = createActionRegistry<QueueState>([...playbackActions<QueueState>(), resetAction(), MORE_SLOTS]);
