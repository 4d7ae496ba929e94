/**
 * Models the parallelism lesson adds to the catalog's: Qwen3-30B-A3B has only 4 KV heads, so
 * tensor parallelism beyond 4 GPUs copies them, and it is a mixture of experts (128 experts,
 * 8 per token) for the expert-parallel comparison. Read from its Hugging Face config.json.
 */
import type { ModelArch } from '../types.ts';

export const QWEN3_30B_A3B: ModelArch = {
  id: 'qwen3-30b-a3b',
  name: 'Qwen3-30B-A3B',
  hidden: 2048,
  layers: 48,
  heads: 32,
  kvHeads: 4,
  headDim: 128,
  // Dense intermediate_size in the config; every layer's MLP is routed (see moe).
  intermediate: 6144,
  vocab: 151936,
  tiedEmbeddings: false,
  maxPositionEmbeddings: 40960,
  declaredParams: 30.5e9,
  moe: { experts: 128, expertsPerToken: 8, expertIntermediate: 768 },
  source: {
    url: 'https://huggingface.co/Qwen/Qwen3-30B-A3B/blob/main/config.json',
    note: 'num_key_value_heads 4, head_dim 128, num_experts 128, num_experts_per_tok 8, moe_intermediate_size 768; q/k norms ignored.',
  },
};

/** Extra models for the parallelism widget, beside the catalog's. */
export const PARALLELISM_MODELS: readonly ModelArch[] = [QWEN3_30B_A3B];
