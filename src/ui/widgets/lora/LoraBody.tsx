import { actionButtons } from '../kit/ActionButton.tsx';
import type { ActionRegistry } from '../kit/actions.ts';
import { widgetBody } from '../kit/defineWidget.tsx';
import { ShortcutHelp } from '../kit/ShortcutHelp.tsx';
import { TimelineBar } from '../kit/TimelineBar.tsx';
import { loraModel } from '../../../widget-models/lora/model.ts';
import { overheadTable } from '../../../widget-models/lora/overhead.ts';
import { FRAME_MS } from '../../../widget-models/lora/settings.ts';
import { LORA_ACTIONS } from './actions.ts';
import { Controls } from './Controls.tsx';
import { NarrationBox } from './NarrationBox.tsx';
import { NowPanel } from './NowPanel.tsx';
import { OverheadTable } from './OverheadTable.tsx';
import { Results } from './Results.tsx';
import { Simplifications } from './Simplifications.tsx';
import { SlotTimeline } from './SlotTimeline.tsx';
import { Lora, type LoraState } from './store.ts';
import { LORA_URL } from './urlFields.ts';

/** The body of LoraWidget.tsx: store, simulation and drawing, a chunk of its own loaded when the reader comes near. */
export default widgetBody({
  kind: 'lora',
  label: 'the multi-LoRA widget',
  context: Lora,
  model: loraModel,
  // The rank table does not depend on the run: shown at once, so the figure has its size before the first frame.
  empty: { frames: [], summary: null, overhead: overheadTable(), error: null },
  frameCount: (sim) => sim.frames.length,
  url: LORA_URL,
  // A frame is 100 ms: one simulated second per second at 1×.
  fps: 10,
  actions: LORA_ACTIONS,
  Layout: LoraLayout,
});

const panelFrameOf = (s: LoraState) => s.panelFrame;

function LoraLayout({ actions }: { readonly actions: ActionRegistry<LoraState> }) {
  const api = Lora.useWidgetApi();
  const computing = Lora.useWidget((s) => s.computing);
  const error = Lora.useWidget((s) => s.result.error);
  const describe = (frame: number, count: number) => `${((frame * FRAME_MS) / 1000).toFixed(1)} s of ${((Math.max(0, count - 1) * FRAME_MS) / 1000).toFixed(1)} s simulated${computing ? ' (computing)' : ''}`;
  const button = actionButtons(actions, api);
  return (
    <div className="lr-layout" data-computing={computing ? 'true' : 'false'}>
      <TimelineBar api={api} registry={actions} describe={describe} shownFrame={panelFrameOf} />
      <div className="lr-quick">
        <div role="group" aria-label="Quick change of --max-loras" className="lr-quick-group">
          {button('fewer-slots')}
          {button('more-slots')}
        </div>
        <div className="lr-quick-group">
          {button('new-seed')}
          {button('reset')}
        </div>
      </div>
      {error ? (
        <p role="alert" className="lr-error">
          vLLM would refuse to start with these settings: {error}
        </p>
      ) : null}
      <SlotTimeline />
      <NowPanel />
      <NarrationBox />
      <Controls />
      <Results />
      <OverheadTable />
      <Simplifications />
      <ShortcutHelp registry={actions} className="lr-details" />
    </div>
  );
}
