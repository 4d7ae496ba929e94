import { ShortcutHelp } from '../kit/ShortcutHelp.tsx';
import { ActionButton } from '../kit/ActionButton.tsx';
import { useWidgetHost } from '../kit/useWidgetHost.ts';
import type { QuantizationUrlState } from '../../../widget-models/quantization/settings.ts';
import { QUANTIZATION_ACTIONS } from './actions.ts';
import { Controls } from './Controls.tsx';
import { Evidence } from './Evidence.tsx';
import { MemoryChart } from './MemoryChart.tsx';
import { Readout } from './Readout.tsx';
import { Simplifications } from './Simplifications.tsx';
import { applyUrlState, createQuantizationStore, Quantization, QUANTIZATION_SIMULATION, urlStateOf } from './store.ts';
import { QUANTIZATION_URL_FIELDS } from './urlFields.ts';

/** The body of QuantizationWidget.tsx: store, simulation and drawing, a chunk of its own loaded when the reader comes near. */
export default function QuantizationBody({ ns, defaults }: { readonly ns: string; readonly defaults: QuantizationUrlState }) {
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
