import { ActionButton } from '../kit/ActionButton.tsx';
import { ShortcutHelp } from '../kit/ShortcutHelp.tsx';
import { TimelineBar } from '../kit/TimelineBar.tsx';
import { useWidgetHost } from '../kit/useWidgetHost.ts';
import type { RequestPathUrlState } from '../../../widget-models/request-path/settings.ts';
import { REQUEST_PATH_ACTIONS } from './actions.ts';
import { BudgetBars } from './BudgetBars.tsx';
import { Comparison } from './Comparison.tsx';
import { Controls } from './Controls.tsx';
import { NarrationBox } from './NarrationBox.tsx';
import { PathView } from './PathView.tsx';
import { ScoreTable } from './ScoreTable.tsx';
import { Simplifications } from './Simplifications.tsx';
import { applyUrlState, createRequestPathStore, RequestPath, REQUEST_PATH_SIMULATION, type RequestPathState, urlStateOf } from './store.ts';
import { REQUEST_PATH_URL_FIELDS } from './urlFields.ts';

/** Frames per second at speed 1×: the whole path plays in about ten seconds. */
const BASE_FPS = 6;

/** The body of RequestPathWidget.tsx: store, simulation and drawing, a chunk of its own loaded when the reader comes near. */
export default function RequestPathBody({ ns, defaults }: { readonly ns: string; readonly defaults: RequestPathUrlState }) {
  const { api, rootRef } = useWidgetHost({
    ns,
    fields: REQUEST_PATH_URL_FIELDS,
    defaults,
    label: 'the request-path widget',
    createStore: createRequestPathStore,
    applyUrlState,
    urlStateOf,
    simulation: REQUEST_PATH_SIMULATION,
    actions: REQUEST_PATH_ACTIONS,
    baseFps: BASE_FPS,
  });
  return (
    <RequestPath.Provider store={api}>
      <div ref={rootRef} className="rp-widget" data-widget="request-path" data-ns={ns}>
        <RequestPathLayout />
      </div>
    </RequestPath.Provider>
  );
}

const panelFrameOf = (s: RequestPathState) => s.panelFrame;
const STAGE_WORDS = { client: 'leaving the client', gateway: 'at the gateway', picker: 'at the picker', queue: 'queued', prefill: 'in prefill', decode: 'decoding', done: 'done' } as const;

function RequestPathLayout() {
  const api = RequestPath.useWidgetApi();
  const computing = RequestPath.useWidget((s) => s.computing);
  const error = RequestPath.useWidget((s) => s.sim.error);
  const frames = RequestPath.useWidget((s) => s.sim.frames);
  const describe = (frame: number, count: number) => {
    const f = frames[Math.min(frame, frames.length - 1)];
    return f ? `Frame ${frame + 1} of ${count}: ${STAGE_WORDS[f.stage]}` : computing ? 'Computing…' : 'No run';
  };
  const button = (id: string) => {
    const a = REQUEST_PATH_ACTIONS.get(id);
    return a ? <ActionButton key={id} action={a} api={api} className="btn btn-small" /> : null;
  };
  return (
    <div className="rp-layout" data-computing={computing ? 'true' : 'false'}>
      <TimelineBar api={api} registry={REQUEST_PATH_ACTIONS} describe={describe} shownFrame={panelFrameOf} />
      <div className="rp-quick">
        {button('toggle-policy')}
        {button('new-seed')}
        {button('reset')}
      </div>
      {error ? (
        <p role="alert" className="rp-error">
          This run could not complete: {error}
        </p>
      ) : null}
      <PathView />
      <BudgetBars />
      <NarrationBox />
      <ScoreTable />
      <Controls />
      <Comparison />
      <Simplifications />
      <ShortcutHelp registry={REQUEST_PATH_ACTIONS} className="rp-details" />
    </div>
  );
}
