import { useMemo } from 'react';
import { metricsAt, type LiveMetrics } from '../../../widget-models/batching/liveMetrics.ts';
import { frameTime, stepsDoneAt } from '../../../widget-models/batching/frames.ts';
import { MiniBars } from './MiniBars.tsx';
import { fmtInt } from './selectors.ts';
import { useFrameView } from './useFrameView.ts';
import { ScrollBox } from './ScrollBox.tsx';

const ms = (s: number) => (!Number.isFinite(s) ? '—' : s >= 1 ? `${s.toFixed(2)} s` : `${s < 0.1 ? (s * 1000).toFixed(1) : (s * 1000).toFixed(0)} ms`);
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const num = (x: number) => (x >= 100 ? fmtInt(x) : x.toFixed(1));

type Row = readonly [label: string, metric: string, pick: (m: LiveMetrics) => number, format: (v: number) => string, title?: string];

const ROWS: readonly Row[] = [
  ['Output tokens/s', 'throughput', (m) => m.outputThroughput, num, 'output_throughput: generated tokens ÷ time since the first arrival'],
  ['Budget used', 'budget-use', (m) => m.budgetUse, pct, 'A utilisation proxy: useful tokens per step over the token budget, weighted by step time'],
  ['Mean batch', 'running', (m) => m.meanRunning, num, 'num_requests_running, time-weighted'],
  ['TTFT p50', 'ttft-p50', (m) => m.ttft.p50, ms, 'Requests still waiting count with their wait so far'],
  ['TTFT p90', 'ttft-p90', (m) => m.ttft.p90, ms, 'Requests still waiting count with their wait so far'],
  ['TTFT p99', 'ttft-p99', (m) => m.ttft.p99, ms, 'Requests still waiting count with their wait so far'],
  ['TPOT p50', 'tpot-p50', (m) => m.tpot.p50, ms],
  ['TPOT p90', 'tpot-p90', (m) => m.tpot.p90, ms],
  ['TPOT p99', 'tpot-p99', (m) => m.tpot.p99, ms],
  ['Queue time p50', 'queue-p50', (m) => m.queue.p50, ms],
  ['Queue time p90', 'queue-p90', (m) => m.queue.p90, ms],
  ['Finished requests', 'finished', (m) => m.finished, fmtInt],
  ['Still waiting for a first token', 'waiting', (m) => m.waiting, fmtInt, 'Arrived, no first token yet: counted in TTFT with the wait so far'],
  ['Preemptions', 'preemptions', (m) => m.preemptions, fmtInt],
  ['Engine steps', 'steps', (m) => m.steps, fmtInt],
];

/** Static vs continuous at the moment on screen: small charts and the same figures as a table. */
export function ComparisonPanel() {
  const { sim, frame, version } = useFrameView();
  const figures = useMemo(() => {
    void version; // steps are appended in place: a new version means new data
    if (!sim.cont || !sim.stat) return null;
    const t = frameTime(sim, frame);
    // "So far" only while either scheduler still has steps after this moment.
    const ended = stepsDoneAt(sim.cont, t) === sim.cont.steps.length && stepsDoneAt(sim.stat, t) === sim.stat.steps.length && sim.cont.done && sim.stat.done;
    return { c: metricsAt(sim.cont, sim.workload, t), s: metricsAt(sim.stat, sim.workload, t), ended };
  }, [sim, frame, version]);
  if (!figures) return null;
  const { c, s, ended } = figures;
  const dist = (pick: (m: LiveMetrics) => LiveMetrics['ttft']) => (['p50', 'p90', 'p99'] as const).map((q) => ({ label: q, c: pick(c)[q], s: pick(s)[q] }));
  return (
    <section className="cb-compare" aria-label="Static and continuous batching compared">
      <h4 className="widget-panel-title">Same requests, two schedulers {ended ? '(whole run)' : '(so far)'}</h4>
      <p className="cb-compare-note muted">
        Like for like: until a run ends, a request with no first token yet counts in TTFT and queue time with its wait so far.
      </p>
      <div className="cb-charts">
        <MiniBars title="Output tokens/s" groups={[{ label: 'tok/s', c: c.outputThroughput, s: s.outputThroughput }]} format={num} />
        <MiniBars title="Budget used (proxy for GPU use)" groups={[{ label: 'use', c: c.budgetUse, s: s.budgetUse }]} format={pct} />
        <MiniBars title="Time to first token" groups={dist((m) => m.ttft)} format={ms} />
        <MiniBars title="Time per output token" groups={dist((m) => m.tpot)} format={ms} />
      </div>
      <ScrollBox label={ended ? 'Figures for the whole run' : 'Figures so far'}>
      <table className="cb-figures">
        <caption className="visually-hidden">{ended ? 'Figures for the whole run' : 'Figures so far'}, continuous and static batching</caption>
        <colgroup>
          <col className="cb-figures-label" />
          <col />
          <col />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">C: continuous</th>
            <th scope="col">S: static</th>
          </tr>
        </thead>
        <tbody>
          {ROWS.map(([label, metric, pick, format, title]) => (
            <tr key={metric}>
              <th scope="row" title={title}>
                {label}
              </th>
              <td data-metric={`cont-${metric}`} data-value={String(pick(c))}>
                {format(pick(c))}
              </td>
              <td data-metric={`stat-${metric}`} data-value={String(pick(s))}>
                {format(pick(s))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      </ScrollBox>
    </section>
  );
}
