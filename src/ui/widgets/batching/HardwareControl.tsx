import { useCallback } from 'react';
import { HardwarePanel } from '../../hardware/HardwarePanel.tsx';
import type { HardwareSelection } from '../../../sim/cost/index.ts';
import { Batch, updateSettings } from './store.ts';

/** The course's "Hardware & model" panel, choosing the calibrated cost model that prices every step. */
export function HardwareControl() {
  const api = Batch.useWidgetApi();
  const hw = Batch.useWidget((s) => s.settings.hw);
  const label = Batch.useWidget((s) => s.sim.costLabel);
  const onChange = useCallback((next: HardwareSelection) => updateSettings(api, { hw: next }), [api]);
  return (
    <details className="cb-details">
      <summary>Model and GPU{label ? `: ${label}` : ''}</summary>
      <p className="widget-hint">Every step time in the timelines comes from this cost model for the batch of that step. Changing it re-runs both schedulers.</p>
      <HardwarePanel value={hw} onChange={onChange} headingLevel={4} />
    </details>
  );
}
