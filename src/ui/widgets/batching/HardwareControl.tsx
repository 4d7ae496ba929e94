import { useCallback, useMemo } from 'react';
import { HardwarePanel } from '../../hardware/HardwarePanel.tsx';
import type { HardwareSelection } from '../../../sim/cost/index.ts';
import { runSettingsOf } from '../../../widget-models/batching/settings.ts';
import { Batch, updateSettings } from './store.ts';

/** The course's "Hardware & model" panel, choosing the calibrated cost model that prices every step. */
export function HardwareControl() {
  const api = Batch.useWidgetApi();
  const settings = Batch.useWidget((s) => s.settings);
  const decodeStep = Batch.useWidget((s) => s.decodeStep);
  const label = Batch.useWidget((s) => s.result.costLabel);
  // The store holds the hardware as its links spell it out; the panel takes (and gives) one selection.
  const hw = useMemo(() => ({ ...runSettingsOf(settings).hw, ...decodeStep }), [settings, decodeStep]);
  const onChange = useCallback(
    (next: HardwareSelection) => {
      api.setState({ decodeStep: { batch: next.batch, contextTokens: next.contextTokens } });
      updateSettings(api, { model: next.modelId, gpu: next.gpuId, tp: next.tp, weightDtype: next.weightDtype, kvDtype: next.kvDtype, gpuMemoryUtilizationPercent: Math.round(next.gpuMemoryUtilization * 100) });
    },
    [api],
  );
  return (
    <details className="cb-details">
      <summary>Model and GPU{label ? `: ${label}` : ''}</summary>
      <p className="widget-hint">Every step time in the timelines comes from this cost model for the batch of that step. Changing it re-runs both schedulers.</p>
      <HardwarePanel value={hw} onChange={onChange} headingLevel={4} />
    </details>
  );
}
