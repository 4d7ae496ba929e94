import { SRC } from '../../glossary/sources.ts';
import { multiple, numeric, single } from '../../../quiz/build.ts';
import type { KnowledgeCheckSet } from '../../../quiz/schema.ts';
import { prefillChunks, scheduledInStep } from '../../../widget-models/batching/quizFacts.ts';

const lesson = 'vllm/chunked-prefill';
const base = (n: number) => ({ id: `kc:${lesson}#${n}`, lesson, topic: 'vllm' as const });

// Graded by the simulation: the answers come from stepping the lesson's widgets.
const r2 = prefillChunks('long-prompts', 'R2');
const firstChunk = r2.chunks[0] ?? 0;
const firstStep = scheduledInStep('prefill-threshold', 0);
const fmt = (n: number) => n.toLocaleString('en-US');

const check: KnowledgeCheckSet = {
  lesson,
  items: [
    numeric(
      {
        ...base(1),
        prompt: 'max_num_batched_tokens is 2,048 and 248 requests are decoding (one token each per step). In how many steps is a 10,000-token prompt prefilled, if nothing else arrives?',
        explanation: 'Each step has 2,048 − 248 = 1,800 tokens left for the prompt: 5 full chunks cover 9,000 tokens and a sixth step the last 1,000, so 6 steps.',
        terms: ['chunked-prefill', 'max-num-batched-tokens'],
      },
      6,
      'steps',
      { traps: [[5, 'The 248 decode tokens come out of the same budget first, leaving 1,800 per step, not 2,048.'], [1, 'Chunked prefill splits the prompt to fit the per-step budget.']] },
    ),
    single(
      {
        ...base(2),
        prompt: 'Why does chunking long prefills matter to users who are already receiving tokens?',
        explanation: 'An unchunked long prefill occupies a whole step, so every decoding request’s next token is delayed — a spike in inter-token latency.',
        terms: ['chunked-prefill', 'itl'],
      },
      'Without it, one long prefill stalls every decoding request and spikes inter-token latency',
      [
        ['It makes the prompt’s KV cache smaller', 'The same tokens are prefilled either way; only the timing changes.'],
        ['It lowers the time to first token of the long prompt', 'Chunking usually makes that prompt’s TTFT slightly longer; it protects others’ ITL.'],
        ['It lets prompts exceed max_model_len', 'max_model_len still caps the sequence.'],
      ],
    ),
    single(
      {
        ...base(3),
        prompt: 'In vLLM 0.33 (V1), when is chunked prefill enabled for a generative model?',
        explanation: 'V1 uses chunked prefill by default for generative models, as it did at v0.11 (and prefix caching is on by default too). --no-enable-chunked-prefill turns it off, and then max_num_batched_tokens must be at least max_model_len.',
        terms: ['chunked-prefill', 'vllm-v1'],
        source: SRC.vllmOptimization.url,
      },
      'By default, unless --no-enable-chunked-prefill turns it off',
      [
        ['Only with --enable-chunked-prefill', 'That was V0, where it was off by default; V1 chunks by default.'],
        ['Only for prompts longer than max_model_len', 'Such prompts are rejected; chunking is about the per-step budget.'],
        ['Only when prefix caching is off', 'The two are independent and both on by default.'],
      ],
    ),
    multiple(
      {
        ...base(4),
        prompt: 'What tends to happen when you raise max_num_batched_tokens?',
        explanation: 'A bigger budget finishes prompts in fewer, longer steps: TTFT for long prompts drops, but each step takes longer, so inter-token latency rises, and the profiling run reserves more activation memory.',
        terms: ['max-num-batched-tokens', 'profiling-run'],
      },
      ['Long prompts finish prefill in fewer steps', 'Steps get longer, so inter-token latency can rise', 'The start-up profiling run reserves more activation memory, leaving fewer KV blocks'],
      [
        ['More requests can be running at once regardless of max_num_seqs', 'max_num_seqs still caps the running batch.'],
        ['KV bytes per token shrink', 'The budget does not change the model’s KV layout.'],
      ],
    ),
    single(
      {
        ...base(5),
        prompt: 'In what order does the V1 scheduler hand out a step’s token budget?',
        explanation: 'Running requests first (including partly prefilled ones), then waiting requests, which get what is left — and chunked if it is not enough.',
        terms: ['waiting-queue', 'continuous-batching'],
        source: SRC.vllmRepo.url,
      },
      'Running requests first, then waiting requests with whatever is left',
      [
        ['Waiting requests first, so new prompts get a fast first token', 'That was closer to V0’s prefill-first policy.'],
        ['Shortest prompt first', 'V1 has no shortest-job-first policy; policies are FCFS or priority.'],
        ['At random', 'The order is deterministic: running, then waiting.'],
      ],
    ),
    numeric(
      {
        ...base(6),
        prompt: `In the “Long prompts meet running decodes” widget (budget 512 tokens), R2’s prompt is ${fmt(r2.prompt)} tokens. How many of its prompt tokens does its first prefill step compute?`,
        explanation: `${fmt(firstChunk)}: running requests are scheduled first, and ${r2.decodesInFirst} request${r2.decodesInFirst === 1 ? ' was' : 's were'} decoding, taking 1 token each; R2 gets the ${fmt(firstChunk)} tokens left of the 512. Its prompt takes ${r2.chunks.length} steps in all (${r2.chunks.map(fmt).join(' + ')}). Step to R2’s first prefill chunk and read the “Why?” panel: “Who got tokens this step”.`,
        terms: ['chunked-prefill', 'max-num-batched-tokens'],
      },
      firstChunk,
      'tokens',
      {
        tolerance: 0,
        traps: [
          [512, 'The running decodes are served first and take 1 token each from the same budget.'],
          [r2.prompt, 'The whole prompt does not fit the 512-token budget, so it is chunked.'],
        ],
      },
    ),
    numeric(
      {
        ...base(7),
        prompt: 'In the “long_prefill_token_threshold” widget (budget 2,048, threshold 512, eight long prompts arriving together), how many requests get tokens in the very first step?',
        explanation: `${firstStep.length}: ${firstStep.map((x) => `${x.label} ${fmt(x.tokens)}`).join(', ')}. No request may take more than 512 tokens, so the budget is shared; ${firstStep.find((x) => x.tokens < 512)?.label ?? 'one request'}’s prompt is shorter than 512, which leaves tokens over for one more request. Step once and read the “Why?” panel.`,
        terms: ['chunked-prefill', 'max-num-batched-tokens'],
      },
      firstStep.length,
      'requests',
      {
        tolerance: 0,
        traps: [
          [4, '2,048 ÷ 512 is 4, but one prompt is shorter than 512 tokens, and the budget it leaves goes to the next request in the queue.'],
          [1, 'That is what happens with the threshold at 0: the first prompt may take the whole budget.'],
        ],
      },
    ),
  ],
};

export default check;
