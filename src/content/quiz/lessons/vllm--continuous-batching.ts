import { SRC } from '../../glossary/sources.ts';
import { multiple, numeric, order, single } from '../../../quiz/build.ts';
import type { KnowledgeCheckSet } from '../../../quiz/schema.ts';
import { queueTimeMs, staticBatches } from '../../../widget-models/batching/quizFacts.ts';

const lesson = 'vllm/continuous-batching';
const base = (n: number) => ({ id: `kc:${lesson}#${n}`, lesson, topic: 'vllm' as const });

// Graded by the simulation: the answers come from stepping the lesson's "Late arrivals" widget.
const [batch1 = [], batch2 = []] = staticBatches('late-arrivals', 2);
const r1Static = Math.round(queueTimeMs('late-arrivals', 'static', 'R1'));
const r1Continuous = queueTimeMs('late-arrivals', 'continuous', 'R1');
const list = (xs: readonly string[]) => (xs.length > 1 ? `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}` : (xs[0] ?? ''));

const check: KnowledgeCheckSet = {
  lesson,
  items: [
    single(
      {
        ...base(1),
        prompt: 'What does continuous (iteration-level) batching change compared with static batching?',
        explanation: 'The batch is re-formed at every step: finished requests leave and waiting ones join immediately, instead of the whole batch waiting for its longest member.',
        terms: ['continuous-batching', 'static-batching'],
        source: SRC.orcaPaper.url,
      },
      'Requests join and leave the batch at every decoding step',
      [
        ['Each request gets its own GPU', 'Batching shares one model pass among many requests; it does not dedicate GPUs.'],
        ['Prompts are split into chunks', 'That is chunked prefill, a separate technique.'],
        ['The batch runs until its longest request ends', 'That is static batching, the behaviour continuous batching removes.'],
      ],
    ),
    single(
      {
        ...base(2),
        prompt: 'Which system introduced iteration-level scheduling for transformer serving?',
        explanation: 'Orca (OSDI 2022) scheduled at the granularity of one iteration; vLLM combined the idea with PagedAttention’s on-demand memory.',
        terms: ['orca'],
        source: SRC.orcaPaper.url,
      },
      'Orca (OSDI 2022)',
      [
        ['FasterTransformer', 'FasterTransformer was a baseline with request-level batching in the PagedAttention paper.'],
        ['Knative', 'Knative scales pods; it does not batch model iterations.'],
        ['Sarathi-Serve', 'Sarathi-Serve studied chunked prefills, after Orca.'],
      ],
    ),
    multiple(
      {
        ...base(3),
        prompt: 'Which limits can stop vLLM from admitting another waiting request in a step?',
        explanation: 'Admission needs token budget left, fewer than max_num_seqs running requests and enough free KV blocks (in vLLM 0.33 for the whole current sequence, since about v0.19; at v0.11 for the first chunk); if the head request cannot get its blocks, admission stops for the step.',
        terms: ['max-num-batched-tokens', 'max-num-seqs', 'waiting-queue', 'scheduler-reserve-full-isl'],
      },
      ['The step’s token budget (max_num_batched_tokens) is used up', 'max_num_seqs requests are already running', 'Not enough free KV blocks for the request'],
      [
        ['The request’s prompt is longer than 16 tokens', 'Long prompts are fine; chunked prefill spreads them over steps.'],
        ['Another replica has a shorter queue', 'vLLM does not know about other replicas; routing is the gateway’s job.'],
      ],
    ),
    numeric(
      {
        ...base(4),
        prompt: 'At batch size 1, each decode step of Llama-3.1-8B reads its ~16 GB of bf16 weights. What is the lower bound on step time on an H100 with ~3.35 TB/s of memory bandwidth, in ms?',
        explanation: '16 GB / 3.35 TB/s ≈ 4.8 ms: decode is memory-bound, so the weights’ read time is a floor on each step — and batching more requests into that step costs little extra.',
        terms: ['memory-bandwidth', 'memory-bound', 'decode'],
        source: SRC.nvidiaH100.url,
      },
      4.8,
      'ms',
      { tolerance: 0.06, traps: [[0.0048, 'Check the units: 16 GB / 3.35 TB/s is about 0.0048 s, i.e. 4.8 ms.']] },
    ),
    order(
      {
        ...base(5),
        prompt: 'Order what happens in one vLLM V1 engine step.',
        explanation: 'EngineCore.step(): the scheduler assigns tokens to requests, the workers execute one forward pass, and update_from_output appends sampled tokens, checks stop conditions and frees finished requests’ blocks.',
        terms: ['engine-core'],
        source: SRC.vllmV1Blog.url,
      },
      [
        'The scheduler decides how many tokens each request gets this step',
        'The model runs one forward pass over the whole batch',
        'Sampled tokens are appended and stop conditions checked',
        'Finished requests free their KV blocks',
      ],
    ),
    numeric(
      {
        ...base(6),
        prompt: `In the lesson’s “Late arrivals” widget, R1 arrives 10 ms after R0. Under static batching, how long does R1 wait in the queue before it is first scheduled, in ms?`,
        explanation: `About ${r1Static} ms. Static batching started batch 1 with ${list(batch1)}, the only request that had arrived, and admits nobody until that batch’s longest member finishes; R1 joins batch 2. To read it in the widget: press Go to end and look at “Queue time” in the figures, or step until the static timeline’s batch 2 starts and compare with R1’s arrival. Under continuous batching R1 waits about ${r1Continuous.toFixed(0)} ms: it joins at the next step.`,
        terms: ['static-batching', 'queue-time'],
      },
      r1Static,
      'ms',
      {
        tolerance: 0.03,
        traps: [
          [Math.round(r1Continuous), 'That is R1’s wait under continuous batching, where it joins at the very next step.'],
          [10, 'That is how much later than R0 it arrives, not how long it waits.'],
        ],
      },
    ),
    single(
      {
        ...base(7),
        prompt: 'In the same widget, which requests run together in static batching’s second batch?',
        explanation: `Batch 2 is ${list(batch2)}: the requests that arrived while batch 1 ran. A batch takes whoever has arrived when it forms (up to max_num_seqs, and as long as their KV reservations fit) and then admits nobody until it ends; R5 arrives after batch 2 has formed, so it gets a batch of its own. Step the widget and press “Explain static step” to see each batch’s members.`,
        terms: ['static-batching'],
      },
      list(batch2),
      [
        [list([...batch2, 'R5']), 'R5 arrives after batch 2 has formed; static batching never adds a request to a running batch.'],
        ['R1 only', 'Every request that has arrived when a batch forms joins it, while max_num_seqs and memory allow.'],
        [list(['R0', ...batch2]), 'R0 finished in batch 1; a request never runs in two batches.'],
      ],
    ),
    single(
      {
        ...base(8),
        prompt: 'vLLM 0.33 runs with async scheduling by default (since v0.14.0). Compared with v0.11’s default loop, what changes?',
        explanation: 'The scheduler plans step n + 1 while the GPU still runs step n, holding the tokens of step n as placeholders until they are sampled; the CPU time spent scheduling no longer sits between two forward passes. Who gets how many tokens is decided the same way.',
        terms: ['async-scheduling', 'engine-core'],
        source: SRC.vllmAsyncSchedPr.url,
      },
      'Step n + 1 is scheduled while step n runs, hiding the scheduling time',
      [
        ['Waiting requests are admitted before running ones', 'Running requests still come first; only the timing changes.'],
        ['Each request gets its own forward pass', 'All scheduled requests still share one forward pass per step.'],
        ['Tokens are sampled on the CPU', 'Sampling stays on the GPU; the scheduler works ahead of it.'],
      ],
    ),
  ],
};

export default check;
