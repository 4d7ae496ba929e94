import { SRC } from '../../glossary/sources.ts';
import { expectedTokensPerStep } from '../../../sim/engine/spec/specConfig.ts';
import { multiple, numeric, single } from '../../../quiz/build.ts';
import type { KnowledgeCheckSet } from '../../../quiz/schema.ts';

const lesson = 'vllm/speculative-decoding';
const base = (n: number) => ({ id: `kc:${lesson}#${n}`, lesson, topic: 'vllm' as const });
const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * Figures from the lesson's widgets, graded by the model: tests/unit/content/spec-decoding-lesson.test.ts
 * reruns each one through the widget's model (the same requests with and without the drafter)
 * and through the engine's own checks, so a changed model fails there.
 */
export const SPEC_KC_FACTS = {
  /** `full-batch` preset: EAGLE-3, k = 3, α = 0.8, 256 requests, H100. */
  fullBatch: { fewerSteps: 2.57, stepCost: 2.41, speedup: 1.07 },
  /** `too-many-drafts` preset at every k: the k with the highest speedup. */
  bestDraftModelK: 3,
  /** max_num_scheduled_tokens for a draft model with the H100 defaults and max_num_seqs 256. */
  draftModelBudget: 8192 - 1 * 256,
  /** n-gram drafter (acceptance 0.5) at batch 256: output tokens/s with ÷ without. */
  ngramBatch256: 0.83,
} as const;

const e48 = round2(expectedTokensPerStep(0.8, 4));

