import { SRC } from '../../glossary/sources.ts';
import { multiple, numeric, single } from '../../../quiz/build.ts';
import type { KnowledgeCheckSet } from '../../../quiz/schema.ts';

const lesson = 'patterns/federation-and-caching';
const base = (n: number) => ({ id: `kc:${lesson}#${n}`, lesson, topic: 'architecture' as const });

const check: KnowledgeCheckSet = {
  lesson,
  items: [
    multiple(
      {
        ...base(1),
        prompt: 'What does serving one model from two regions behind a global router cost, compared with one pool of the same size?',
        explanation: 'Requests served away from home pay the inter-region round trip, each region caches only its own users’ prefixes, and each region needs headroom to absorb the other’s traffic if it fails.',
        terms: ['multi-region-federation', 'global-load-balancer'],
      },
      ['A round trip on requests served away from their home region', 'Prefix caches split per region, so popular prefixes are computed in both', 'Spare capacity in each region for the other’s failure'],
      [
        ['Streams resume in the other region when one fails', 'A streamed answer cannot move; the client retries from the start.'],
        ['A higher per-token cost on every request', 'Requests served at home run exactly as in a single pool.'],
      ],
    ),
    numeric(
      {
        ...base(2),
        prompt: 'In the course’s model (chat, 10 requests per second, two regions of two replicas), region A fails after 60 s. What percentage of the run’s requests are within the objective?',
        explanation: 'About 87.9 %: the 150 requests region A was serving are lost and count against the objective; region B serves all later turns within it, at the extra round trip.',
        terms: ['region-failover', 'slo-attainment'],
      },
      87.9,
      '%',
      { absTolerance: 2, traps: [[100, 'That is the run without a failure: lost requests count against attainment.']] },
    ),
    single(
      {
        ...base(3),
        prompt: 'What does the Gateway API Inference Extension offer for routing LLM traffic across clusters in late 2026?',
        explanation: 'Proposal 1374 (multi-cluster InferencePools: export annotation, InferencePoolImport) is a draft without a published implementation guide or benchmark; KServe has no multi-cluster field.',
        terms: ['multi-cluster-inference-pool', 'gateway-api-inference-extension'],
      },
      'A draft design, proposal 1374, for exporting and importing InferencePools across clusters',
      [
        ['A stable multi-cluster InferencePool with published benchmarks', 'It is a draft; there are no published numbers.'],
        ['A KServe field that spreads an LLMInferenceService over regions', 'KServe has no multi-cluster field.'],
        ['Nothing; the project rules multi-cluster out', 'There is a draft proposal for it.'],
      ],
    ),
    single(
      {
        ...base(4),
        prompt: 'Which scorers and weights make up the llm-d Endpoint Picker’s default profile, as the course’s model uses it?',
        explanation: 'Prefix-cache ×3, queue ×2 and KV-cache usage ×2: the prefix score pulls a request to where its prompt is cached, the load scores keep a hot prefix from swamping one replica.',
        terms: ['endpoint-picker', 'prefix-cache-scorer', 'queue-scorer', 'kv-cache-utilization-scorer'],
        source: SRC.llmdOptimizedBaseline.url,
      },
      'Prefix-cache ×3, queue ×2, KV-cache usage ×2',
      [
        ['Prefix-cache only', 'Without load scores every request of a hot tenant would land on one replica.'],
        ['Round robin with session affinity', 'That is what a Service can do, and it knows nothing about caches or load.'],
        ['Queue ×1 and nothing else', 'That balances load but ignores the cache.'],
      ],
    ),
    numeric(
      {
        ...base(5),
        prompt: 'In the model’s RAG run (four TP 2 replicas, 10 requests per second), round robin keeps 24.3 % of requests within the objective. What percentage does prefix-aware routing keep?',
        explanation: 'About 96.4 %: routing each question to the replica holding its document raises the hit rate from about 0.49 to 0.73, and decode no longer slows behind recomputed documents.',
        terms: ['prefix-cache-aware-routing', 'slo-attainment'],
      },
      96.4,
      '%',
      { absTolerance: 2, traps: [[24.3, 'That is round robin.']] },
    ),
    single(
      {
        ...base(6),
        prompt: 'For which workload does a prefix-aware router add almost nothing over round robin?',
        explanation: 'When every prompt is unique there is nothing to find in any cache; the load scorers still help, but the prefix score has nothing to work with.',
        terms: ['prefix-cache-aware-routing', 'prefix-cache-hit-rate'],
        source: SRC.llmdPrecisePrefix.url,
      },
      'Summaries of documents that each user uploads once',
      [
        ['Chat with per-tenant system prompts', 'Shared system prompts and growing histories are its best case.'],
        ['RAG over a popular document set', 'Documents come back, so routing to their replica saves their prefill.'],
        ['An agent that replays its context every step', 'Each step reuses the previous context.'],
      ],
    ),
  ],
};

export default check;
