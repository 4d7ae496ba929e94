import type { TensorParallelFacts } from '../../../widget-models/tensor-parallel/compute.ts';
import { fmtBytes, fmtGiB, fmtInt } from './format.ts';

function gained(m: NonNullable<TensorParallelFacts['memory']>, tp: number): string {
  if (m.blocksGained === null || m.tp1Blocks === null) return `TP 1 does not fit: ${m.tp1Problem ?? ''}`;
  if (tp === 1) return 'none: this is TP 1';
  const ratio = m.plan.numGpuBlocks / Math.max(1, m.tp1Blocks);
  return `${m.blocksGained >= 0 ? '+' : ''}${fmtInt(m.blocksGained)}, ${ratio.toFixed(2)}× the ${fmtInt(m.tp1Blocks)} of TP 1`;
}

/** One GPU's memory under this TP degree, and the KV blocks it gains over a single GPU. */
export function MemoryPanel({ facts, context }: { readonly facts: TensorParallelFacts; readonly context: number }) {
  const m = facts.memory;
  if (!m) return null;
  const p = m.plan;
  const other = p.activationBytes + p.cudaGraphBytes;
  const segs = [
    { name: 'Weights', bytes: p.weightBytes, cls: 'tp-mem-w' },
    { name: 'Activations, CUDA graphs', bytes: other, cls: 'tp-mem-a' },
    { name: 'KV cache', bytes: p.kvCacheBytes, cls: 'tp-mem-kv' },
  ];
  const whole = Math.max(p.requestedBytes, p.weightBytes + other);
  return (
    <div className="tp-mem">
      <h4 className="widget-panel-title">Memory of each GPU</h4>
      <div className="tp-bar tp-bar-mem" role="img" aria-label={`Per GPU of ${fmtGiB(p.requestedBytes)} usable: ${segs.map((s) => `${s.name} ${fmtGiB(s.bytes)}`).join(', ')}`}>
        {segs.map((s) => (
          <span key={s.name} className={`tp-bar-part ${s.cls}`} style={{ width: `${(s.bytes / whole) * 100}%` }} />
        ))}
      </div>
      <ul className="tp-legend">
        {segs.map((s) => (
          <li key={s.name}>
            <span className={`tp-swatch ${s.cls}`} aria-hidden="true" />
            <span>
              <strong>{s.name}</strong> {fmtGiB(s.bytes)}
            </span>
          </li>
        ))}
      </ul>
      <dl className="tp-figures">
        <div>
          <dt>KV per token on this GPU</dt>
          <dd>
            {fmtBytes(p.kvBytesPerTokenPerGpu)} <span className="muted">of {fmtBytes(p.kvBytesPerToken)} for the model</span>
          </dd>
        </div>
        <div data-metric="blocks" data-value={p.numGpuBlocks}>
          <dt>KV blocks (16 tokens)</dt>
          <dd>{fmtInt(p.numGpuBlocks)}</dd>
        </div>
        <div data-metric="blocks-gained" data-value={m.blocksGained ?? ''}>
          <dt>Gained over one GPU</dt>
          <dd>{gained(m, facts.split?.tp ?? 1)}</dd>
        </div>
        <div data-metric="concurrency" data-value={p.maxConcurrency.toFixed(2)}>
          <dt>Requests of {fmtInt(context)} tokens that fit</dt>
          <dd>{p.maxConcurrency.toFixed(1)}</dd>
        </div>
      </dl>
      {p.problem ? <p className="widget-hint tp-warn">vLLM would refuse to start: {p.problem}.</p> : null}
      <p className="widget-hint">Computed as vLLM sizes memory at <code>gpu_memory_utilization</code> {(p.requestedBytes / p.totalBytes).toFixed(2)}; the activation peak and the CUDA-graph reserve are estimates. Every GPU uses the same block ids: block n holds its own heads’ keys and values for the same 16 tokens.</p>
    </div>
  );
}
