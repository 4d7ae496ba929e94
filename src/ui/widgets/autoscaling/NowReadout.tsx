import { formatCount, formatGpuHours, formatLatency } from './format.ts';
import { rpsOf, runOf, sampleAt } from './selectors.ts';
import { Autoscaling } from './store.ts';

/**
 * The values under the playhead, each beside the swatch of its mark in the chart, so the chart's
 * lines are named by their numbers. Fixed-width cells: the row never reflows while playing.
 */
export function NowReadout() {
  const run = Autoscaling.useWidget((s) => runOf(s, s.settings.focus));
  const frame = Autoscaling.useWidget((s) => s.panelFrame);
  const s = sampleAt(run, frame);
  const cell = (cls: string, label: string, value: string, metric: string, raw: number | null) => (
    <div className="as-readout-cell" data-metric={metric} data-value={raw ?? ''}>
      <span className={`as-swatch ${cls}`} aria-hidden="true" />
      <span className="as-readout-label">{label}</span> <strong>{value}</strong>
    </div>
  );
  return (
    <div className="as-readout" aria-label="At the playhead" role="group">
      <div className="as-readout-cell as-readout-time" data-metric="time" data-value={s?.t ?? ''}>
        <strong>{s ? `${s.t} s` : '—'}</strong>
        {s?.panicking ? <span className="as-badge as-badge-panic">panic</span> : <span className="as-badge as-badge-calm">stable</span>}
      </div>
      {cell('sw-arrivals', 'arrivals', s && run ? `${formatCount(rpsOf(run, s))}/s` : '—', 'arrivals', s && run ? rpsOf(run, s) : null)}
      {cell('sw-desired', 'desired', s ? formatCount(s.desiredPods) : '—', 'desired', s?.desiredPods ?? null)}
      {cell('sw-ready', 'ready', s ? `${formatCount(s.readyPods)} of ${formatCount(s.pods)}` : '—', 'ready', s?.readyPods ?? null)}
      {cell('sw-queue', 'at activator', s ? formatCount(s.activatorQueued) : '—', 'activator', s?.activatorQueued ?? null)}
      {cell('sw-p50', 'TTFT p50', s ? formatLatency(s.ttftP50) : '—', 'ttft-p50', s?.ttftP50 ?? null)}
      {cell('sw-p99', 'p99', s ? formatLatency(s.ttftP99) : '—', 'ttft-p99', s?.ttftP99 ?? null)}
      {cell('sw-gpu', 'GPU-hours so far', s ? formatGpuHours(s.gpuHours) : '—', 'gpu-hours-now', s?.gpuHours ?? null)}
    </div>
  );
}
