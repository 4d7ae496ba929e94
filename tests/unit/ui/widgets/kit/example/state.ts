// tests/unit/ui/widgets/kit/example/state.ts
import { createWidgetContext } from '../../../../../../src/ui/widgets/kit/createWidgetContext.tsx';
import { type KitState, updateKitSettings } from '../../../../../../src/ui/widgets/kit/kitState.ts';
import type { QueueResult, QueueSettings } from './model.ts';

export type QueueState = KitState<QueueSettings, QueueResult>;
export const Queue = createWidgetContext<QueueState>('Queue widget');
export const updateSettings = updateKitSettings<QueueSettings, QueueResult>;
