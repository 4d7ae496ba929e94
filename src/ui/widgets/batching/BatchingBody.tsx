import { useId } from 'react';
import { ActionButton } from '../kit/ActionButton.tsx';
import { ActionStepper } from '../kit/ActionStepper.tsx';
import type { FrameLoop } from '../kit/frameLoop.ts';
import { TimelineBar } from '../kit/TimelineBar.tsx';
import { widgetBody } from '../kit/defineWidget.tsx';
import { BATCH_ACTIONS } from './actions.ts';
import { ComparisonPanel } from './ComparisonPanel.tsx';
import { HardwareControl } from './HardwareControl.tsx';
import { Legend } from './Legend.tsx';
import { batchingModel } from '../../../widget-models/batching/model.ts';
import { frameCount } from '../../../widget-models/batching/frames.ts';
import { runKeyOf, runSettingsOf, type BatchSettings, type BatchWidgetSettings } from '../../../widget-models/batching/settings.ts';
import { MAX_STEPS, type Simulation } from '../../../widget-models/batching/simulate.ts';
import { NarrationBox } from './NarrationBox.tsx';
import { describeFrame, fmtInt } from './selectors.ts';
import { SettingsForm } from './SettingsForm.tsx';
import { ShortcutHelp } from '../kit/ShortcutHelp.tsx';
import { Simplifications } from './Simplifications.tsx';
import { StatsLine } from './StatsLine.tsx';
import { BATCH_EXTRA, Batch, type BatchExtra, type BatchState, EMPTY_SIMULATION } from './store.ts';
import { TableView } from './TableView.tsx';
import { TimelineCanvas } from './TimelineCanvas.tsx';
import { BATCH_URL_FIELDS } from './urlFields.ts';
import { WhyPanel } from './WhyPanel.tsx';

/** Engine steps per second at speed 1×. */
const BASE_FPS = 10;

/** The body of BatchingWidget.tsx: store, simulation and drawing, a chunk of its own loaded when the reader comes near. */
export default widgetBody<BatchWidgetSettings, Simulation, BatchExtra, BatchSettings>({
  kind: 'batching',
  label: 'the batching widget',
  context: Batch,
  model: batchingModel,
  modelInputOf: runSettingsOf,
  empty: EMPTY_SIMULATION,
  frameCount,
  // Zoom and the chart/table view only redraw.
  keyOf: runKeyOf,
  url: BATCH_URL_FIELDS,
  fps: BASE_FPS,
  extra: BATCH_EXTRA,
  actions: BATCH_ACTIONS,
  Layout: Body,
});

/** Discrete actions beside the steppers; numeric settings are steppers (see Controls). */
const QUICK = ['toggle-policy', 'previous-preemption', 'next-preemption', 'zoom-out', 'zoom-in', 'toggle-view', 'new-seed', 'reset'] as const;

/**
 * The settings a learner changes most, under the picture (so on a phone Play shows motion on the
 * first screen): load, KV memory and token budget as steppers showing value and unit, then the
 * discrete actions.
 */
function Controls() {
  const api = Batch.useWidgetApi();
  const rate = Batch.useWidget((s) => s.settings.rate);
  const kvb = Batch.useWidget((s) => s.settings.numGpuBlocks);
  const mbt = Batch.useWidget((s) => s.settings.maxNumBatchedTokens);
  const a = (id: string) => BATCH_ACTIONS.get(id);
  return (
    <div className="cb-controls" role="group" aria-label="Quick settings">
      <div className="cb-steppers">
        <ActionStepper label="Arrivals" value={rate === 0 ? 'all at once' : `${rate} per s`} field={<code>--request-rate</code>} down={a('fewer-arrivals')} up={a('more-arrivals')} api={api} />
        <ActionStepper label="KV cache" value={`${fmtInt(kvb)} blocks`} field={<code>--num-gpu-blocks-override</code>} down={a('fewer-blocks')} up={a('more-blocks')} api={api} />
        <ActionStepper label="Token budget" value={`${fmtInt(mbt)} tokens`} field={<code>--max-num-batched-tokens</code>} down={a('smaller-budget')} up={a('larger-budget')} api={api} />
      </div>
      <div className="cb-quick">
        {QUICK.map((id) => {
          const action = a(id);
          return action ? <ActionButton key={id} action={action} api={api} className="btn btn-small" /> : null;
        })}
      </div>
    </div>
  );
}

function Body({ loop }: { readonly loop: FrameLoop }) {
  const api = Batch.useWidgetApi();
  const statsId = useId();
  const view = Batch.useWidget((s) => s.settings.view);
  const error = Batch.useWidget((s) => s.result.error);
  const computing = Batch.useWidget((s) => s.computing);
  const truncated = Batch.useWidget((s) => (s.result.cont?.truncated ?? false) || (s.result.stat?.truncated ?? false));
  const badge = Batch.useWidget((s) => `${s.settings.numPrompts} requests · budget ${fmtInt(s.settings.maxNumBatchedTokens)} · max_num_seqs ${s.settings.maxNumSeqs} · ${fmtInt(s.settings.numGpuBlocks)} KV blocks · ${s.settings.schedulingPolicy.toUpperCase()}`);
  const describe = (frame: number, count: number) => {
    const s = api.getState();
    return describeFrame(s.result, frame, count, s.computing);
  };
  return (
    <div className="cb-layout" data-computing={computing ? 'true' : 'false'}>
      <TimelineBar api={api} registry={BATCH_ACTIONS} describe={describe} shownFrame={panelFrameOf} />
      <p className="cb-badge">{badge}</p>
      {error ? (
        <p role="alert" className="cb-error">
          vLLM would not start with these settings: {error}
        </p>
      ) : null}
      {truncated ? <p className="muted">This scenario was cut after {fmtInt(MAX_STEPS)} steps; lower the load to see it finish.</p> : null}
      <StatsLine id={statsId} />
      {view === 'chart' ? (
        <div className="cb-timelines" aria-describedby={statsId}>
          <h4 className="widget-panel-title">Continuous batching (vLLM V1 scheduler)</h4>
          <TimelineCanvas run="continuous" loop={loop} label="Continuous batching timeline" />
          <h4 className="widget-panel-title">Static batching (request-level), same requests</h4>
          <TimelineCanvas run="static" loop={loop} label="Static batching timeline" />
          <Legend />
        </div>
      ) : (
        <TableView />
      )}
      <Controls />
      <div className="cb-explain">
        <WhyPanel />
        <NarrationBox />
      </div>
      <ComparisonPanel />
      <details className="cb-details">
        <summary>Settings</summary>
        <SettingsForm />
      </details>
      <HardwareControl />
      <Simplifications />
      <ShortcutHelp registry={BATCH_ACTIONS} className="cb-details" />
    </div>
  );
}

const panelFrameOf = (s: BatchState) => s.panelFrame;
