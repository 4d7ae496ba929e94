import { actionButtons } from '../kit/ActionButton.tsx';
import { ShortcutHelp } from '../kit/ShortcutHelp.tsx';
import { TimelineBar } from '../kit/TimelineBar.tsx';
import { widgetBody } from '../kit/defineWidget.tsx';
import { requestPathModel } from '../../../widget-models/request-path/model.ts';
import { EMPTY_SIM } from '../../../widget-models/request-path/simulate.ts';
import { REQUEST_PATH_ACTIONS } from './actions.ts';
import { BudgetBars } from './BudgetBars.tsx';
import { Comparison } from './Comparison.tsx';
import { Controls } from './Controls.tsx';
import { NarrationBox } from './NarrationBox.tsx';
import { PathView } from './PathView.tsx';
import { ScoreTable } from './ScoreTable.tsx';
import { Simplifications } from './Simplifications.tsx';
import { RequestPath, type RequestPathState } from './store.ts';
import { REQUEST_PATH_URL_FIELDS } from './urlFields.ts';

/** The body of RequestPathWidget.tsx: store, simulation and drawing, a chunk of its own loaded when the reader comes near. */
export default widgetBody({
  kind: 'request-path',
  label: 'the request-path widget',
  context: RequestPath,
  model: requestPathModel,
  empty: EMPTY_SIM,
  frameCount: (sim) => Math.max(1, sim.frames.length),
  url: REQUEST_PATH_URL_FIELDS,
  // At 1× the whole path plays in about ten seconds.
  fps: 6,
  maxFrame: 10_000,
  actions: REQUEST_PATH_ACTIONS,
  Layout: RequestPathLayout,
});

const panelFrameOf = (s: RequestPathState) => s.panelFrame;
const STAGE_WORDS = { client: 'leaving the client', gateway: 'at the gateway', picker: 'at the picker', queue: 'queued', prefill: 'in prefill', decode: 'decoding', done: 'done' } as const;

function RequestPathLayout() {
  const api = RequestPath.useWidgetApi();
  const computing = RequestPath.useWidget((s) => s.computing);
  const error = RequestPath.useWidget((s) => s.result.error);
  const frames = RequestPath.useWidget((s) => s.result.frames);
  const describe = (frame: number, count: number) => {
    const f = frames[Math.min(frame, frames.length - 1)];
    return f ? `Frame ${frame + 1} of ${count}: ${STAGE_WORDS[f.stage]}` : computing ? 'Computing…' : 'No run';
  };
  const button = actionButtons(REQUEST_PATH_ACTIONS, api);
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
