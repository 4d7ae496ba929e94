import { SRC } from '../../glossary/sources.ts';
import { acronym, multiple, numeric, order, single } from '../../../quiz/build.ts';
import type { KnowledgeCheckSet } from '../../../quiz/schema.ts';

const lesson = 'llm-d/inference-gateway';
const base = (n: number) => ({ id: `kc:${lesson}#${n}`, lesson, topic: 'llm-d' as const });

const scenario =
  'Default weights: queue-scorer ×2, kv-cache-utilization-scorer ×2, prefix-cache-scorer ×3. Pods A, B, C have waiting queues (4, 0, 2), KV usage (0.6, 0.3, 0.9) and prefix match (6/10, 0/10, 10/10).';

const check: KnowledgeCheckSet = {
  lesson,
  items: [
    numeric(
      {
        ...base(1),
        prompt: `${scenario} What is pod C’s total score?`,
        explanation: 'C: queue (4 − 2)/(4 − 0) = 0.5 → ×2 = 1.0; KV 1 − 0.9 = 0.1 → ×2 = 0.2; prefix 1.0 → ×3 = 3.0. Total 4.2 (A = 2.6, B = 3.4).',
        terms: ['scheduler-profile', 'queue-scorer', 'kv-cache-utilization-scorer', 'prefix-cache-scorer'],
        source: SRC.llmdRouter.url,
      },
      4.2,
      'points',
      { traps: [[0.6, 'Weights multiply and add; scores are not divided by the sum of weights (4.2 / 7 = 0.6).'], [3.4, 'That is pod B’s total.']] },
    ),
    single(
      {
        ...base(2),
        prompt: `${scenario} Which pod does the max-score picker choose?`,
        explanation: 'C scores 4.2 against B’s 3.4 and A’s 2.6: the full prefix match outweighs C’s fuller KV cache.',
        terms: ['picker', 'prefix-cache-scorer'],
        source: SRC.llmdRouter.url,
      },
      'Pod C',
      [
        ['Pod B', 'B has the emptiest queue and KV cache (3.4) but no prefix match; C scores 4.2.'],
        ['Pod A', 'A scores only 2.6: its queue is the longest, so it gets 0 from the queue scorer.'],
        ['A random pod, because scores are close', 'Randomness only breaks exact ties.'],
      ],
    ),
    order(
      {
        ...base(3),
        prompt: 'Order what the Endpoint Picker does with a request.',
        explanation: 'Parse the body, apply any model rewrite, look up the InferenceObjective’s priority, run admission (shed or queue), run filters, scorers and the picker, then return the endpoint in x-gateway-destination-endpoint.',
        terms: ['endpoint-picker', 'inference-objective', 'scheduler-profile'],
        source: SRC.llmdRouter.url,
      },
      [
        'Parse the request body (model, prompt)',
        'Apply model-name rewrites',
        'Look up the InferenceObjective and its priority',
        'Admission: shed or queue if the pool is saturated',
        'Filter, score and pick an endpoint',
        'Return the endpoint in x-gateway-destination-endpoint',
      ],
    ),
    multiple(
      {
        ...base(4),
        prompt: 'Which statements about InferencePool are true?',
        explanation: 'An InferencePool selects the model-server pods of one base model by label, lists target ports and references its EPP with a failure mode; it went GA as inference.networking.k8s.io/v1 in GIE v1.0.',
        terms: ['inference-pool', 'failure-mode'],
        source: SRC.gie.url,
      },
      ['It selects the model-server pods of one base model by label', 'It names the Endpoint Picker that routes to those pods', 'An HTTPRoute can use it as a backend'],
      [
        ['It runs the vLLM containers', 'Pods are created by a Deployment, LeaderWorkerSet or KServe; the pool only selects them.'],
        ['The API’s failureMode default is FailOpen', 'The API default is FailClose; llm-d-router’s Helm charts and KServe’s managed scheduler both set FailOpen explicitly.'],
      ],
    ),
    single(
      {
        ...base(5),
        prompt: 'The pool is saturated and a request’s InferenceObjective has priority −1. Without flow control, what does the EPP answer?',
        explanation: 'Negative priority is sheddable: under saturation the EPP rejects it with HTTP 429. 503 is for “no ready endpoints”.',
        terms: ['sheddable-request', 'inference-objective', 'saturation-detector'],
        source: SRC.gieEppProtocol.url,
      },
      'HTTP 429',
      [
        ['HTTP 503', '503 means no ready endpoint at all; a shed request gets 429.'],
        ['It routes it to the least-loaded pod anyway', 'Sheddable requests are dropped under saturation to protect higher priorities.'],
        ['HTTP 200 with an empty completion', 'The client gets an error so it can retry.'],
      ],
    ),
    single(
      {
        ...base(6),
        prompt: 'Two teams set priorities: vLLM’s priority policy and an llm-d InferenceObjective. Which is true?',
        explanation: 'In vLLM a smaller priority value is served first; in InferenceObjective a higher value is more important and negative means sheddable.',
        terms: ['priority-scheduling', 'inference-objective'],
      },
      'vLLM serves smaller values first; InferenceObjective treats higher values as more important',
      [
        ['Both treat higher numbers as more important', 'vLLM’s priority policy serves smaller values first.'],
        ['Both treat smaller numbers as more important', 'InferenceObjective treats higher values as more important.'],
        ['InferenceObjective priorities are passed to vLLM unchanged', 'The EPP uses them for admission and flow control.'],
      ],
    ),
    single(
      {
        ...base(8),
        prompt: '150 tenants each send a 6,000-token system prompt to 8 replicas that each hold about 300,000 tokens of KV. Prefix caching is on everywhere. Why does a round-robin Service still get a low hit rate?',
        explanation:
          'Round robin sends a tenant’s next request to the next pod, so every pod sees every tenant and would have to hold all 150 prompts (900,000 tokens) — three times its cache. Its LRU evicts prompts before their tenant comes back. A prefix-aware router keeps each tenant on one pod, so each pod holds only its share.',
        terms: ['prefix-cache-aware-routing', 'kubernetes-service', 'lru-eviction'],
        source: SRC.llmdKvWinsBlog.url,
      },
      'Every pod sees every tenant, and all the prompts together do not fit in one pod’s KV cache, so they are evicted before they are reused',
      [
        ['Round robin disables vLLM’s prefix cache', 'Prefix caching works the same; it is the mix of requests each pod sees that defeats it.'],
        ['Hits need the exact same request, and questions differ', 'Only the shared prefix has to match: vLLM reuses the leading blocks, and the system prompt is 6,000 of ~7,200 tokens.'],
        ['The Service sends each tenant to a random subset of pods that changes every minute', 'kube-proxy knows nothing about tenants; every pod gets every tenant’s traffic in turn.'],
      ],
    ),
    single(
      {
        ...base(9),
        prompt: 'llm-d’s approximate prefix index is called “optimistic”. What can it get wrong?',
        explanation:
          'It records a prompt under the chosen pod as soon as the request is routed, and forgets it only through its own per-pod LRU. If vLLM evicted those blocks under memory pressure, the index still scores the pod as holding them. The precise index follows vLLM’s KV events to avoid this.',
        terms: ['approximate-prefix-routing', 'precise-prefix-routing', 'kv-events'],
        source: SRC.llmdRouter.url,
      },
      'It can believe a pod still holds a prefix that vLLM has already evicted',
      [
        ['It can miss a prefix the pod holds, because it only hashes the first block', 'It hashes every block of the prompt (up to 131,072 tokens) and walks them in order.'],
        ['It asks the pods for their cache contents every 50 ms and can be 50 ms stale', 'It never asks the pods; the 50 ms scrape is for queue and KV-usage metrics.'],
        ['It confuses two models that share a prompt', 'The hash chain is seeded with the model name, so different models never match.'],
      ],
    ),
    acronym(
      {
        ...base(7),
        prompt: 'In llm-d and the Gateway API Inference Extension, what does EPP stand for?',
        explanation: 'The Endpoint Picker: the component the proxy consults over ext_proc to choose a model-server endpoint.',
        terms: ['endpoint-picker'],
        source: SRC.llmdArchitecture.url,
      },
      'EPP',
      'Endpoint Picker',
      {
        accept: ['endpoint picker extension', 'endpoint picker plugin'],
        near: [['External processing pod', 'Some articles expand it so, but EPP is the Endpoint Picker; ext_proc is only the protocol it speaks with the proxy.']],
      },
    ),
  ],
};

export default check;
