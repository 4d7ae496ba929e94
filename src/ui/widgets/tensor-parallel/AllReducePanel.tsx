import type { TensorParallelFacts } from '../../../widget-models/tensor-parallel/compute.ts';
import { fmtBytes, fmtUs } from './format.ts';

/** The step's all-reduces: bytes, and their time over NVLink (or the GPU's own link), PCIe and InfiniBand. */
export function AllReducePanel({ facts, chosen }: { readonly facts: TensorParallelFacts; readonly chosen: string }) {
  const tp = facts.split?.tp ?? 1;
  const layers = facts.model.layers;
  return (
    <div className="tp-ar">
      <h4 className="widget-panel-title">Two all-reduces per layer</h4>
      <p className="widget-hint" data-metric="allreduce-bytes" data-value={facts.allReduceBytes}>
        After <code>o_proj</code> and after <code>down_proj</code> each GPU holds a partial sum of the layer’s output; an all-reduce adds them up on every GPU. Each carries {facts.tokens.toLocaleString('en-US')} tokens × {facts.model.hidden.toLocaleString('en-US')} × 2 bytes ={' '}
        <strong>{fmtBytes(facts.allReduceBytes)}</strong>, {2 * layers} times a step.
      </p>
      <div className="tp-table-wrap" tabIndex={0} role="region" aria-label="All-reduce time by link">
        <table className="tp-table">
          <caption>Ring all-reduce across {tp} GPU{tp === 1 ? '' : 's'} (estimated)</caption>
          <thead>
            <tr>
              <th scope="col">Link</th>
              <th scope="col">Per direction</th>
              <th scope="col">One</th>
              <th scope="col">Whole step</th>
            </tr>
          </thead>
          <tbody>
            {facts.links.map((l) => (
              <tr key={l.id} data-link={l.id} data-value={l.perStepUs.toFixed(1)} className={l.id === chosen ? 'tp-chosen' : undefined}>
                <th scope="row">
                  {l.label}
                  {l.id === chosen ? <span className="tp-tag"> in use</span> : null}
                </th>
                <td>{l.perDirectionGBps} GB/s</td>
                <td>{tp === 1 ? '—' : fmtUs(l.allReduceUs)}</td>
                <td>{tp === 1 ? 'none at TP 1' : fmtUs(l.perStepUs)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
