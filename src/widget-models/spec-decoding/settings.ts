/**
 * Everything that defines one speculative-decoding scenario: the drafter, k, the acceptance
 * the drafter achieves on the text, how many requests share a step, and the GPU that prices the
 * steps. With the view state this is the whole widget state, so it round-trips through the URL.
 */
import { DEFAULT_ACCEPTANCE, SPECULATIVE_METHODS } from '../../sim/engine/spec/specConfig.ts';
import type { SpeculativeMethod } from '../../sim/engine/types.ts';

export { SPECULATIVE_METHODS };
export type { SpeculativeMethod };

/** GPUs the cost model prices Llama-3.1-8B on (H100 and H200 fitted to measurements, the others scaled from datasheets). */
export const GPU_CHOICES = [
  { id: 'h100-sxm-80gb', label: 'H100 SXM 80 GB (measured)' },
  { id: 'h200-141gb', label: 'H200 141 GB (measured)' },
  { id: 'a100-sxm-80gb', label: 'A100 SXM 80 GB (estimated)' },
  { id: 'l40s-48gb', label: 'L40S 48 GB (estimated)' },
] as const;
export type GpuChoice = (typeof GPU_CHOICES)[number]['id'];

/** The target model: the cost model's drafter ratios are worked out for it (src/sim/cost/draftCost.ts). */
export const TARGET = { id: 'llama-3.1-8b', name: 'meta-llama/Llama-3.1-8B-Instruct', paramsB: 8.03 } as const;

/** Draft models of the same family (same tokenizer) for method "draft_model". */
export const DRAFT_MODELS = [
  { id: 1, name: 'meta-llama/Llama-3.2-1B-Instruct', paramsB: 1.24 },
  { id: 3, name: 'meta-llama/Llama-3.2-3B-Instruct', paramsB: 3.21 },
] as const;
export type DraftChoice = (typeof DRAFT_MODELS)[number]['id'];

/** `max_num_seqs` values offered; every request arrives at once, so this is the batch size. */
export const BS_CHOICES: readonly number[] = [1, 2, 4, 8, 16, 32, 64, 128, 256];
/** `num_speculative_tokens` values offered. */
export const K_CHOICES: readonly number[] = [1, 2, 3, 4, 5, 6, 7, 8];
/** Per-position decay of the conditional acceptance rate, in percent (100 = i.i.d.). */
export const DECAY_CHOICES: readonly number[] = [100, 95, 90, 80];

/** Acceptance slider bounds, percent. */
export const ACC_LIMITS = [30, 95] as const;

/** Each request: a unique prompt of this many tokens, then this many output tokens. */
export const PROMPT_TOKENS = 128;
export const OUTPUT_TOKENS = 256;
/** Requests in a run: one full batch, and at least this many (so small batches average over several requests). */
export const MIN_REQUESTS = 4;
/** The same floor for the sweep runs, which are not played step by step. */
export const SWEEP_MIN_REQUESTS = 16;
/** Requests whose drafts the picture shows, step by step. */
export const TRACKED = 4;

export interface SpecSettings {
  readonly method: SpeculativeMethod;
  /** `num_speculative_tokens`. */
  readonly k: number;
  /** Acceptance rate of the first draft position, percent (the drafter's quality on this text). */
  readonly acceptancePercent: number;
  /** Each later position's conditional rate is this percentage of the one before (100 = i.i.d.). */
  readonly decay: number;
  /** `--max-num-seqs`: requests decoding together. */
  readonly batchSize: number;
  readonly gpu: GpuChoice;
  /** The draft model for method "draft_model" (Llama 3.2 1B or 3B). */
  readonly draft: DraftChoice;
}

export interface SpecView {
  /** Timeline frame (one engine step). */
  readonly frame: number;
  readonly speed: number;
}

export type SpecUrlState = SpecSettings & SpecView;

/** The model's assumed acceptance for a method, in percent (not a measurement). */
export function defaultAccPercent(method: SpeculativeMethod): number {
  return Math.round(DEFAULT_ACCEPTANCE[method] * 100);
}

/** Conditional acceptance per draft position: acc × (decay)^i. */
export function acceptanceRates(s: Pick<SpecSettings, 'acceptancePercent' | 'decay' | 'k'>): number[] {
  return Array.from({ length: s.k }, (_, i) => (s.acceptancePercent / 100) * (s.decay / 100) ** i);
}

export const DEFAULT_SETTINGS: SpecSettings = {
  method: 'eagle3',
  k: 3,
  acceptancePercent: defaultAccPercent('eagle3'),
  decay: 100,
  batchSize: 1,
  gpu: 'h100-sxm-80gb',
  draft: 1,
};

export const DEFAULT_VIEW: SpecView = { frame: 0, speed: 1 };
