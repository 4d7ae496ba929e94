import type { StrategyId, StrategyResult } from '../../../sim/cost/index.ts';
import type { TensorParallelFacts } from '../../../widget-models/tensor-parallel/compute.ts';
import { fmtGiB, fmtInt, fmtPct, fmtUs } from './format.ts';

const NAMES: Record<StrategyId, string> = {
  tp: 'Tensor parallel',
  pp: 'Pipeline parallel',
  dp: 'Data parallel (replicas)',
  ep: 'Expert parallel + DP attention',
};

/** TP, PP, DP and EP on the same GPUs, the same sequences and the same link. */
export function Comparison({ facts, batch, context }: { readonly facts: TensorParallelFacts; readonly batch: number; readonly context: number }) {
  const c = facts.compare;
  if (!c) {
    return (
      <div className="tp-compare">
        <h4 className="widget-panel-title">The same GPUs, four ways</h4>
        <p className="widget-hint">{facts.problem ? 'Pick a TP degree this model accepts to compare layouts.' : 'Raise the tensor parallel size to 2 or more: the comparison puts the same number of GPUs to work as tensor, pipeline, data and expert parallel.'}</p>
      </div>
    );
  }
  const mark = (r: StrategyResult) => [c.latency === r.id ? 'fastest per token' : null, c.throughput === r.id ? 'most tokens/s at full load' : null].filter(Boolean).join(', ');
  return (
    <div className="tp-compare">
      <h4 className="widget-panel-title">
        The same {c.gpus} GPUs, four ways: {fmtInt(batch)} sequences at {fmtInt(context)} tokens
      </h4>
      <div className="tp-table-wrap" tabIndex={0} role="region" aria-label="Layouts compared">
        <table className="tp-table tp-compare-table">
          <caption>Decode only, over the chosen link. “At full load”: as many sequences as the KV cache holds, at most 1,024 per engine (vLLM’s default max_num_seqs on this class of GPU).</caption>
          <thead>
            <tr>
              <th scope="col">Layout</th>
              <th scope="col">Time between tokens</th>
              <th scope="col">Tokens/s now</th>
              <th scope="col">Requests that fit</th>
              <th scope="col">Tokens/s at full load</th>
              <th scope="col">Weights per GPU</th>
            </tr>
          </thead>
          <tbody>
            {c.rows.map((r) => (
              <tr key={r.id} data-strategy={r.id} data-itl={Number.isFinite(r.itlUs) ? r.itlUs.toFixed(1) : ''} data-peak={r.peakTokensPerS.toFixed(0)} className={mark(r) ? 'tp-best' : undefined}>
                <th scope="row">
                  <span className="tp-layout-name">{NAMES[r.id]}</span>
                  <code className="tp-flags">{r.flags}</code>
                  {mark(r) ? <span className="tp-tag">{mark(r)}</span> : null}
                  <span className="muted tp-detail">{r.problem ?? `${r.detail}; communication ${fmtPct(r.commShare)} of the step`}</span>
                </th>
                {r.problem ? (
                  <td colSpan={5} className="muted">
                    cannot run
                  </td>
                ) : (
                  <>
                    <td>{fmtUs(r.itlUs)}</td>
                    <td>{fmtInt(r.tokensPerS)}</td>
                    <td>{r.maxConcurrency.toFixed(0)}</td>
                    <td>
                      {fmtInt(r.peakTokensPerS)} <span className="muted">({fmtInt(r.peakSeqs)} seq.)</span>
                    </td>
                    <td>{fmtGiB(r.weightBytesPerGpu)}</td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
