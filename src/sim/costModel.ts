/**
 * The contract between the engine model and whatever prices its steps.
 * The engine describes each step's batch; a cost model answers how long the GPU takes.
 */

/** One prefill chunk in a step: `newTokens` computed now, attending to `cachedTokens` already in KV. */
export interface PrefillChunk {
  readonly newTokens: number;
  readonly cachedTokens: number;
  /** True when this chunk finishes the prompt, so the step samples a token for it (lm_head runs). */
  readonly emitsToken: boolean;
}

/** One decoding sequence: one new token attending to `contextTokens` (including itself). */
export interface DecodeSeq {
  readonly contextTokens: number;
}

/** Everything the GPU does in one engine step. */
export interface StepShape {
  readonly prefills: readonly PrefillChunk[];
  readonly decodes: readonly DecodeSeq[];
}

/** Prices one engine step in microseconds. Must be pure and deterministic. */
export interface CostModel {
  readonly id: string;
  /** Shown in the UI, e.g. "Llama-3.1-8B on H100 SXM, TP1, bf16 (calibrated)". */
  readonly label: string;
  stepTimeUs(shape: StepShape): number;
}
