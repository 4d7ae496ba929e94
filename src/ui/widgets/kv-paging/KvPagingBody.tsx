import { useId } from 'react';
import { ActionButton } from '../kit/ActionButton.tsx';
import { ActionStepper } from '../kit/ActionStepper.tsx';
import { widgetBody } from '../kit/defineWidget.tsx';
import type { FrameLoop } from '../kit/frameLoop.ts';
import { ShortcutHelp } from '../kit/ShortcutHelp.tsx';
import { TimelineBar } from '../kit/TimelineBar.tsx';
import { kvPagingModel } from '../../../widget-models/kv-paging/model.ts';
import { runSettingsOf, type KvWidgetSettings } from '../../../widget-models/kv-paging/settings.ts';
import type { Simulation } from '../../../widget-models/kv-paging/types.ts';
import { MAX_FRAMES } from '../../../widget-models/kv-paging/simulate.ts';
import { KV_ACTIONS } from './actions.ts';
import { AddRequestForm } from './AddRequestForm.tsx';
import { BlockTable } from './BlockTable.tsx';
import { ComparisonPanel } from './ComparisonPanel.tsx';
import { GridCanvas } from './GridCanvas.tsx';
import { Legend } from './Legend.tsx';
import { NarrationBox } from './NarrationBox.tsx';
import { RequestList } from './RequestList.tsx';
import { formatTime } from './selectors.ts';
import { SettingsForm } from './SettingsForm.tsx';
import { Simplifications } from './Simplifications.tsx';
import { StatsLine } from './StatsLine.tsx';
import { DEFAULT_DRAFT, EMPTY_SIMULATION, Kv, type KvExtra, type KvState } from './store.ts';
import { TableView } from './TableView.tsx';
import { KV_URL_FIELDS } from './urlFields.ts';

/** The body of KvPagingWidget.tsx: store, simulation and drawing, a chunk of its own loaded when the reader comes near. */
export default widgetBody<KvWidgetSettings, Simulation, KvExtra>({
  kind: 'kv-paging',
  label: 'the KV paging widget',
  context: Kv,
  model: kvPagingModel,
  empty: EMPTY_SIMULATION,
  frameCount: (sim) => sim.paged?.frames.length ?? 1,
  // The selection and the grid/table view are view state: changing them never reruns the model.
  keyOf: (s) => JSON.stringify(runSettingsOf(s)),
  url: KV_URL_FIELDS,
  // Snapshots per second at 1×.
  fps: 8,
  panelIntervalMs: 500,
  extra: { draft: DEFAULT_DRAFT },
  actions: KV_ACTIONS,
  Layout: KvLayout,
});

function KvLayout({ loop }: { readonly loop: FrameLoop }) {
  const api = Kv.useWidgetApi();
  const statsId = useId();
  const view = Kv.useWidget((s) => s.settings.view);
  const error = Kv.useWidget((s) => s.result.error);
  const computing = Kv.useWidget((s) => s.computing);
  const truncated = Kv.useWidget((s) => s.result.paged?.truncated ?? false);
  const describe = (frame: number, count: number) => {
    const f = api.getState().result.paged?.frames[frame];
    return `Step ${frame} of ${Math.max(0, count - 1)}${computing ? '+' : ''} · ${formatTime(f?.timeUs ?? 0)}`;
  };
  const get = (id: string) => KV_ACTIONS.get(id);
  return (
    <div className="kv-layout" data-computing={computing ? 'true' : 'false'}>
      <TimelineBar api={api} registry={KV_ACTIONS} describe={describe} shownFrame={panelFrameOf} />
      {error ? (
        <p role="alert" className="kv-error">
          vLLM would not start with these settings: {error}
        </p>
      ) : null}
      {truncated ? <p className="muted">This scenario was cut after {MAX_FRAMES.toLocaleString('en-US')} steps; lower the load to see it finish.</p> : null}
      <StatsLine id={statsId} />
      <div className="kv-main">
        <div className="kv-grid-col">{view === 'grid' ? <GridCanvas loop={loop} describedBy={statsId} /> : <TableView />}</div>
        <aside className="kv-side" aria-label="Requests and block tables">
          <h4 className="widget-panel-title">Requests</h4>
          <RequestList />
          <h4 className="widget-panel-title">Block table</h4>
          <BlockTable />
        </aside>
      </div>
      {view === 'grid' ? <Legend /> : null}
      <div className="kv-controls" role="group" aria-label="Quick settings">
        <BlockSizeStepper />
        <div className="kv-quick">
          {(['toggle-prefix-caching', 'new-seed', 'toggle-view', 'reset'] as const).map((id) => {
            const a = get(id);
            return a ? <ActionButton key={id} action={a} api={api} className="btn btn-small" /> : null;
          })}
        </div>
      </div>
      <div className="kv-explain">
        <NarrationBox />
        <ComparisonPanel />
      </div>
      <details className="kv-details">
        <summary>Add a request</summary>
        <AddRequestForm />
      </details>
      <details className="kv-details">
        <summary>Settings</summary>
        <SettingsForm />
      </details>
      <Simplifications />
      <ShortcutHelp registry={KV_ACTIONS} className="kv-details" />
    </div>
  );
}

const panelFrameOf = (s: KvState) => s.panelFrame;

/** Block size as a stepper (under the picture): the same memory in more, smaller blocks or fewer, larger ones. */
function BlockSizeStepper() {
  const api = Kv.useWidgetApi();
  const bs = Kv.useWidget((s) => s.settings.blockSize);
  const nb = Kv.useWidget((s) => s.settings.numGpuBlocks);
  return (
    <ActionStepper
      label="Block size"
      value={`${nb.toLocaleString('en-US')} blocks × ${bs} tokens`}
      valueClassName="kv-badge"
      field={<code>--block-size</code>}
      down={KV_ACTIONS.get('smaller-blocks')}
      up={KV_ACTIONS.get('larger-blocks')}
      api={api}
    />
  );
}
