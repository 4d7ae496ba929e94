// tests/unit/ui/widgets/kit/example/QueueWidget.tsx
import { ActionButton } from '../../../../../../src/ui/widgets/kit/ActionButton.tsx';
import type { ActionRegistry } from '../../../../../../src/ui/widgets/kit/actions.ts';
import { defineWidget } from '../../../../../../src/ui/widgets/kit/defineWidget.tsx';
import { ShortcutHelp } from '../../../../../../src/ui/widgets/kit/ShortcutHelp.tsx';
import { TimelineBar } from '../../../../../../src/ui/widgets/kit/TimelineBar.tsx';
import { MORE_SLOTS, QUEUE_ACTIONS } from './actions.ts';
import { queueModel } from './model.ts';
import { QUEUE_PRESETS, QUEUE_URL } from './settings.ts';
import { Queue, type QueueState } from './state.ts';

export const QueueWidget = defineWidget({
  kind: 'example-queue',
  name: 'Queue',
  label: 'the queue widget',
  context: Queue,
  presets: QUEUE_PRESETS,
  defaultPreset: 'sandbox',
  model: queueModel,
  empty: { frames: [] },
  frameCount: (result) => result.frames.length,
  url: QUEUE_URL,
  fps: 8,
  actions: QUEUE_ACTIONS,
  Layout: QueueLayout,
});

/** The drawing: reads the store, never writes it except through actions. */
function QueueLayout({ actions }: { readonly actions: ActionRegistry<QueueState> }) {
  const api = Queue.useWidgetApi();
  const now = Queue.useWidget((s) => s.result.frames[s.panelFrame]);
  return (
    <>
      <TimelineBar api={api} registry={actions} describe={(f, n) => `step ${f + 1} of ${n}`} shownFrame={(s) => s.panelFrame} />
      <p className="queue-now">{now ? `${now.waiting} waiting, ${now.running} decoding` : 'Computing…'}</p>
      <ActionButton action={MORE_SLOTS} api={api} />
      <ShortcutHelp registry={actions} className="widget-details" />
    </>
  );
}
