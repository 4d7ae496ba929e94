/**
 * How one decoder layer is divided among tensor-parallel ranks, Megatron style, as vLLM's Llama,
 * Mistral, Qwen and Mixtral models split it: `qkv_proj` (QKVParallelLinear) and `gate_up_proj`
 * (MergedColumnParallelLinear) by output columns, `o_proj` and `down_proj` (RowParallelLinear)
 * by input rows, each row-parallel layer ending in an all-reduce. Query heads are divided; KV
 * heads are divided too, and copied when tp exceeds their number.
 */
import { shardShapes } from '../model/shardShapes.ts';
import type { ModelArch } from '../types.ts';

/** What one rank holds of a layer. Ranges are half-open [from, to). */
export interface RankSlice {
  readonly rank: number;
  /** Query heads computed on this rank. */
  readonly heads: readonly [number, number];
  /** The KV heads whose keys and values this rank computes and stores. */
  readonly kvHeads: readonly [number, number];
  /** Output columns of the fused q/k/v projection on this rank (column-parallel). */
  readonly qkvCols: number;
  /** Input rows of o_proj on this rank (row-parallel): its heads × head dim. */
  readonly oRows: number;
  /** Output columns of gate_up on this rank (column-parallel): 2 × intermediate / tp. */
  readonly gateUpCols: number;
  /** Input rows of down_proj on this rank (row-parallel). */
  readonly downRows: number;
}

export interface TensorSplit {
  readonly tp: number;
  readonly headsPerGpu: number;
  readonly kvHeadsPerGpu: number;
  /** How many ranks hold each KV head: tp / kvHeads when tp > kvHeads, else 1. */
  readonly kvCopies: number;
  /** All-reduces per decoder layer (after o_proj and after down_proj). */
  readonly allReducesPerLayer: 2;
  readonly ranks: readonly RankSlice[];
}

/**
 * The split of one layer of `model` over `tp` ranks.
 * @throws Error when vLLM would refuse the degree (heads, KV heads or MLP size not divisible)
 */
export function tensorSplit(model: ModelArch, tp: number): TensorSplit {
  const s = shardShapes(model, tp);
  const kvCopies = Math.max(1, tp / model.kvHeads);
  const ranks: RankSlice[] = [];
  for (let r = 0; r < tp; r++) {
    // With copies, ranks r·… share a KV head: rank r holds head floor(r / copies), as vLLM's replicated QKV layout does.
    const kvFrom = kvCopies > 1 ? Math.floor(r / kvCopies) : r * s.kvHeadsPerGpu;
    ranks.push({
      rank: r,
      heads: [r * s.headsPerGpu, (r + 1) * s.headsPerGpu],
      kvHeads: [kvFrom, kvFrom + s.kvHeadsPerGpu],
      qkvCols: s.qkvN,
      oRows: s.oK,
      gateUpCols: 2 * s.intermediatePerGpu,
      downRows: s.intermediatePerGpu,
    });
  }
  return { tp, headsPerGpu: s.headsPerGpu, kvHeadsPerGpu: s.kvHeadsPerGpu, kvCopies, allReducesPerLayer: 2, ranks };
}
