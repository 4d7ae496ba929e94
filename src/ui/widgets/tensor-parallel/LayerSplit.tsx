import { useId } from 'react';
import type { RankSlice, TensorSplit } from '../../../sim/cost/index.ts';
import type { ModelFacts } from '../../../widget-models/tensor-parallel/compute.ts';
import { fmtInt } from './format.ts';

/** A weight matrix as a small square with this rank's slice filled: columns (a stripe) or rows (a band). */
function Slice({ kind, rank, tp, label }: { readonly kind: 'col' | 'row'; readonly rank: number; readonly tp: number; readonly label: string }) {
  const size = 26;
  const w = size / tp;
  return (
    <svg className="tp-slice" width={size} height={size} viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label}>
      <rect className="tp-slice-whole" x={0.5} y={0.5} width={size - 1} height={size - 1} />
      {kind === 'col' ? <rect className="tp-slice-own" x={rank * w} y={0} width={w} height={size} /> : <rect className="tp-slice-own" x={0} y={rank * w} width={size} height={w} />}
    </svg>
  );
}

function range([a, b]: readonly [number, number]): string {
  return b - a === 1 ? `${a}` : `${a}–${b - 1}`;
}

function RankCard({ r, split, model }: { readonly r: RankSlice; readonly split: TensorSplit; readonly model: ModelFacts }) {
  const tp = split.tp;
  const sharedWith = split.kvCopies > 1 ? Array.from({ length: tp }, (_, i) => i).filter((i) => i !== r.rank && Math.floor(i / split.kvCopies) === Math.floor(r.rank / split.kvCopies)) : [];
  return (
    <li className="tp-rank" data-rank={r.rank}>
      <span className="tp-rank-name">GPU {r.rank}</span>
      <span className="tp-rank-line">
        Q heads {range(r.heads)} <span className="muted">({split.headsPerGpu})</span>
      </span>
      <span className="tp-rank-line" data-kv-shared={sharedWith.length > 0 ? 'true' : 'false'}>
        KV head{split.kvHeadsPerGpu === 1 ? '' : 's'} {range(r.kvHeads)}
        {sharedWith.length > 0 ? <span className="tp-copy"> copy, also on GPU {sharedWith.join(', ')}</span> : <span className="muted"> ({split.kvHeadsPerGpu})</span>}
      </span>
      <span className="tp-rank-mats">
        <span className="tp-mat">
          <Slice kind="col" rank={r.rank} tp={tp} label={`qkv_proj, column-parallel: ${fmtInt(r.qkvCols)} of its output columns on GPU ${r.rank}`} />
          <span>
            qkv <span className="muted">{fmtInt(r.qkvCols)} cols</span>
          </span>
        </span>
        <span className="tp-mat">
          <Slice kind="row" rank={r.rank} tp={tp} label={`o_proj, row-parallel: ${fmtInt(r.oRows)} of its input rows on GPU ${r.rank}`} />
          <span>
            o <span className="muted">{fmtInt(r.oRows)} rows</span>
          </span>
        </span>
        <span className="tp-mat">
          <Slice kind="col" rank={r.rank} tp={tp} label={`gate_up_proj, column-parallel: ${fmtInt(r.gateUpCols)} output columns${model.experts ? ' of each expert' : ''} on GPU ${r.rank}`} />
          <span>
            gate/up <span className="muted">{fmtInt(r.gateUpCols)} cols</span>
          </span>
        </span>
        <span className="tp-mat">
          <Slice kind="row" rank={r.rank} tp={tp} label={`down_proj, row-parallel: ${fmtInt(r.downRows)} input rows${model.experts ? ' of each expert' : ''} on GPU ${r.rank}`} />
          <span>
            down <span className="muted">{fmtInt(r.downRows)} rows</span>
          </span>
        </span>
      </span>
    </li>
  );
}

/** One decoder layer's flow, and what each GPU holds of it. */
export function LayerSplit({ split, model }: { readonly split: TensorSplit; readonly model: ModelFacts }) {
  const captionId = useId();
  return (
    <figure className="tp-split" aria-labelledby={captionId}>
      <ol className="tp-flow" aria-label="One decoder layer under tensor parallelism">
        <li>qkv_proj · column</li>
        <li>attention on own heads</li>
        <li>o_proj · row</li>
        <li className="tp-flow-ar">all-reduce</li>
        <li>gate_up · column{model.experts ? ` (each of ${model.experts} experts)` : ''}</li>
        <li>down · row</li>
        <li className="tp-flow-ar">all-reduce</li>
      </ol>
      <ul className="tp-ranks" data-tp={split.tp}>
        {split.ranks.map((r) => (
          <RankCard key={r.rank} r={r} split={split} model={model} />
        ))}
      </ul>
      <figcaption id={captionId} className="widget-hint">
        {model.name}: {model.heads} query heads and {model.kvHeads} KV heads of dimension {model.headDim}, hidden size {fmtInt(model.hidden)}, MLP {fmtInt(model.intermediate)}
        {model.experts ? ` per expert (${model.experts} experts, ${model.expertsPerToken} per token)` : ''}. Filled: the part of each matrix a GPU holds — a column stripe for column-parallel layers, a row band for row-parallel ones.
        {split.kvCopies > 1 ? ` TP ${split.tp} exceeds the ${model.kvHeads} KV heads, so each KV head is computed and stored on ${split.kvCopies} GPUs.` : ''}
      </figcaption>
    </figure>
  );
}
