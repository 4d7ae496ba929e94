import { ActionButton } from '../kit/ActionButton.tsx';
import { widgetBody } from '../kit/defineWidget.tsx';
import { TimelineBar } from '../kit/TimelineBar.tsx';
import { ROUTING_ACTIONS } from './actions.ts';
import { sideLabel } from '../../../widget-models/routing/buildRun.ts';
import { routingModel, type RoutingRuns } from '../../../widget-models/routing/model.ts';
import { runSettingsOf, type RoutingWidgetSettings } from '../../../widget-models/routing/settings.ts';
import { ClusterView } from './ClusterView.tsx';
import { ComparisonTable } from './ComparisonTable.tsx';
import { DecisionPanel } from './DecisionPanel.tsx';
import { NarrationBox } from './NarrationBox.tsx';
import { formatSeconds, frameOf, runOf } from './selectors.ts';
import { SettingsForm } from './SettingsForm.tsx';
import { ShortcutHelp } from '../kit/ShortcutHelp.tsx';
import { Simplifications } from './Simplifications.tsx';
import { Routing, type RoutingState } from './store.ts';
import { ROUTING_URL_FIELDS } from './urlFields.ts';
import { WeightSliders } from './WeightSliders.tsx';

/** Frames per second at speed 1× (a frame is 0.25 simulated seconds: 2× real time). */
const BASE_FPS = 8;

/** The body of RoutingWidget.tsx: store, simulation and drawing, a chunk of its own loaded when the reader comes near. */
export default widgetBody<RoutingWidgetSettings, RoutingRuns>({
  kind: 'routing',
  label: 'the routing widget',
  context: Routing,
  model: routingModel,
  empty: { a: null, b: null, error: null },
  frameCount: (r) => Math.max(r.a?.frames.length ?? 0, r.b?.frames.length ?? 0, 1),
  // The side on show and the selected request are view state: changing them never reruns the model.
  keyOf: (s) => JSON.stringify(runSettingsOf(s)),
  url: ROUTING_URL_FIELDS,
  fps: BASE_FPS,
  actions: ROUTING_ACTIONS,
  Layout: RoutingLayout,
});

const panelFrameOf = (s: RoutingState) => s.panelFrame;

function RoutingLayout() {
  const api = Routing.useWidgetApi();
  const computing = Routing.useWidget((s) => s.computing);
  const error = Routing.useWidget((s) => s.result.error);
  const settings = Routing.useWidget((s) => s.settings);
  const describe = (frame: number, count: number) => {
    const s = api.getState();
    const t = runOf(s, s.settings.side);
    return `${formatSeconds(frame * (t?.frameUs ?? 250_000))} of ${formatSeconds(Math.max(0, count - 1) * (t?.frameUs ?? 250_000))}${computing ? '+' : ''} simulated`;
  };
  const get = (id: string) => ROUTING_ACTIONS.get(id);
  return (
    <div className="rt-layout" data-computing={computing ? 'true' : 'false'}>
      <TimelineBar api={api} registry={ROUTING_ACTIONS} describe={describe} shownFrame={panelFrameOf} />
      <div className="rt-quick" role="group" aria-label="Which side to watch">
        {(['show-a', 'show-b'] as const).map((id) => {
          const a = get(id);
          return a ? <ActionButton key={id} action={a} api={api} className="btn btn-small rt-side-btn" /> : null;
        })}
        <span className="rt-side-labels">
          <span>A: {sideLabel(settings, 'a')}</span> <span>B: {sideLabel(settings, 'b')}</span>
        </span>
        {(['new-seed', 'reset'] as const).map((id) => {
          const a = get(id);
          return a ? <ActionButton key={id} action={a} api={api} className="btn btn-small" /> : null;
        })}
      </div>
      {error ? (
        <p role="alert" className="rt-error">
          This set-up cannot run: {error}
        </p>
      ) : null}
      <StatusLine />
      <ClusterView baseFps={BASE_FPS} />
      <div className="rt-explain">
        <DecisionPanel />
        <NarrationBox baseFps={BASE_FPS} />
      </div>
      <ComparisonTable />
      <details className="rt-details">
        <summary>Scorer weights (side A)</summary>
        <WeightSliders />
      </details>
      <details className="rt-details">
        <summary>Settings</summary>
        <SettingsForm />
      </details>
      <Simplifications />
      <ShortcutHelp registry={ROUTING_ACTIONS} className="rt-details" />
    </div>
  );
}

function StatusLine() {
  const side = Routing.useWidget((s) => s.settings.side);
  const t = Routing.useWidget((s) => runOf(s, s.settings.side));
  const frame = Routing.useWidget((s) => s.panelFrame);
  const version = Routing.useWidget((s) => s.simVersion);
  void version;
  const f = frameOf(t, frame);
  if (!t || !f) return <p className="rt-status muted">Computing…</p>;
  const waiting = f.pods.reduce((a, p) => a + p.waiting, 0);
  const running = f.pods.reduce((a, p) => a + p.running, 0);
  return (
    <p className="rt-status">
      <span>Side {side.toUpperCase()}</span>
      <span>{formatSeconds(frame * t.frameUs)}</span>
      <span>{f.arrived.toLocaleString('en-US')} arrived</span>
      <span>{f.finished.toLocaleString('en-US')} finished</span>
      <span>{running} running</span>
      <span>{waiting} waiting</span>
      <span title="KV cache per replica">
        {t.kvCacheTokens.toLocaleString('en-US')} KV tokens per pod · {t.deploymentLabel}
      </span>
    </p>
  );
}
