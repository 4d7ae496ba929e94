/**
 * The drafter and the rejection sampler, as far as the scheduler can see them: how many drafts
 * a request gets for its next step, and how many of the drafts it verified were accepted.
 * Draws are a pure function of (request, output position, draft position), so runs repeat.
 */
import { fmix32, mix32 } from '../../core/hash.ts';
import type { Request } from '../request.ts';
import type { SpeculativeConfig } from '../types.ts';

const TWO_32 = 2 ** 32;

/** A uniform draw in [0, 1) for (request, output index, slot). */
function uniform(req: Request, outputIndex: number, slot: number): number {
  return fmix32(mix32(mix32(mix32(0x5bec, req.idx), outputIndex), slot)) / TWO_32;
}

export class SpecDecoder {
  constructor(readonly config: SpeculativeConfig) {}

  /**
   * Drafts proposed after a step that sampled a token (`propose` → `update_draft_token_ids`).
   * Model-based drafters always propose k; the n-gram lookup proposes k when it finds a match
   * (probability `ngramMatchRate`) and none otherwise.
   */
  propose(req: Request): number {
    const c = this.config;
    if (c.method === 'ngram' && uniform(req, req.numOutputTokens, 0xff) >= c.ngramMatchRate) return 0;
    return c.numSpeculativeTokens;
  }

  /**
   * Rejection sampling of `numDraft` verified drafts: draft i is accepted with probability
   * `acceptanceRates[i]` given every draft before it was; the first rejection ends the run.
   * @returns the accepted prefix length (0 … numDraft); the step also samples one more token
   */
  numAccepted(req: Request, numDraft: number): number {
    const rates = this.config.acceptanceRates;
    const at = req.numOutputTokens;
    let a = 0;
    while (a < numDraft && uniform(req, at, a) < (rates[a] as number)) a++;
    return a;
  }
}
