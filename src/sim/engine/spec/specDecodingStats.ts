/**
 * vLLM's `SpecDecodingStats` (vllm/v1/spec_decode/metrics.py) and the figures its logger and
 * Prometheus counters derive from them.
 */

/** What `Engine.metrics()` reports under `spec_decode` (vLLM's counter names, `vllm:spec_decode_` prefix dropped). */
export interface SpecDecodeMetrics {
  /** `num_drafts`: verification rounds (requests × steps that carried drafts). */
  readonly num_drafts: number;
  /** `num_draft_tokens`: drafts verified. */
  readonly num_draft_tokens: number;
  /** `num_accepted_tokens`: drafts accepted. */
  readonly num_accepted_tokens: number;
  /** `num_accepted_tokens_per_pos`: accepted at draft position i. */
  readonly num_accepted_tokens_per_pos: readonly number[];
  /** accepted ÷ drafted ("Avg Draft acceptance rate"). */
  readonly draft_acceptance_rate: number;
  /** 1 + accepted ÷ drafts (includes the bonus token). */
  readonly mean_acceptance_length: number;
  /** accepted at position i ÷ drafts. */
  readonly acceptance_rate_per_pos: readonly number[];
}

export class SpecDecodingStats {
  numDrafts = 0;
  numDraftTokens = 0;
  numAcceptedTokens = 0;
  readonly numAcceptedTokensPerPos: number[];

  constructor(numSpeculativeTokens: number) {
    this.numAcceptedTokensPerPos = new Array<number>(numSpeculativeTokens).fill(0);
  }

  /** `observe_draft`: one request's verification of `numDraftTokens` drafts. */
  observeDraft(numDraftTokens: number, numAcceptedTokens: number): void {
    this.numDrafts++;
    this.numDraftTokens += numDraftTokens;
    this.numAcceptedTokens += numAcceptedTokens;
    const perPos = this.numAcceptedTokensPerPos;
    for (let i = 0; i < numAcceptedTokens; i++) perPos[i] = (perPos[i] as number) + 1;
  }

  summary(): SpecDecodeMetrics {
    const d = this.numDrafts;
    return {
      num_drafts: d,
      num_draft_tokens: this.numDraftTokens,
      num_accepted_tokens: this.numAcceptedTokens,
      num_accepted_tokens_per_pos: this.numAcceptedTokensPerPos.slice(),
      draft_acceptance_rate: this.numDraftTokens > 0 ? this.numAcceptedTokens / this.numDraftTokens : 0,
      mean_acceptance_length: d > 0 ? 1 + this.numAcceptedTokens / d : 0,
      acceptance_rate_per_pos: this.numAcceptedTokensPerPos.map((a) => (d > 0 ? a / d : 0)),
    };
  }
}
