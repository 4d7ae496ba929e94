/**
 * The drafter's share of a speculative-decoding step, from the cost model: each of the k
 * draft passes costs about `draftCostRatio` × a target decode step over the same batch.
 * Ratios are weight ratios (decode is memory-bound), ESTIMATED for Llama-3.1-8B as the target.
 */
import type { CostModel, DecodeSeq } from '../costModel.ts';

/** Llama-3.1-8B: one decoder layer ≈ 218 M parameters, lm_head 4096 × 128,256 ≈ 525 M,
 * whole model ≈ 8.03 B. */
const TARGET_PARAMS = 8.03e9;
const LAYER_PARAMS = 218e6;
const LM_HEAD_PARAMS = 525e6;
/** EAGLE's fc layer fusing token embedding and hidden state: 2 × 4096 × 4096. */
const EAGLE_FC_PARAMS = 33.5e6;
/** EAGLE-3 drafts over a reduced vocabulary (32k tokens): lm_head 4096 × 32,000. */
const EAGLE3_LM_HEAD_PARAMS = 131e6;

/** The drafters the cost side knows (mirrors `SpeculativeMethod`). */
export type DraftMethod = 'ngram' | 'draft_model' | 'eagle' | 'eagle3' | 'mtp';

/**
 * Cost of one draft pass relative to one target decode pass (weights read per token).
 * n-gram drafts on the CPU: 0. A draft model: its size over the target's.
 */
export function draftCostRatio(method: DraftMethod, draftParamsB = 0, targetParamsB = 8): number {
  switch (method) {
    case 'ngram':
      return 0;
    case 'draft_model':
      return draftParamsB / targetParamsB;
    case 'eagle':
    case 'mtp':
      return (LAYER_PARAMS + EAGLE_FC_PARAMS + LM_HEAD_PARAMS) / TARGET_PARAMS;
    case 'eagle3':
      return (LAYER_PARAMS + EAGLE_FC_PARAMS + EAGLE3_LM_HEAD_PARAMS) / TARGET_PARAMS;
  }
}

/**
 * µs the drafter adds to a step: `k` sequential passes over the requests that draft, each
 * priced as `ratio` × a decode step of those requests on the target's cost model.
 */
export function draftStepUs(costModel: CostModel, drafting: readonly DecodeSeq[], k: number, ratio: number): number {
  if (drafting.length === 0 || k === 0 || ratio === 0) return 0;
  const pass = costModel.stepTimeUs({ prefills: [], decodes: drafting });
  return k * ratio * pass;
}
