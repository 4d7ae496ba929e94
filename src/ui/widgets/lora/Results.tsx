import { adapterLabel, MAX_RUN_S } from '../../../widget-models/lora/settings.ts';
import type { LoraSummary } from '../../../widget-models/lora/types.ts';
import { AdapterChip } from './AdapterChip.tsx';
import { formatInt, formatMs, formatPct } from './format.ts';
import { Lora } from './store.ts';

/** The whole run against the same requests on the base model, then per adapter. */
export function Results() {
  const summary = Lora.useWidget((s) => s.result.summary);
  if (!summary) return <p className="lr-results lr-results-wait muted">Computing the run and the base-model comparison…</p>;
  return (
    <div className="lr-results">
      <Comparison s={summary} />
      <PerAdapter s={summary} />
    </div>
  );
}

function Comparison({ s }: { readonly s: LoraSummary }) {
  const rows: [key: string, name: string, lora: number, base: number, show: (v: number) => string][] = [
    ['throughput', 'Output throughput', s.lora.outputThroughput, s.base.outputThroughput, (v) => `${formatInt(v)} tok/s`],
    ['ttft-p50', 'TTFT p50', s.lora.ttftP50Ms, s.base.ttftP50Ms, formatMs],
    ['ttft-p99', 'TTFT p99', s.lora.ttftP99Ms, s.base.ttftP99Ms, formatMs],
    ['duration', 'Run length', s.lora.durationS, s.base.durationS, (v) => `${v.toFixed(1)} s`],
    ['kv-blocks', 'KV cache blocks', s.kvBlocks, s.kvBlocksBase, formatInt],
  ];
  return (
    <section aria-labelledby="lr-cmp-title" className="lr-box">
      <h4 id="lr-cmp-title" className="widget-panel-title">
        The whole run, against the same requests on the base model
      </h4>
      <table className="lr-table lr-table-wrap">
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">With adapters</th>
            <th scope="col">Base model, LoRA off</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([key, name, a, b, show]) => (
            <tr key={key} data-metric={key}>
              <th scope="row">{name}</th>
              <td data-run="lora" data-value={a}>
                {show(a)}
              </td>
              <td data-run="base" data-value={b}>
                {show(b)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="widget-hint" data-metric="loads" data-value={s.loads}>
        {s.loads} loads from storage and {s.activations - s.loads} CPU-cache hits ({s.activations} slot copies, <code>num_adapter_loads</code> /{' '}
        <code>num_adapter_activations</code>); {s.requestsDeferred} of {s.numRequests} requests skipped at least once for max_loras ({formatInt(s.deferredSteps)} request-steps). LoRA took{' '}
        {formatPct(s.loraTimeShare)} of step time (estimated: loads, slot copies and kernels).
        {s.lora.finished < s.numRequests ? ` The run stopped at ${MAX_RUN_S} s with ${s.numRequests - s.lora.finished} requests unfinished, so its figures cover only the finished ones.` : ''}
      </p>
    </section>
  );
}

function PerAdapter({ s }: { readonly s: LoraSummary }) {
  return (
    <section aria-labelledby="lr-ad-title" className="lr-box">
      <h4 id="lr-ad-title" className="widget-panel-title">
        Per adapter: who waited
      </h4>
      <div className="lr-scroll lr-scroll-adapters" tabIndex={0} role="region" aria-label="Per-adapter table (scrolls)">
        <table className="lr-table">
          <thead>
            <tr>
              <th scope="col">Adapter</th>
              <th scope="col">Traffic</th>
              <th scope="col">Requests</th>
              <th scope="col">Mean TTFT</th>
              <th scope="col">Steps skipped</th>
              <th scope="col">Loads ▲</th>
              <th scope="col">Hits ●</th>
            </tr>
          </thead>
          <tbody>
            {s.perAdapter.map((a, i) => (
              <tr key={i}>
                <th scope="row">
                  <AdapterChip adapter={i} /> <span className="visually-hidden">adapter {adapterLabel(i)}</span>
                </th>
                <td>{formatPct(a.share)}</td>
                <td>{a.requests}</td>
                <td>{formatMs(a.ttftMeanMs)}</td>
                <td>{formatInt(a.deferredSteps)}</td>
                <td>{a.loads}</td>
                <td>{a.hits}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
