import { actionButtons } from '../kit/ActionButton.tsx';
import { ShortcutHelp } from '../kit/ShortcutHelp.tsx';
import type { ActionRegistry } from '../kit/actions.ts';
import { widgetBody } from '../kit/defineWidget.tsx';
import { tensorParallelModel } from '../../../widget-models/tensor-parallel/model.ts';
import { TP_ACTIONS } from './actions.ts';
import { AllReducePanel } from './AllReducePanel.tsx';
import { Comparison } from './Comparison.tsx';
import { SetupControls, StepControls } from './Controls.tsx';
import { LayerSplit } from './LayerSplit.tsx';
import { MemoryPanel } from './MemoryPanel.tsx';
import { Simplifications } from './Simplifications.tsx';
import { StepBar } from './StepBar.tsx';
import { TensorParallel, type TensorParallelState } from './store.ts';
import { TP_URL_FIELDS } from './urlFields.ts';

/** The body of TensorParallelWidget.tsx: store, simulation and drawing, a chunk of its own loaded when the reader comes near. */
export default widgetBody({
  kind: 'tensor-parallel',
  label: 'the tensor-parallel widget',
  context: TensorParallel,
  model: tensorParallelModel,
  empty: { facts: null, error: null },
  url: TP_URL_FIELDS,
  actions: TP_ACTIONS,
  Layout: TensorParallelLayout,
});

function TensorParallelLayout({ actions }: { readonly actions: ActionRegistry<TensorParallelState> }) {
  const api = TensorParallel.useWidgetApi();
  const computing = TensorParallel.useWidget((s) => s.computing);
  const run = TensorParallel.useWidget((s) => s.result);
  const settings = TensorParallel.useWidget((s) => s.settings);
  const facts = run.facts;
  const button = actionButtons(actions, api);
  return (
    <div className="tp-layout" data-computing={computing ? 'true' : 'false'} data-empty={facts || run.error ? 'false' : 'true'}>
      <div className="tp-top">
        <div className="tp-picture">
          {run.error ? (
            <p role="alert" className="tp-error">
              This set-up cannot be computed: {run.error}
            </p>
          ) : null}
          {facts?.problem ? (
            <p role="alert" className="tp-error" data-metric="tp-problem">
              vLLM refuses --tensor-parallel-size {settings.tp}: {facts.problem}. This model accepts {facts.validTp.join(', ')}.
            </p>
          ) : null}
          {facts?.split ? <LayerSplit split={facts.split} model={facts.model} /> : null}
          {!facts && !run.error ? <p className="muted">computing…</p> : null}
        </div>
        <div className="tp-controls">
          <SetupControls />
          <div className="tp-buttons">
            {button('tp-down')}
            {button('tp-up')}
            {button('reset')}
          </div>
        </div>
      </div>
      {facts ? (
        <>
          <StepBar facts={facts} />
          <StepControls />
          <div className="tp-panels">
            <AllReducePanel facts={facts} chosen={settings.link} />
            <MemoryPanel facts={facts} context={settings.context} />
          </div>
          <Comparison facts={facts} batch={settings.batch} context={settings.context} />
        </>
      ) : null}
      <Simplifications />
      <ShortcutHelp registry={actions} className="tp-details" />
    </div>
  );
}
