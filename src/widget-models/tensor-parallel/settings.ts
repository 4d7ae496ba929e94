/**
 * Everything that defines the tensor-parallel widget's picture: model, GPU, TP degree, the link
 * the all-reduces run over, and the step being priced (decoding sequences at a context length,
 * plus an optional prefill chunk). It is the whole widget state, so it round-trips through the URL.
 */
import { GPU_IDS, LINK_IDS, type LinkId, MODELS, PARALLELISM_MODELS } from '../../sim/cost/index.ts';

/** Catalog models plus Qwen3-30B-A3B (4 KV heads, MoE). */
export const TP_MODEL_IDS: readonly string[] = [...MODELS, ...PARALLELISM_MODELS].map((m) => m.id);
export const TP_GPU_IDS: readonly string[] = GPU_IDS;
export { LINK_IDS };
/** The stepper's values: vLLM accepts any degree the heads divide into; most models take only powers of two. */
export const TP_VALUES: readonly number[] = [1, 2, 3, 4, 5, 6, 7, 8];

export interface TensorParallelSettings {
  readonly model: string;
  readonly gpu: string;
  /** `--tensor-parallel-size`. */
  readonly tp: number;
  readonly link: LinkId;
  /** Decoding sequences in the step (and the concurrent sequences the comparison spreads over the GPUs). */
  readonly batch: number;
  /** Tokens each sequence attends to; also the `--max-model-len` the memory plan sizes for. */
  readonly context: number;
  /** Prompt tokens prefilled in the same step (a chunk of chunked prefill), 0 for none. */
  readonly prefill: number;
}

export const LIMITS = {
  batch: [1, 512],
  context: [512, 32768],
  prefill: [0, 8192],
} as const;

export const DEFAULT_SETTINGS: TensorParallelSettings = {
  model: 'llama-3.1-8b',
  gpu: 'h100-sxm-80gb',
  tp: 2,
  link: 'gpu',
  batch: 32,
  context: 4096,
  prefill: 0,
};
