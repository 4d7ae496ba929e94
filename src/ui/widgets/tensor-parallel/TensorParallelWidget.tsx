import { ActionButton } from '../kit/ActionButton.tsx';
import { ShortcutHelp } from '../kit/ShortcutHelp.tsx';
import { useWidgetHost } from '../kit/useWidgetHost.ts';
import { WidgetSlot } from '../kit/WidgetSlot.tsx';
import { presetOf, type TensorParallelPresetId } from '../../../widget-models/tensor-parallel/presets.ts';
import type { TensorParallelSettings } from '../../../widget-models/tensor-parallel/settings.ts';
import { TP_ACTIONS } from './actions.ts';
import { AllReducePanel } from './AllReducePanel.tsx';
import { Comparison } from './Comparison.tsx';
import { SetupControls, StepControls } from './Controls.tsx';
import { LayerSplit } from './LayerSplit.tsx';
import { MemoryPanel } from './MemoryPanel.tsx';
import { Simplifications } from './Simplifications.tsx';
import { StepBar } from './StepBar.tsx';
import { applyUrlState, createTensorParallelStore, TensorParallel, TP_SIMULATION, urlStateOf } from './store.ts';
import { TP_URL_FIELDS } from './urlFields.ts';
import './tensor-parallel.css';

export interface TensorParallelWidgetProps {
  /** URL namespace of this instance (one search param); unique on the page. */
  readonly id?: string;
  readonly preset?: TensorParallelPresetId;
  readonly title?: string;
  readonly headingLevel?: 2 | 3;
}

/**
 * Tensor parallelism, layer by layer: how a model's matrices and heads split over 1–8 GPUs, the
 * two all-reduces per layer over NVLink, PCIe or InfiniBand, memory and KV blocks per GPU, a
 * step split into compute, memory and communication, and TP against pipeline, data and expert
 * parallelism on the same GPUs.
 */
export function TensorParallelWidget({ id = 'tp', preset, title, headingLevel = 3 }: TensorParallelWidgetProps) {
  let p: ReturnType<typeof presetOf>;
  try {
    p = presetOf(preset);
  } catch (error) {
    return <WidgetSlot kind="tensor-parallel" ns={id} title={title ?? 'Tensor parallelism'} headingLevel={headingLevel} error={error} />;
  }
  return (
    <WidgetSlot kind="tensor-parallel" ns={id} title={title ?? `Tensor parallelism: ${p.title.charAt(0).toLowerCase()}${p.title.slice(1)}`} description={<p>{p.guide}</p>} headingLevel={headingLevel} resetKey={p.id} preset={p.id}>
      <TensorParallelBody ns={id} defaults={p.state} />
    </WidgetSlot>
  );
}

function TensorParallelBody({ ns, defaults }: { readonly ns: string; readonly defaults: TensorParallelSettings }) {
  const { api, rootRef } = useWidgetHost({
    ns,
    fields: TP_URL_FIELDS,
    defaults,
    label: 'the tensor-parallel widget',
    createStore: createTensorParallelStore,
    applyUrlState,
    urlStateOf,
    simulation: TP_SIMULATION,
    actions: TP_ACTIONS,
    baseFps: 1,
  });
  return (
    <TensorParallel.Provider store={api}>
      <div ref={rootRef} className="tp-widget" data-widget="tensor-parallel" data-ns={ns}>
        <TensorParallelLayout />
      </div>
    </TensorParallel.Provider>
  );
}

function TensorParallelLayout() {
  const api = TensorParallel.useWidgetApi();
  const computing = TensorParallel.useWidget((s) => s.computing);
  const run = TensorParallel.useWidget((s) => s.run);
  const settings = TensorParallel.useWidget((s) => s.settings);
  const facts = run.facts;
  const button = (id: string) => {
    const a = TP_ACTIONS.get(id);
    return a ? <ActionButton key={id} action={a} api={api} className="btn btn-small" /> : null;
  };
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
      <ShortcutHelp registry={TP_ACTIONS} className="tp-details" />
    </div>
  );
}
