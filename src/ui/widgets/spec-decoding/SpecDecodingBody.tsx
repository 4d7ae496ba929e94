import { ActionButton } from '../kit/ActionButton.tsx';
import { LiveRegion } from '../kit/LiveRegion.tsx';
import { ShortcutHelp } from '../kit/ShortcutHelp.tsx';
import { TimelineBar } from '../kit/TimelineBar.tsx';
import { useWidgetHost } from '../kit/useWidgetHost.ts';
import type { SpecUrlState } from '../../../widget-models/spec-decoding/settings.ts';
import { SPEC_ACTIONS } from './actions.ts';
import { DrafterControls, ServeCommand, ServingControls } from './Controls.tsx';
import { DraftRows, frameAt, SlotLegend } from './DraftRows.tsx';
import { captionOf } from './explain.ts';
import { ms } from './format.ts';
import { MetricsTable } from './MetricsTable.tsx';
import { Simplifications } from './Simplifications.tsx';
import { StepReadout } from './StepReadout.tsx';
import { applyUrlState, createSpecStore, Spec, SPEC_SIMULATION, type SpecState, urlStateOf } from './store.ts';
import { SweepCharts } from './SweepCharts.tsx';
import { SPEC_URL_FIELDS } from './urlFields.ts';

/** Engine steps per second at speed 1×: slow enough to follow each verification. */
const BASE_FPS = 3;

/** The body of SpecDecodingWidget.tsx: store, simulation and drawing, a chunk of its own loaded when the reader comes near. */
export default function SpecBody({ ns, defaults }: { readonly ns: string; readonly defaults: SpecUrlState }) {
  const { api, rootRef } = useWidgetHost({
    ns,
    fields: SPEC_URL_FIELDS,
    defaults,
    label: 'the speculative-decoding widget',
    createStore: createSpecStore,
    applyUrlState,
    urlStateOf,
    simulation: SPEC_SIMULATION,
    actions: SPEC_ACTIONS,
    baseFps: BASE_FPS,
  });
  return (
    <Spec.Provider store={api}>
      <div ref={rootRef} className="sd-widget" data-widget="spec-decoding" data-ns={ns}>
        <SpecLayout />
      </div>
    </Spec.Provider>
  );
}

const panelFrameOf = (s: SpecState) => s.panelFrame;

/** One sentence on the step on screen, for screen readers. */
function Narration() {
  const text = Spec.useWidget((s) => {
    const f = frameAt(s.sim.frames, s.panelFrame);
    if (!f) return '';
    return `Step ${f.index}, ${ms(f.durationUs)}. ${f.rows.map((r) => `${r.req}: ${captionOf(r)}`).join('. ')}.`;
  });
  return <LiveRegion text={text} />;
}

function SpecLayout() {
  const api = Spec.useWidgetApi();
  const computing = Spec.useWidget((s) => s.computing);
  const error = Spec.useWidget((s) => s.sim.error);
  const costLabel = Spec.useWidget((s) => s.sim.costLabel);
  const describe = (frame: number, count: number) => `step ${frame} of ${Math.max(0, count - 1)}${computing ? ' (computing)' : ''}`;
  const button = (id: string) => {
    const a = SPEC_ACTIONS.get(id);
    return a ? <ActionButton key={id} action={a} api={api} className="btn btn-small" /> : null;
  };
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
