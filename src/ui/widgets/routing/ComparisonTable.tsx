import { useId } from 'react';
import type { ClusterMetrics } from '../../../sim/cluster/index.ts';
import { sideLabel } from '../../../widget-models/routing/buildRun.ts';
import { formatLatency } from './selectors.ts';
import { Routing } from './store.ts';
import { useRoutingView } from './useRoutingView.ts';

interface Row {
  readonly key: string;
  readonly label: string;
  readonly value: (m: ClusterMetrics) => number;
  readonly text: (x: number) => string;
  /** Which direction is better. */
  readonly better: 'lower' | 'higher';
  readonly show?: (a: ClusterMetrics, b: ClusterMetrics) => boolean;
}

const pct = (x: number) => `${(x * 100).toFixed(0)} %`;

const ROWS: readonly Row[] = [
  { key: 'ttft-p50', label: 'TTFT p50', value: (m) => m.ttft.p50, text: formatLatency, better: 'lower' },
  { key: 'ttft-p90', label: 'TTFT p90', value: (m) => m.ttft.p90, text: formatLatency, better: 'lower' },
  { key: 'tpot-p50', label: 'Time per output token p50', value: (m) => m.tpot.p50, text: formatLatency, better: 'lower' },
  { key: 'tpot-p90', label: 'Time per output token p90', value: (m) => m.tpot.p90, text: formatLatency, better: 'lower' },
  { key: 'throughput', label: 'Output throughput', value: (m) => m.outputThroughput, text: (x) => `${Math.round(x).toLocaleString('en-US')} tok/s`, better: 'higher' },
  { key: 'hit-rate', label: 'Prefix-cache hit rate (HBM)', value: (m) => m.prefixCacheHitRate, text: pct, better: 'higher' },
  {
    key: 'tier-hit-rate',
    label: 'Prompt tokens loaded from CPU / storage',
    value: (m) => m.cpuHitRate + m.storageHitRate,
    text: pct,
    better: 'higher',
    show: (a, b) => a.cpuHitRate + a.storageHitRate + b.cpuHitRate + b.storageHitRate > 0,
  },
  {
    key: 'disaggregated',
    label: 'Requests prefilled on a prefill pod',
    value: (m) => (m.requests > 0 ? m.disaggregated / m.requests : 0),
    text: pct,
    better: 'higher',
    show: (a, b) => a.disaggregated + b.disaggregated > 0,
  },
  {
    key: 'kv-transfer',
    label: 'KV transfer p50',
    value: (m) => m.kvTransferMs.p50 / 1000,
    text: formatLatency,
    better: 'lower',
    show: (a, b) => a.kvTransferMs.count + b.kvTransferMs.count > 0,
  },
];

function verdict(row: Row, a: number, b: number): string {
  if (!Number.isFinite(a) || !Number.isFinite(b) || a === b) return 'same';
  const aBetter = row.better === 'lower' ? a < b : a > b;
  const lo = Math.min(a, b);
  if (lo <= 0) return `${a > b ? 'A' : 'B'} only`;
  const ratio = lo > 0 ? Math.max(a, b) / lo : Infinity;
  const how = ratio >= 1.995 ? `${ratio >= 100 ? Math.round(ratio).toLocaleString('en-US') : ratio.toFixed(1)}× ${row.better === 'lower' ? 'lower' : 'higher'}` : `${Math.abs((a - b) / (lo || 1)) < 0.005 ? 'about the same' : `${(((Math.max(a, b) - lo) / lo) * 100).toFixed(0)} % ${row.better === 'lower' ? 'lower' : 'higher'}`}`;
  return how === 'about the same' ? how : `${aBetter ? 'A' : 'B'} ${how}`;
}

/**
 * Side A against side B on the same workload and seed, over the whole run (including the drain
 * after the last arrival): the figures llm-d's benchmarks report.
 */
export function ComparisonTable() {
  const titleId = useId();
  const { runs } = useRoutingView();
  const settings = Routing.useWidget((s) => s.settings);
  const a = runs.a?.metrics ?? null;
  const b = runs.b?.metrics ?? null;
  return (
    <section className="rt-compare" aria-labelledby={titleId}>
      <h4 id={titleId} className="widget-panel-title">
        A vs B, same requests and seed (whole run)
      </h4>
      <div className="rt-table-wrap" role="region" aria-labelledby={titleId} tabIndex={0}>
        <table className="rt-compare-table">
          <caption>
            A: {sideLabel(settings, 'a')}. B: {sideLabel(settings, 'b')}.
          </caption>
          <thead>
            <tr>
              <th scope="col">Metric</th>
              <th scope="col">A</th>
              <th scope="col">B</th>
              <th scope="col">Difference</th>
            </tr>
          </thead>
          <tbody>
            {ROWS.filter((r) => !a || !b || !r.show || r.show(a, b)).map((r) => (
              <tr key={r.key} data-metric={r.key}>
                <th scope="row">{r.label}</th>
                <td data-side="a" data-value={a ? String(r.value(a)) : ''}>
                  {a ? r.text(r.value(a)) : 'computing…'}
                </td>
                <td data-side="b" data-value={b ? String(r.value(b)) : ''}>
                  {b ? r.text(r.value(b)) : 'computing…'}
                </td>
                <td>{a && b ? verdict(r, r.value(a), r.value(b)) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {a && b ? (
        <p className="widget-hint">
          {a.finished.toLocaleString('en-US')} requests on each side. TTFT = arrival to first token (queueing, prefill, and under P/D the KV transfer); time per output token = decode time ÷ (tokens − 1).
        </p>
      ) : null}
    </section>
  );
}
