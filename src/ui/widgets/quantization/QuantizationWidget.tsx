import { ShortcutHelp } from '../kit/ShortcutHelp.tsx';
import { ActionButton } from '../kit/ActionButton.tsx';
import { useWidgetHost } from '../kit/useWidgetHost.ts';
import { WidgetSlot } from '../kit/WidgetSlot.tsx';
import { presetOf, type QuantizationPresetId } from '../../../widget-models/quantization/presets.ts';
import type { QuantizationUrlState } from '../../../widget-models/quantization/settings.ts';
import { QUANTIZATION_ACTIONS } from './actions.ts';
import { Controls } from './Controls.tsx';
import { Evidence } from './Evidence.tsx';
import { MemoryChart } from './MemoryChart.tsx';
import { Readout } from './Readout.tsx';
import { Simplifications } from './Simplifications.tsx';
import { applyUrlState, createQuantizationStore, Quantization, QUANTIZATION_SIMULATION, urlStateOf } from './store.ts';
import { QUANTIZATION_URL_FIELDS } from './urlFields.ts';
import './quantization.css';

export interface QuantizationWidgetProps {
  /** URL namespace of this instance (one search param); unique on the page. */
  readonly id?: string;
  readonly preset?: QuantizationPresetId;
  readonly title?: string;
  readonly headingLevel?: 2 | 3;
}

/**
 * Quantisation in vLLM: one GPU's memory under each weight format (bf16, FP8 and INT8 W8A8,
 * AWQ/GPTQ W4A16, NVFP4/MXFP4) and KV-cache dtype, with KV blocks, concurrency and step times
 * labelled by where they come from, and cited accuracy figures.
 */
export function QuantizationWidget({ id = 'qz', preset, title, headingLevel = 3 }: QuantizationWidgetProps) {
  let p: ReturnType<typeof presetOf>;
  try {
    p = presetOf(preset);
  } catch (error) {
    return <WidgetSlot kind="quantization" ns={id} title={title ?? 'Quantization'} headingLevel={headingLevel} error={error} />;
  }
  return (
    <WidgetSlot kind="quantization" ns={id} title={title ?? `Quantization: ${p.title}`} description={<p>{p.guide}</p>} headingLevel={headingLevel} resetKey={p.id}>
      <QuantizationBody ns={id} defaults={p.state} />
    </WidgetSlot>
  );
}

function QuantizationBody({ ns, defaults }: { readonly ns: string; readonly defaults: QuantizationUrlState }) {
  const { api, rootRef } = useWidgetHost({
    ns,
    fields: QUANTIZATION_URL_FIELDS,
    defaults,
    label: 'the quantization widget',
    createStore: createQuantizationStore,
    applyUrlState,
    urlStateOf,
    simulation: QUANTIZATION_SIMULATION,
    actions: QUANTIZATION_ACTIONS,
    baseFps: 1,
  });
  return (
    <Quantization.Provider store={api}>
      <div ref={rootRef} className="qz-widget" data-widget="quantization" data-ns={ns}>
        <Layout />
      </div>
    </Quantization.Provider>
  );
}

function Layout() {
  const api = Quantization.useWidgetApi();
  const computing = Quantization.useWidget((s) => s.computing || s.result.rows.length === 0);
  const button = (id: string) => {
    const a = QUANTIZATION_ACTIONS.get(id);
    return a ? <ActionButton key={id} action={a} api={api} className="btn btn-small" /> : null;
  };
  return (
    <div className="qz-layout" data-computing={computing ? 'true' : 'false'}>
      <MemoryChart />
      <div className="qz-quick">
        {button('prev-scheme')}
        {button('next-scheme')}
        {button('toggle-kv')}
        {button('reset')}
      </div>
      <Readout />
      <h4 className="widget-panel-title">Settings</h4>
      <Controls />
      <Evidence />
      <Simplifications />
      <ShortcutHelp registry={QUANTIZATION_ACTIONS} className="widget-simplifies" />
    </div>
  );
}