const check: KnowledgeCheckSet = {
  lesson,
  items: [
    numeric(
      {
        ...base(1),
        prompt: 'Each draft is accepted with probability α = 0.8, independently, and k = 4 drafts are verified per step. How many tokens does one verification step produce on average? (E = (1 − α^(k+1)) / (1 − α))',
        explanation: `(1 − 0.8⁵) / 0.2 = (1 − 0.32768) / 0.2 ≈ ${e48} tokens per step, counting the token the target samples itself (the bonus token when all four pass).`,
        terms: ['speculative-decoding', 'acceptance-rate'],
        source: SRC.specDecodingPaper.url,
      },
      e48,
      'tokens',
      { tolerance: 0.02, traps: [[5, 'That assumes every draft is accepted (α = 1).'], [3.2, 'That is α × k; the expected count is a capped geometric series plus the target’s own token.']] },
    ),
    single(
      {
        ...base(2),
        prompt: 'Why does speculative decoding help most at low load?',
        explanation: 'Small decode batches are memory-bound: verifying 1 + k tokens per request costs about as much as computing one, because the weights are read once either way. In large batches the verification step becomes compute-bound and its cost grows with the tokens it carries.',
        terms: ['speculative-decoding', 'memory-bound', 'compute-bound'],
      },
      'Small batches leave compute idle, so verifying several tokens in one pass is nearly free',
      [
        ['At low load the drafter is more accurate', 'Acceptance depends on the text and the drafter, not on the load.'],
        ['At high load the KV cache is disabled', 'The KV cache is always used.'],
        ['It only works with one request at a time', 'It works with batches; the benefit shrinks as batches grow.'],
      ],
    ),
    single(
      {
        ...base(3),
        prompt: 'A draft token x has probability q(x) under the drafter and p(x) under the target. What does rejection sampling do, and what does it guarantee?',
        explanation: 'x is accepted with probability min(1, p(x)/q(x)); on rejection a replacement is sampled from the normalised max(0, p − q) and the later drafts are discarded. Every token is then distributed exactly as the target alone would sample it.',
        terms: ['rejection-sampling', 'speculative-decoding'],
        source: SRC.specDecodingPaper.url,
      },
      'Accepts x with probability min(1, p(x)/q(x)), otherwise samples from max(0, p − q); the output follows the target’s distribution exactly',
      [
        ['Accepts x whenever q(x) > 0.5; outputs drift towards the drafter', 'The rule compares the two distributions, and it provably leaves the target’s distribution unchanged.'],
        ['Accepts x only if it is the target’s argmax, so decoding becomes greedy', 'That is the special case of greedy sampling; with temperature the probabilistic rule applies.'],
        ['Averages p and q and samples from the mixture', 'Nothing is averaged; a mixture would change the output distribution.'],
      ],
    ),
    numeric(
      {
        ...base(4),
        prompt: 'Over a minute, vllm:spec_decode_num_drafts grew by 500 and vllm:spec_decode_num_accepted_tokens by 1,200. What is the mean acceptance length?',
        explanation: 'Mean acceptance length = 1 + accepted ÷ drafts = 1 + 1,200 ÷ 500 = 3.4; the 1 is the token the target samples itself in every verification.',
        terms: ['mean-acceptance-length'],
        source: SRC.vllmSpecDecode.url,
      },
      3.4,
      'tokens',
      { traps: [[2.4, 'Add 1 for the token the target model always produces itself.']] },
    ),
    multiple(
      {
        ...base(5),
        prompt: 'Which of these can be the "method" of vLLM’s --speculative-config?',
        explanation: 'vLLM 0.33 offers n-gram prompt lookup, draft models, EAGLE and EAGLE-3 heads, MTP modules and suffix decoding, among others.',
        terms: ['ngram-speculation', 'eagle', 'multi-token-prediction', 'draft-model'],
        source: SRC.vllmSpecDecode.url,
      },
      ['ngram (lookup in the prompt and earlier output)', 'eagle3 (a head on the target’s hidden states)', 'mtp (the model’s own multi-token-prediction layer)', 'draft_model (a small model of the same family)'],
      [
        ['lora (an adapter of the target)', 'Adapters change behaviour; they are not speculative proposers.'],
        ['prefix_cache (reusing cached prompt blocks)', 'Prefix caching reuses prompt KV; it does not propose output tokens.'],
      ],
    ),
    numeric(
      {
        ...base(6),
        prompt: `In the lesson’s full-batch widget (EAGLE-3, k = 3, acceptance 0.8, 256 requests on an H100), the drafts need ${SPEC_KC_FACTS.fullBatch.fewerSteps}× fewer steps, and each verification step costs ${SPEC_KC_FACTS.fullBatch.stepCost}× a plain decode step of the same requests. How much faster is the run?`,
        explanation: `Speedup = fewer steps ÷ step cost = ${SPEC_KC_FACTS.fullBatch.fewerSteps} ÷ ${SPEC_KC_FACTS.fullBatch.stepCost} ≈ ${SPEC_KC_FACTS.fullBatch.speedup}×: a compute-bound verification step eats almost the whole saving.`,
        terms: ['speculative-decoding', 'compute-bound'],
      },
      SPEC_KC_FACTS.fullBatch.speedup,
      '×',
      { absTolerance: 0.02, traps: [[SPEC_KC_FACTS.fullBatch.fewerSteps, 'That ignores that each step now costs more.'], [round2(SPEC_KC_FACTS.fullBatch.fewerSteps * SPEC_KC_FACTS.fullBatch.stepCost), 'Divide by the step cost; do not multiply.']] },
    ),
    single(
      {
        ...base(7),
        prompt: 'In the widget’s model, Llama 3.2 1B drafts for Llama 3.1 8B (acceptance 0.7, one request, H100). Which num_speculative_tokens gives the highest throughput?',
        explanation: `k = ${SPEC_KC_FACTS.bestDraftModelK}. Each draft pass costs about 15 % of a target step, while the i-th draft is used only if all before it were accepted (0.7^i). Past a few drafts the extra passes cost more than the tokens they add.`,
        terms: ['draft-model', 'acceptance-rate'],
      },
      `k = ${SPEC_KC_FACTS.bestDraftModelK}`,
      [
        ['k = 1', 'One draft leaves most of the gain on the table: the second and third are still accepted often enough to pay for their passes.'],
        ['k = 5', 'By the fifth draft, acceptance (0.7⁵ ≈ 0.17) no longer pays for a 15 % pass.'],
        ['k = 8', 'The eighth draft is accepted in about 6 % of verifications (0.7⁸) but costs a pass every time: k = 8 is the slowest of all.'],
      ],
    ),
    single(
      {
        ...base(8),
        prompt: 'A request was scheduled with 3 draft tokens (4 tokens in the step) and the rejection sampler accepted 1 draft. What does update_from_output do?',
        explanation: 'Two tokens are appended (the accepted draft and the target’s own token). num_computed_tokens is reduced by the 2 rejected drafts so the next step schedules from the right place; their KV slots stay allocated and are overwritten later, and drafts are never hashed into the prefix cache.',
        terms: ['speculative-decoding'],
        source: SRC.vllmSpecDecode.url,
      },
      'Appends 2 tokens and lowers num_computed_tokens by the 2 rejected drafts; their KV slots are overwritten later',
      [
        ['Appends 1 token and frees the blocks of the rejected drafts at once', 'The accepted prefix comes with one token of the target’s own, and the slots stay allocated.'],
        ['Appends all 4 tokens, since they were computed', 'Rejected drafts are discarded; keeping them would change the output.'],
        ['Preempts the request to recompute its KV cache', 'Nothing is preempted; a counter moves back.'],
      ],
    ),
    numeric(
      {
        ...base(9),
        prompt: 'A draft_model drafter needs one drafting slot per request in every step. With --max-num-batched-tokens 8192 and --max-num-seqs 256, how many tokens can vLLM schedule per step (max_num_scheduled_tokens)?',
        explanation: `max_num_scheduled_tokens = max_num_batched_tokens − slots × max_num_seqs = 8,192 − 1 × 256 = ${SPEC_KC_FACTS.draftModelBudget.toLocaleString('en-US')}. EAGLE, EAGLE-3, MTP and n-gram need 0 slots, so their budget is unchanged.`,
        terms: ['max-num-batched-tokens', 'max-num-seqs', 'draft-model'],
      },
      SPEC_KC_FACTS.draftModelBudget,
      'tokens',
      { traps: [[8192, 'A draft model sets aside one slot per sequence.'], [8192 - 4 * 256, 'The slots count per request, not per draft token (k − 1 per request is parallel drafting).']] },
    ),
    single(
      {
        ...base(10),
        prompt: 'Which reading of vLLM’s metrics says num_speculative_tokens is set too high?',
        explanation: 'vllm:spec_decode_num_accepted_tokens_per_pos at the last positions is a small fraction of vllm:spec_decode_num_drafts: those drafts are almost never reached, yet each costs drafting and verification work.',
        terms: ['acceptance-rate', 'mean-acceptance-length'],
        source: SRC.vllmSpecDecode.url,
      },
      'The per-position accepted count at the last position is a small fraction of num_drafts',
      [
        ['num_drafts is larger than the number of requests', 'There is one draft per request per step; that is expected.'],
        ['The mean acceptance length is above 2', 'That is a drafter doing well, not a k too large.'],
        ['num_draft_tokens equals k × num_drafts', 'That only says every verification carried k drafts.'],
      ],
    ),
    single(
      {
        ...base(11),
        prompt: 'In the widget’s model, an n-gram drafter (acceptance 0.5, matches in 60 % of steps, k = 3) serves 256 requests at once on an H100. What happens to output tokens/s?',
        explanation: `It drops to about ${SPEC_KC_FACTS.ngramBatch256}× of the run without drafts: the lookup is free, but verifying 1 + k tokens for 256 requests is compute-bound and costs more than the steps it saves.`,
        terms: ['ngram-speculation', 'compute-bound'],
      },
      'It falls below the run without speculative decoding',
      [
        ['It rises about 1.5×, as at batch size 1', 'At batch size 1 the verification is nearly free; at 256 it is not.'],
        ['It is unchanged, because n-gram drafting costs no GPU time', 'The drafting is free; the verification of the drafts is not.'],
        ['It rises with k without limit', 'More drafts mean more verification work per step.'],
      ],
    ),
  ],
};

export default check;
