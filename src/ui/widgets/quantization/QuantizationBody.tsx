import { ShortcutHelp } from '../kit/ShortcutHelp.tsx';
import { actionButtons } from '../kit/ActionButton.tsx';
import { widgetBody } from '../kit/defineWidget.tsx';
import { EMPTY_RESULT, quantizationModel } from '../../../widget-models/quantization/model.ts';
import { QUANTIZATION_ACTIONS } from './actions.ts';
import { Controls } from './Controls.tsx';
import { Evidence } from './Evidence.tsx';
import { MemoryChart } from './MemoryChart.tsx';
import { Readout } from './Readout.tsx';
import { Simplifications } from './Simplifications.tsx';
import { Quantization } from './store.ts';
import { QUANTIZATION_URL_FIELDS } from './urlFields.ts';

/** The body of QuantizationWidget.tsx: store, simulation and drawing, a chunk of its own loaded when the reader comes near. */
export default widgetBody({
  kind: 'quantization',
  label: 'the quantization widget',
  context: Quantization,
  model: quantizationModel,
  empty: EMPTY_RESULT,
  url: QUANTIZATION_URL_FIELDS,
  actions: QUANTIZATION_ACTIONS,
  Layout,
});

function Layout() {
  const api = Quantization.useWidgetApi();
  const computing = Quantization.useWidget((s) => s.computing || s.result.rows.length === 0);
  const button = actionButtons(QUANTIZATION_ACTIONS, api);
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
