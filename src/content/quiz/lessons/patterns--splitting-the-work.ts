import { SRC } from '../../glossary/sources.ts';
import { multiple, numeric, single } from '../../../quiz/build.ts';
import type { KnowledgeCheckSet } from '../../../quiz/schema.ts';

const lesson = 'patterns/splitting-the-work';
const base = (n: number) => ({ id: `kc:${lesson}#${n}`, lesson, topic: 'architecture' as const });

const check: KnowledgeCheckSet = {
  lesson,
  items: [
    single(
      {
        ...base(1),
        prompt: 'Which workload is the best candidate for prefill/decode disaggregation?',
        explanation: 'Long prompts with short answers and a strict inter-token objective: decode pods stream without waiting behind long prefill chunks. llm-d’s guide points at about 10,000 input tokens to 1,000 output.',
        terms: ['disaggregated-serving', 'prefill', 'decode'],
        source: SRC.llmdPdGuide.url,
      },
      'Summaries of 8,000-token documents with a strict inter-token latency objective',
      [
        ['Short chat turns of 200 tokens in and 200 out', 'The KV transfer costs more than it saves on short prompts.'],
        ['A 1B model on one GPU for a quiet internal tool', 'Far too much machinery for a small, lightly used model.'],
        ['Any workload where time to first token is the binding objective', 'P/D usually makes the first token later, not earlier.'],
      ],
    ),
    numeric(
      {
        ...base(2),
        prompt: 'In the course’s model, summarize at 8 requests per second on four Qwen2.5-32B replicas: aggregated round robin gives ITL p90 of about 100 ms. What ITL p90 does the disaggregated split (3 prefill + 1 decode) give?',
        explanation: 'About 30 ms: decode no longer shares steps with long prefills. TTFT p90 rises from about 1 s to about 4.5 s, still within the 5 s objective, so SLO attainment rises.',
        terms: ['disaggregated-serving', 'itl'],
      },
      29.6,
      'ms',
      { absTolerance: 3, traps: [[100.3, 'That is the aggregated run.']] },
    ),
    single(
      {
        ...base(3),
        prompt: 'llm-d’s P/D guide (gpt-oss-120b, 16 H200, 45 requests per second) reported lower end-to-end and inter-token latency. What got worse?',
        explanation: 'Mean time to first token rose from 532 ms to 1,157 ms: fewer GPUs do the prefill and the KV cache must cross the network before decoding starts.',
        terms: ['disaggregated-serving', 'ttft'],
        source: SRC.llmdPdGuide.url,
      },
      'Mean time to first token, which roughly doubled',
      [
        ['Mean inter-token latency', 'It fell from 25 ms to 4.9 ms.'],
        ['Mean end-to-end latency', 'It fell from 6.7 s to 2.78 s.'],
        ['Nothing; every latency improved', 'The first token came later.'],
      ],
    ),
    numeric(
      {
        ...base(4),
        prompt: 'The course’s model picks the smallest tensor-parallel degree (1, 2, 4 or 8) whose KV cache holds four max-length (32,768-token) sequences. How many H100 80 GB GPUs does a Llama-3.1-70B replica get?',
        explanation: 'Four: the bf16 weights alone are about 141 GB, and two GPUs would leave too little room for the KV cache.',
        terms: ['tensor-parallelism', 'model-parameters'],
      },
      4,
      'GPUs',
      { traps: [[2, 'Two GPUs hold the weights but leave too little KV cache.']] },
    ),
    single(
      {
        ...base(5),
        prompt: 'Which LLMInferenceService field makes KServe run a replica that spans nodes as a LeaderWorkerSet?',
        explanation: 'A `spec.worker` pod template (with `spec.parallelism`) turns the workload into a LeaderWorkerSet: leader and workers created, scheduled and restarted as one group.',
        terms: ['leaderworkerset', 'llm-inference-service'],
        source: SRC.lws.url,
      },
      'spec.worker',
      [
        ['spec.prefill', 'That deploys a separate prefill pool for P/D.'],
        ['spec.replicas', 'That sets how many copies of the whole replica run.'],
        ['spec.kvCacheOffloading', 'That adds CPU and secondary KV tiers.'],
      ],
    ),
    multiple(
      {
        ...base(6),
        prompt: 'When does a tiered KV cache (CPU memory, shared storage) raise the prefix hit rate?',
        explanation: 'Only when prefixes come back and their working set is larger than GPU memory; then loading beats recomputing.',
        terms: ['tiered-prefix-cache', 'kv-cache-offloading'],
        source: SRC.llmdTieredGuide.url,
      },
      ['RAG over a popular document set far larger than the replicas’ HBM', 'Long conversations whose history is evicted during the user’s think time'],
      [
        ['Every prompt is a unique document', 'Nothing is reused, so nothing can be found in any tier.'],
        ['The shared system prompts already fit in HBM', 'The GPU tier already hits; lower tiers add nothing.'],
      ],
    ),
    numeric(
      {
        ...base(7),
        prompt: 'In the model’s RAG run (400 s, 10 requests per second, prefix-aware routing), adding CPU and storage tiers raised the prefix hit rate from 76.5 %. To what, in percent?',
        explanation: 'About 86.5 %: roughly 4 % of prompt tokens came from CPU memory and 6 % from storage, and TTFT p90 fell from 0.601 s to 0.429 s.',
        terms: ['tiered-prefix-cache', 'prefix-cache-hit-rate'],
      },
      86.5,
      '%',
      { absTolerance: 2, traps: [[76.5, 'That is GPU memory alone.']] },
    ),
  ],
};

export default check;
