import { SRC } from '../../glossary/sources.ts';
import { multiple, numeric, single } from '../../../quiz/build.ts';
import type { KnowledgeCheckSet } from '../../../quiz/schema.ts';

const lesson = 'vllm/speculative-decoding';
const base = (n: number) => ({ id: `kc:${lesson}#${n}`, lesson, topic: 'vllm' as const });

const check: KnowledgeCheckSet = {
  lesson,
  items: [
    numeric(
      {
        ...base(1),
        prompt: 'Acceptance rate α = 0.8, k = 4 draft tokens. How many tokens does each target-model pass produce on average? (E = (1 − α^(k+1)) / (1 − α))',
        explanation: '(1 − 0.8⁵) / 0.2 = (1 − 0.32768) / 0.2 ≈ 3.36 tokens per pass, including the bonus token from the target.',
        terms: ['speculative-decoding', 'acceptance-rate'],
        source: SRC.specDecodingPaper.url,
      },
      3.36,
      'tokens',
      { tolerance: 0.02, traps: [[5, 'That assumes every draft is accepted (α = 1).'], [3.2, 'That is α × k; the expected count is a capped geometric series plus the bonus token.']] },
    ),
    single(
      {
        ...base(2),
        prompt: 'Why does speculative decoding help most at low load?',
        explanation: 'Decode is memory-bound: verifying k tokens costs about as much as generating one when the GPU has spare compute. Under heavy batching that spare compute is gone and the rejected drafts become wasted work.',
        terms: ['speculative-decoding', 'memory-bound'],
      },
      'Small batches leave compute idle, so verifying several tokens in one pass is nearly free',
      [
        ['At low load the draft model is more accurate', 'Acceptance depends on the text, not on the load.'],
        ['At high load the KV cache is disabled', 'The KV cache is always used.'],
        ['It only works with one request at a time', 'It works with batches; the benefit shrinks as batches grow.'],
      ],
    ),
    single(
      {
        ...base(3),
        prompt: 'How does speculative decoding (as in Leviathan et al.) affect the output distribution?',
        explanation: 'The accept/reject rule guarantees the same distribution as sampling from the target model alone; only speed changes.',
        terms: ['speculative-decoding'],
        source: SRC.specDecodingPaper.url,
      },
      'It leaves it unchanged: outputs follow the target model’s distribution',
      [
        ['It shifts it towards the draft model', 'Rejection sampling corrects for the draft.'],
        ['It makes decoding greedy', 'Sampling with temperature still works.'],
        ['It truncates long answers', 'Length is governed by the usual stop conditions.'],
      ],
    ),
    numeric(
      {
        ...base(4),
        prompt: 'Over a minute, vLLM made 500 drafts and 1,200 draft tokens were accepted. What is the mean acceptance length?',
        explanation: 'Mean acceptance length = 1 + accepted / drafts = 1 + 1,200 / 500 = 3.4 (the 1 is the bonus token).',
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
        prompt: 'Which of these are proposers vLLM supports for speculative decoding?',
        explanation: 'vLLM supports n-gram prompt lookup, EAGLE-style heads, MTP modules and separate draft models, among others.',
        terms: ['ngram-speculation', 'eagle', 'multi-token-prediction', 'draft-model'],
        source: SRC.vllmSpecDecode.url,
      },
      ['N-gram lookup in the prompt', 'EAGLE draft heads', 'A model’s multi-token-prediction (MTP) module'],
      [
        ['A LoRA adapter of the target', 'Adapters fine-tune behaviour; they are not speculative proposers.'],
        ['The prefix cache', 'Prefix caching reuses prompt KV; it does not propose output tokens.'],
      ],
    ),
  ],
};

export default check;
