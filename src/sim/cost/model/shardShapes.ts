/**
 * GEMM shapes of one GPU's shard under tensor parallelism, as vLLM's Llama splits them:
 * qkv and gate_up column-parallel, o and down row-parallel, lm_head vocab-parallel.
 * KV heads are split too, and replicated when tp exceeds their number.
 */
import type { ModelArch } from '../types.ts';

/** Per-GPU dimensions of one decoder layer. */
export interface ShardShapes {
  readonly tp: number;
  readonly hidden: number;
  readonly headsPerGpu: number;
  /** `max(1, kvHeads / tp)`, as in vLLM's LlamaAttention. */
  readonly kvHeadsPerGpu: number;
  readonly headDim: number;
  /** qkv output columns: (heads/tp + 2·kvHeads/tp) · headDim. */
  readonly qkvN: number;
  /** o_proj input size: heads/tp · headDim. */
  readonly oK: number;
  /** MLP intermediate per GPU (dense) or per expert per GPU (MoE). */
  readonly intermediatePerGpu: number;
  readonly lmHeadN: number;
}

/**
 * Why a tensor-parallel degree is invalid for a model, or null when it is fine.
 * vLLM requires heads % tp = 0, and KV heads either divisible by tp or dividing it.
 */
export function tpProblem(model: ModelArch, tp: number): string | null {
  if (!Number.isInteger(tp) || tp < 1) return `tensor parallel size must be a positive integer (got ${tp})`;
  if (model.heads % tp !== 0) return `${model.name} has ${model.heads} attention heads, not divisible by tp=${tp}`;
  const kv = model.kvHeads;
  if (kv >= tp ? kv % tp !== 0 : tp % kv !== 0) return `${model.name} has ${kv} KV heads, incompatible with tp=${tp}`;
  const inter = model.moe ? model.moe.expertIntermediate : model.intermediate;
  if (inter % tp !== 0) return `intermediate size ${inter} is not divisible by tp=${tp}`;
  return null;
}

/**
 * Shapes of one GPU's shard.
 * @throws Error when `tp` is invalid for the model (see {@link tpProblem})
 */
export function shardShapes(model: ModelArch, tp: number): ShardShapes {
  const problem = tpProblem(model, tp);
  if (problem) throw new Error(problem);
  const headsPerGpu = model.heads / tp;
  const kvHeadsPerGpu = Math.max(1, model.kvHeads / tp);
  return {
    tp,
    hidden: model.hidden,
    headsPerGpu,
    kvHeadsPerGpu,
    headDim: model.headDim,
    qkvN: (headsPerGpu + 2 * kvHeadsPerGpu) * model.headDim,
    oK: headsPerGpu * model.headDim,
    intermediatePerGpu: (model.moe ? model.moe.expertIntermediate : model.intermediate) / tp,
    lmHeadN: Math.ceil(model.vocab / tp),
  };
}
