import { actionButtons } from '../kit/ActionButton.tsx';
import { LiveRegion } from '../kit/LiveRegion.tsx';
import { ShortcutHelp } from '../kit/ShortcutHelp.tsx';
import { TimelineBar } from '../kit/TimelineBar.tsx';
import { widgetBody } from '../kit/defineWidget.tsx';
import { EMPTY_SPEC_SIM, specDecodingModel } from '../../../widget-models/spec-decoding/model.ts';
import { SPEC_ACTIONS } from './actions.ts';
import { DrafterControls, ServeCommand, ServingControls } from './Controls.tsx';
import { DraftRows, frameAt, SlotLegend } from './DraftRows.tsx';
import { captionOf } from './explain.ts';
import { ms } from './format.ts';
import { MetricsTable } from './MetricsTable.tsx';
import { Simplifications } from './Simplifications.tsx';
import { StepReadout } from './StepReadout.tsx';
import { Spec, type SpecState } from './store.ts';
import { SweepCharts } from './SweepCharts.tsx';
import { SPEC_URL_FIELDS } from './urlFields.ts';

/** The body of SpecDecodingWidget.tsx: store, simulation and drawing, a chunk of its own loaded when the reader comes near. */
export default widgetBody({
  kind: 'spec-decoding',
  label: 'the speculative-decoding widget',
  context: Spec,
  model: specDecodingModel,
  empty: EMPTY_SPEC_SIM,
  frameCount: (sim) => Math.max(1, sim.frames.length),
  url: SPEC_URL_FIELDS,
  // Engine steps per second at 1×: slow enough to follow each verification.
  fps: 3,
  actions: SPEC_ACTIONS,
  Layout: SpecLayout,
});

const panelFrameOf = (s: SpecState) => s.panelFrame;

/** One sentence on the step on screen, for screen readers. */
function Narration() {
  const text = Spec.useWidget((s) => {
    const f = frameAt(s.result.frames, s.panelFrame);
    if (!f) return '';
    return `Step ${f.index}, ${ms(f.durationUs)}. ${f.rows.map((r) => `${r.req}: ${captionOf(r)}`).join('. ')}.`;
  });
  return <LiveRegion text={text} />;
}

function SpecLayout() {
  const api = Spec.useWidgetApi();
  const computing = Spec.useWidget((s) => s.computing);
  const error = Spec.useWidget((s) => s.result.error);
  const costLabel = Spec.useWidget((s) => s.result.costLabel);
  const describe = (frame: number, count: number) => `step ${frame} of ${Math.max(0, count - 1)}${computing ? ' (computing)' : ''}`;
  const button = actionButtons(SPEC_ACTIONS, api);
  return (
    <div className="sd-layout" data-computing={computing ? 'true' : 'false'}>
      <TimelineBar api={api} registry={SPEC_ACTIONS} describe={describe} shownFrame={panelFrameOf} />
      {error ? (
        <p role="alert" className="sd-error">
          This set-up cannot run: {error}
        </p>
      ) : null}
      <DraftRows />
      <SlotLegend />
      <StepReadout />
      <Narration />
      <div className="sd-columns">
        <div className="sd-column">
          <h4 className="widget-panel-title">Drafter</h4>
          <DrafterControls />
          <div className="sd-quick">
            {button('fewer-drafts')}
            {button('more-drafts')}
            {button('reset')}
          </div>
        </div>
        <div className="sd-column">
          <h4 className="widget-panel-title">Load and hardware</h4>
          <ServingControls />
          <p className="widget-hint sd-cost-label">{costLabel ? `Step times: ${costLabel}.` : '\u00a0'}</p>
        </div>
      </div>
      <SweepCharts />
      <MetricsTable />
      <ServeCommand />
      <Simplifications />
      <ShortcutHelp registry={SPEC_ACTIONS} className="sd-details" />
    </div>
  );
}
