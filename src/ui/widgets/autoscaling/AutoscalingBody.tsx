import { ActionButton } from '../kit/ActionButton.tsx';
import { TimelineBar } from '../kit/TimelineBar.tsx';
import { useWidgetHost } from '../kit/useWidgetHost.ts';
import type { AutoscalingUrlState } from '../../../widget-models/autoscaling/settings.ts';
import { AUTOSCALING_ACTIONS } from './actions.ts';
import { Comparison } from './Comparison.tsx';
import { ColdStartControls, PolicyControls, TrafficControls } from './Controls.tsx';
import { NarrationBox } from './NarrationBox.tsx';
import { NowReadout } from './NowReadout.tsx';
import { RunChart } from './RunChart.tsx';
import { ShortcutHelp } from './ShortcutHelp.tsx';
import { Simplifications } from './Simplifications.tsx';
import { applyUrlState, Autoscaling, AUTOSCALING_SIMULATION, type AutoscalingState, createAutoscalingStore, urlStateOf } from './store.ts';
import { AUTOSCALING_URL_FIELDS } from './urlFields.ts';
import { Waterfall } from './Waterfall.tsx';

/** Frames per second at speed 1×: a frame is a 2 s sample, so 20 simulated seconds a second. */
const BASE_FPS = 10;

/** The body of AutoscalingWidget.tsx: store, simulation and drawing, a chunk of its own loaded when the reader comes near. */
export default function AutoscalingBody({ ns, defaults }: { readonly ns: string; readonly defaults: AutoscalingUrlState }) {
  const { api, rootRef } = useWidgetHost({
    ns,
    fields: AUTOSCALING_URL_FIELDS,
    defaults,
    label: 'the autoscaling widget',
    createStore: createAutoscalingStore,
    applyUrlState,
    urlStateOf,
    simulation: AUTOSCALING_SIMULATION,
    actions: AUTOSCALING_ACTIONS,
    baseFps: BASE_FPS,
  });
  return (
    <Autoscaling.Provider store={api}>
      <div ref={rootRef} className="as-widget" data-widget="autoscaling" data-ns={ns}>
        <AutoscalingLayout />
      </div>
    </Autoscaling.Provider>
  );
}

const panelFrameOf = (s: AutoscalingState) => s.panelFrame;

function AutoscalingLayout() {
  const api = Autoscaling.useWidgetApi();
  const computing = Autoscaling.useWidget((s) => s.computing);
  const error = Autoscaling.useWidget((s) => s.runs.error);
  const describe = (frame: number, count: number) => `${frame * 2} s of ${Math.max(0, count - 1) * 2} s simulated${computing ? ' (computing)' : ''}`;
  const button = (id: string, className = 'btn btn-small') => {
    const a = AUTOSCALING_ACTIONS.get(id);
    return a ? <ActionButton key={id} action={a} api={api} className={className} /> : null;
  };
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
      <ShortcutHelp />
    </div>
  );
}
