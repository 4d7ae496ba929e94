/** Hand-written practice items on llm-d and the inference gateway. */
import { SRC } from '../../glossary/sources.ts';
import { match, multiple, numeric, single } from '../../../quiz/build.ts';
import type { QuizItem } from '../../../quiz/schema.ts';

const b = (slug: string, lesson: string) => ({ id: `bank:llm-d:${slug}`, topic: 'llm-d' as const, lesson });

export const LLMD_BANK: QuizItem[] = [
  single(
    { ...b('router-rename', 'llm-d/inference-gateway'), prompt: 'What was the llm-d Router called before 2026?', explanation: 'The llm-d inference scheduler; v0.8 also renamed its images (llm-d-inference-scheduler → llm-d-router-endpoint-picker).', terms: ['llm-d-router'], source: SRC.llmdV08Blog.url },
    'The llm-d inference scheduler',
    [
      ['The Gateway API Inference Extension', 'GIE is the Kubernetes SIG project that defines InferencePool.'],
      ['KServe ModelMesh', 'ModelMesh is an unrelated KServe deployment mode.'],
      ['The llm-d KV-cache manager', 'That is the former name of llm-d-kv-cache, the indexer.'],
    ],
  ),
  numeric(
    { ...b('epp-refresh', 'llm-d/inference-gateway'), prompt: 'How often does the EPP refresh each model server’s metrics by default, in ms?', explanation: 'Every 50 ms: scores use slightly stale load signals, so bursts between scrapes are invisible to the picker.', terms: ['endpoint-picker'], source: SRC.llmdRouter.url },
    50,
    'ms',
    { traps: [[1000, '1 s is Knative’s scrape interval, not the EPP’s.'], [15000, '15 s is the HPA’s default sync period.']] },
  ),
  match(
    { ...b('epp-ports', 'llm-d/inference-gateway'), prompt: 'Match each Endpoint Picker port with its use.', explanation: '9002 serves ext_proc gRPC to the proxy, 9003 gRPC health, 9090 the EPP’s own Prometheus metrics.', terms: ['endpoint-picker', 'ext-proc'], source: SRC.llmdRouter.url },
    [
      ['9002', 'ext_proc gRPC from the proxy'],
      ['9003', 'gRPC health checks'],
      ['9090', 'The EPP’s own metrics'],
    ],
    ['Model server traffic'],
  ),
  single(
    { ...b('queue-relative', 'llm-d/inference-gateway'), prompt: 'Three pods have waiting queues of 1, 1 and 2. What does the queue scorer give the pod with 2?', explanation: '(maxQ − q)/(maxQ − minQ) = (2 − 2)/(2 − 1) = 0: the scorer is relative to the candidates, so even a short queue scores 0 if it is the longest.', terms: ['queue-scorer'], source: SRC.llmdRouter.url },
    '0',
    [
      ['0.5', 'Scores are min–max scaled over candidates: the longest queue always gets 0.'],
      ['0.67', 'There is no division by the total queue length.'],
      ['1', 'The pods with the shortest queue get 1.'],
    ],
  ),
  single(
    { ...b('approx-divergence', 'llm-d/inference-gateway'), prompt: 'What is the main weakness of approximate prefix-cache routing?', explanation: 'It records where it sent prefixes, not what servers still hold, so it can keep routing to a pod that has already evicted the prefix.', terms: ['approximate-prefix-routing', 'precise-prefix-routing'], source: SRC.llmdRouter.url },
    'Its index can diverge from what servers actually hold after evictions',
    [
      ['It needs a tokenizer sidecar on every pod', 'Needing tokens and events is the precise mode’s cost.'],
      ['It only works with one replica', 'It exists to route across replicas.'],
      ['It ignores the model name', 'The hash chain is seeded with the model name.'],
    ],
  ),
  multiple(
    { ...b('precise-needs', 'llm-d/kv-cache-tiers'), prompt: 'What does precise prefix-cache routing need that approximate routing does not?', explanation: 'Exact token ids (from a tokenizer or vLLM’s render endpoint) and KV events from every server, consumed by the KV-cache indexer.', terms: ['precise-prefix-routing', 'kv-events', 'tokenizer'], source: SRC.llmdPrecisePrefix.url },
    ['KV events published by each model server', 'The prompt’s exact token ids'],
    [
      ['A Redis instance in every pod', 'The index can be in memory; Redis is an optional back end.'],
      ['RDMA networking', 'Events are small messages over ZMQ; no RDMA needed.'],
    ],
  ),
  numeric(
    { ...b('tau', 'llm-d/inference-gateway'), prompt: 'The prefix-cache affinity filter uses peakPrefillThroughput 15,928 tokens/s and maxTTFTPenaltyMs 18,000. How many in-flight tokens of difference break stickiness?', explanation: '15,928 × 18 s = 286,704 tokens: beyond that, the sticky pod’s estimated TTFT penalty exceeds 18 s.', terms: ['prefix-cache-affinity-filter'], source: SRC.llmdStickyBlog.url },
    286704,
    'tokens',
    { tolerance: 0.01, traps: [[884.9, 'Multiply throughput by time (18 s); do not divide.']] },
  ),
  single(
    { ...b('decode-filter-nolabel', 'llm-d/disaggregated-serving'), prompt: 'A pod has no llm-d.ai/role label. Which role filters keep it?', explanation: 'decode-filter keeps unlabelled pods (so plain deployments work); prefill-filter drops them.', terms: ['endpoint-filter', 'disaggregated-serving'], source: SRC.llmdRouter.url },
    'decode-filter keeps it, prefill-filter drops it',
    [
      ['Both keep it', 'prefill-filter requires an explicit prefill-capable role.'],
      ['Both drop it', 'decode-filter allows pods without the label.'],
      ['prefill-filter keeps it, decode-filter drops it', 'It is the other way round.'],
    ],
  ),
  single(
    { ...b('no-hit-lru', 'llm-d/inference-gateway'), prompt: 'What does the no-hit-LRU scorer do for a request whose prefix no pod holds?', explanation: 'It spreads “cold” requests: never-used pods first, then the least recently used for cold traffic, so new prefixes land on different pods.', terms: ['scorer', 'prefix-cache-aware-routing'], source: SRC.llmdRouter.url },
    'Favours pods that have least recently received a cold request',
    [
      ['Sends it to the pod with the most cached blocks', 'No pod has a hit; that is the prefix scorer’s case.'],
      ['Rejects it', 'Scorers rank pods; they do not reject requests.'],
      ['Gives every pod 1.0', 'It gives 0.5 to all only when some pod has a hit.'],
    ],
  ),
  single(
    { ...b('header-endpoint', 'llm-d/inference-gateway'), prompt: 'How does the EPP tell the proxy which pod to use?', explanation: 'In the x-gateway-destination-endpoint header (and matching dynamic metadata), as ip:port or a comma-separated list of fallbacks.', terms: ['endpoint-picker', 'ext-proc'], source: SRC.gieEppProtocol.url },
    'In the x-gateway-destination-endpoint header, as ip:port',
    [
      ['By rewriting the URL path', 'The path is unchanged; the destination travels in a header and metadata.'],
      ['By updating the Service’s endpoints', 'Per-request choices do not touch Kubernetes objects.'],
      ['With an HTTP redirect to the client', 'The proxy forwards internally; the client never sees the pod.'],
    ],
  ),
  numeric(
    { ...b('kv-wins-57x', 'llm-d/kv-cache-tiers'), prompt: 'llm-d’s September 2025 benchmark: p90 TTFT 31.083 s with approximate and 0.542 s with precise prefix routing. What ratio is that?', explanation: '31.083 / 0.542 ≈ 57× — the blog’s headline.', terms: ['precise-prefix-routing'], source: SRC.llmdKvWinsBlog.url },
    57.3,
    '×',
    { tolerance: 0.02, traps: [[170, '>170× compares precise routing with random, not with approximate routing.']] },
  ),
  single(
    { ...b('wva-saturation', 'kserve/autoscaling'), prompt: 'By default, when does llm-d’s Workload Variant Autoscaler count a replica as saturated?', explanation: 'At KV-cache usage of 0.80 or a queue of 5 requests; it checks every 30 s.', terms: ['workload-variant-autoscaler'], source: SRC.llmdSite.url },
    'At KV-cache usage ≥ 0.80 or a queue of 5 or more',
    [
      ['At 70 concurrent requests', 'That is Knative’s default target per pod.'],
      ['At 100 % GPU utilisation', 'Utilisation is a poor saturation signal for LLM servers.'],
      ['When TTFT exceeds 2 s', 'The default analyzer uses KV usage and queue length.'],
    ],
  ),
];
