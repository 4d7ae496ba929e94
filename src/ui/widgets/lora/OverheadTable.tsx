import { OVERHEAD_COUNTS, REFERENCE_BATCH, REFERENCE_CONTEXT } from '../../../widget-models/lora/overhead.ts';
import { formatMs, formatPct } from './format.ts';
import { Lora } from './store.ts';

/** Rank and adapter count against decode throughput, from the cost model (estimated). */
export function OverheadTable() {
  const rows = Lora.useWidget((s) => s.result.overhead);
  const rank = Lora.useWidget((s) => s.settings.rank);
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="lr-oh-title" className="lr-box">
      <h4 id="lr-oh-title" className="widget-panel-title">
        Estimated: rank and adapter count against throughput
      </h4>
      <div className="lr-scroll" tabIndex={0} role="region" aria-label="Rank table (scrolls sideways)">
        <table className="lr-table">
          <thead>
            <tr>
              <th scope="col">Rank</th>
              <th scope="col">Size (bf16)</th>
              <th scope="col">Load from storage</th>
              <th scope="col">Copy to a slot</th>
              {OVERHEAD_COUNTS.map((c) => (
                <th key={c} scope="col">
                  {c} adapter{c === 1 ? '' : 's'} in batch
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.rank} className={r.rank === rank ? 'lr-row-current' : undefined} aria-current={r.rank === rank ? 'true' : undefined}>
                <th scope="row">
                  {r.rank}
                  {r.rank === rank ? ' (this run)' : ''}
                </th>
                <td>{r.adapterMB < 1000 ? `${Math.round(r.adapterMB)} MB` : `${(r.adapterMB / 1000).toFixed(2)} GB`}</td>
                <td>{formatMs(r.loadMs)}</td>
                <td>{formatMs(r.activateMs)}</td>
                {r.relThroughput.map((x, i) => (
                  <td key={i}>{formatPct(x)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="widget-hint">
        Decode throughput with LoRA as a share of the base model’s, for one step of {REFERENCE_BATCH} sequences at {REFERENCE_CONTEXT} tokens of context (Llama 3.1 8B, H100, calibrated
        step time). The LoRA part is an estimate, not a measurement: 5 % for the shrink/expand kernels plus reading each distinct adapter’s weights once from HBM; loads at ≈ 2 GB/s from
        storage, copies at ≈ 25 GB/s over PCIe.
      </p>
    </section>
  );
}
