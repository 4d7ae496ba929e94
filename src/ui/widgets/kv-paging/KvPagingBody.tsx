import { useId } from 'react';
import { ActionButton } from '../kit/ActionButton.tsx';
import { ActionStepper } from '../kit/ActionStepper.tsx';
import type { createFrameLoop } from '../kit/frameLoop.ts';
import { ShortcutHelp } from '../kit/ShortcutHelp.tsx';
import { TimelineBar } from '../kit/TimelineBar.tsx';
import { useWidgetHost } from '../kit/useWidgetHost.ts';
import { KV_ACTIONS } from './actions.ts';
import { AddRequestForm } from './AddRequestForm.tsx';
import { BlockTable } from './BlockTable.tsx';
import { ComparisonPanel } from './ComparisonPanel.tsx';
import { GridCanvas } from './GridCanvas.tsx';
import { Legend } from './Legend.tsx';
import type { KvUrlState } from '../../../widget-models/kv-paging/settings.ts';
import { MAX_FRAMES } from '../../../widget-models/kv-paging/simulate.ts';
import { NarrationBox } from './NarrationBox.tsx';
import { RequestList } from './RequestList.tsx';
import { formatTime } from './selectors.ts';
import { SettingsForm } from './SettingsForm.tsx';
import { Simplifications } from './Simplifications.tsx';
import { StatsLine } from './StatsLine.tsx';
import { applyUrlState, KV_SIMULATION, createKvStore, Kv, type KvState, urlStateOf } from './store.ts';
import { TableView } from './TableView.tsx';
import { KV_URL_FIELDS } from './urlFields.ts';

/** Snapshots per second at speed 1×. */
const BASE_FPS = 8;

/** The body of KvPagingWidget.tsx: store, simulation and drawing, a chunk of its own loaded when the reader comes near. */
export default function KvPagingBody({ ns, defaults }: { readonly ns: string; readonly defaults: KvUrlState }) {
  const { api, loop, rootRef } = useWidgetHost({
    ns,
    fields: KV_URL_FIELDS,
    defaults,
    label: 'the KV paging widget',
    createStore: createKvStore,
    applyUrlState,
    urlStateOf,
    simulation: KV_SIMULATION,
    actions: KV_ACTIONS,
    baseFps: BASE_FPS,
    panelIntervalMs: 500,
  });
  const statsId = useId();
  return (
    <Kv.Provider store={api}>
      <div ref={rootRef} className="kv-widget" data-widget="kv-paging" data-ns={ns}>
        <KvBody loop={loop} statsId={statsId} />
      </div>
    </Kv.Provider>
  );
}

function KvBody({ loop, statsId }: { readonly loop: ReturnType<typeof createFrameLoop>; readonly statsId: string }) {
  const api = Kv.useWidgetApi();
  const view = Kv.useWidget((s) => s.view);
  const error = Kv.useWidget((s) => s.sim.error);
  const computing = Kv.useWidget((s) => s.computing);
  const truncated = Kv.useWidget((s) => s.sim.paged?.truncated ?? false);
  const describe = (frame: number, count: number) => {
    const f = api.getState().sim.paged?.frames[frame];
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
