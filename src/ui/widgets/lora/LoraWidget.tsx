import { ActionButton } from '../kit/ActionButton.tsx';
import { ShortcutHelp } from '../kit/ShortcutHelp.tsx';
import { TimelineBar } from '../kit/TimelineBar.tsx';
import { useWidgetHost } from '../kit/useWidgetHost.ts';
import { WidgetSlot } from '../kit/WidgetSlot.tsx';
import { presetOf, type LoraPresetId } from '../../../widget-models/lora/presets.ts';
import { FRAME_MS, type LoraUrlState } from '../../../widget-models/lora/settings.ts';
import { LORA_ACTIONS } from './actions.ts';
import { Controls } from './Controls.tsx';
import { NarrationBox } from './NarrationBox.tsx';
import { NowPanel } from './NowPanel.tsx';
import { OverheadTable } from './OverheadTable.tsx';
import { Results } from './Results.tsx';
import { Simplifications } from './Simplifications.tsx';
import { SlotTimeline } from './SlotTimeline.tsx';
import { applyUrlState, createLoraStore, Lora, LORA_SIMULATION, type LoraState, urlStateOf } from './store.ts';
import { LORA_URL_FIELDS } from './urlFields.ts';
import './lora.css';

/** Frames per second at speed 1×: a frame is 100 ms, so one simulated second per second. */
const BASE_FPS = 10;

export interface LoraWidgetProps {
  /** URL namespace of this instance (one search param); unique on the page. */
  readonly id?: string;
  readonly preset?: LoraPresetId;
  readonly title?: string;
  readonly headingLevel?: 2 | 3;
}

/**
 * Serving many LoRA adapters on one base model with vLLM's engine: GPU adapter slots
 * (`--max-loras`) over time, the CPU cache (`--max-cpu-loras`), who waits because of
 * `max_loras` and why, and what rank and adapter count cost (estimated). Every setting is named
 * by its flag and lives in the URL.
 */
export function LoraWidget({ id = 'lora', preset, title, headingLevel = 3 }: LoraWidgetProps) {
  let p: ReturnType<typeof presetOf>;
  try {
    p = presetOf(preset);
  } catch (error) {
    return <WidgetSlot kind="lora" ns={id} title={title ?? 'Multi-LoRA serving'} headingLevel={headingLevel} error={error} />;
  }
  return (
    <WidgetSlot kind="lora" ns={id} title={title ?? `Multi-LoRA: ${p.title.charAt(0).toLowerCase()}${p.title.slice(1)}`} description={<p>{p.guide}</p>} headingLevel={headingLevel} resetKey={p.id}>
      <LoraBody ns={id} defaults={p.state} />
    </WidgetSlot>
  );
}

function LoraBody({ ns, defaults }: { readonly ns: string; readonly defaults: LoraUrlState }) {
  const { api, rootRef } = useWidgetHost({
    ns,
    fields: LORA_URL_FIELDS,
    defaults,
    label: 'the multi-LoRA widget',
    createStore: createLoraStore,
    applyUrlState,
    urlStateOf,
    simulation: LORA_SIMULATION,
    actions: LORA_ACTIONS,
    baseFps: BASE_FPS,
  });
  return (
    <Lora.Provider store={api}>
      <div ref={rootRef} className="lr-widget" data-widget="lora" data-ns={ns}>
        <LoraLayout />
      </div>
    </Lora.Provider>
  );
}

const panelFrameOf = (s: LoraState) => s.panelFrame;

function LoraLayout() {
  const api = Lora.useWidgetApi();
  const computing = Lora.useWidget((s) => s.computing);
  const error = Lora.useWidget((s) => s.sim.error);
  const describe = (frame: number, count: number) => `${((frame * FRAME_MS) / 1000).toFixed(1)} s of ${((Math.max(0, count - 1) * FRAME_MS) / 1000).toFixed(1)} s simulated${computing ? ' (computing)' : ''}`;
  const button = (id: string) => {
    const a = LORA_ACTIONS.get(id);
    return a ? <ActionButton key={id} action={a} api={api} className="btn btn-small" /> : null;
  };
  return (
    <div className="lr-layout" data-computing={computing ? 'true' : 'false'}>
      <TimelineBar api={api} registry={LORA_ACTIONS} describe={describe} shownFrame={panelFrameOf} />
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
      <ShortcutHelp registry={LORA_ACTIONS} className="lr-details" />
    </div>
  );
}
