import { actionButtons } from '../kit/ActionButton.tsx';
import { TimelineBar } from '../kit/TimelineBar.tsx';
import { widgetBody } from '../kit/defineWidget.tsx';
import { ShortcutHelp } from '../kit/ShortcutHelp.tsx';
import { autoscalingModel } from '../../../widget-models/autoscaling/model.ts';
import { runSettingsOf } from '../../../widget-models/autoscaling/settings.ts';
import { AUTOSCALING_ACTIONS } from './actions.ts';
import { Comparison } from './Comparison.tsx';
import { ColdStartControls, PolicyControls, TrafficControls } from './Controls.tsx';
import { NarrationBox } from './NarrationBox.tsx';
import { NowReadout } from './NowReadout.tsx';
import { RunChart } from './RunChart.tsx';
import { Simplifications } from './Simplifications.tsx';
import { Autoscaling, type AutoscalingState } from './store.ts';
import { AUTOSCALING_URL_FIELDS } from './urlFields.ts';
import { Waterfall } from './Waterfall.tsx';

/** Frames per second at speed 1×: a frame is a 2 s sample, so 20 simulated seconds a second. */
const BASE_FPS = 10;

/** The body of AutoscalingWidget.tsx: store, simulation and drawing, a chunk of its own loaded when the reader comes near. */
export default widgetBody({
  kind: 'autoscaling',
  label: 'the autoscaling widget',
  context: Autoscaling,
  model: autoscalingModel,
  empty: { runs: [null, null, null], waterfall: [], error: null },
  frameCount: (r) => Math.max(1, ...r.runs.map((x) => x?.samples.length ?? 0)),
  // The run in the big chart is view state: switching it redraws, never reruns.
  keyOf: (s) => JSON.stringify(runSettingsOf(s)),
  url: AUTOSCALING_URL_FIELDS,
  fps: BASE_FPS,
  actions: AUTOSCALING_ACTIONS,
  Layout: AutoscalingLayout,
});

const panelFrameOf = (s: AutoscalingState) => s.panelFrame;

function AutoscalingLayout() {
  const api = Autoscaling.useWidgetApi();
  const computing = Autoscaling.useWidget((s) => s.computing);
  const error = Autoscaling.useWidget((s) => s.result.error);
  const describe = (frame: number, count: number) => `${frame * 2} s of ${Math.max(0, count - 1) * 2} s simulated${computing ? ' (computing)' : ''}`;
  const button = actionButtons(AUTOSCALING_ACTIONS, api);
  return (
    <div className="as-layout" data-computing={computing ? 'true' : 'false'}>
      <TimelineBar api={api} registry={AUTOSCALING_ACTIONS} describe={describe} shownFrame={panelFrameOf} />
      <div className="as-quick">
        <div role="group" aria-label="Run in the big chart" className="as-focus">
          {button('show-kpa')}
          {button('show-alt')}
          {button('show-fixed')}
        </div>
        <div className="as-quick-end">
          {button('new-seed')}
          {button('reset')}
        </div>
      </div>
      {error ? (
        <p role="alert" className="as-error">
          This set-up cannot run: {error}
        </p>
      ) : null}
      <NowReadout />
      <RunChart />
      <TrafficControls />
      <div className="as-explain">
        <NarrationBox baseFps={BASE_FPS} />
        <div className="as-coldstart">
          <Waterfall />
          <ColdStartControls />
        </div>
      </div>
      <Comparison />
      <h4 className="widget-panel-title">Autoscaler settings</h4>
      <PolicyControls />
      <Simplifications />
      <ShortcutHelp registry={AUTOSCALING_ACTIONS} className="as-details" />
    </div>
  );
}
