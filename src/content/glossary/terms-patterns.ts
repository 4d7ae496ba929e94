/** Architecture patterns: how replicas, routers, regions and autoscalers are combined. */
import { SRC } from './sources.ts';
import type { GlossaryTerm } from './types.ts';

const GIE_1374 = {
  label: 'GIE proposal 1374: multi-cluster InferencePools (draft)',
  url: 'https://github.com/kubernetes-sigs/gateway-api-inference-extension/tree/main/docs/proposals/1374-multi-cluster-inference',
};

export const PATTERN_TERMS: GlossaryTerm[] = [
  {
    id: 'slo-attainment',
    term: 'SLO attainment',
    category: 'architecture',
    short: 'The share of all requests that met every latency objective (for example TTFT and inter-token latency) — the figure architectures are compared on.',
    formula: 'SLO attainment = requests within all objectives ÷ all requests',
    body:
      'Percentiles describe one metric at a time; attainment asks whether each request was served well on every count at once. Requests that failed or never produced a token count against it. Goodput is the same count divided by time.',
    example: 'Of 1,000 chat requests, 950 had a first token within 1 s and a mean inter-token latency within 50 ms: attainment 0.95.',
    related: ['slo', 'goodput', 'ttft', 'itl'],
    lesson: 'patterns/single-and-replicated',
    source: SRC.llmdOptimizedBaseline,
  },
  {
    id: 'round-robin',
    term: 'Round-robin load balancing',
    aliases: ['round robin', 'RR'],
    category: 'architecture',
    short: 'Sending each new request or connection to the next backend in turn, without looking at what the backends hold or how busy they are.',
    body:
      'It is what a plain Kubernetes Service does in effect. For LLM servers it ignores both the prefix cache (a request that would hit one replica’s cache lands elsewhere and is prefilled again) and the very uneven cost of requests.',
    example: 'Four replicas and 48 tenants with shared system prompts: under round robin every replica ends up prefilling every tenant’s prompt.',
    related: ['kubernetes-service', 'prefix-cache-aware-routing', 'endpoint-picker'],
    lesson: 'patterns/single-and-replicated',
    source: SRC.llmdOptimizedBaseline,
  },
  {
    id: 'aggregated-serving',
    term: 'Aggregated serving',
    aliases: ['colocated prefill and decode'],
    category: 'architecture',
    short: 'Running prefill and decode of every request in the same engine, so that each step mixes prompt chunks with other requests’ decode tokens.',
    body:
      'It is vLLM’s default and the baseline that disaggregation is measured against. It uses every GPU for both phases and needs no KV transfer, but long prefills share steps with decoding requests and slow their token stream.',
    example: 'Four TP 2 replicas each prefill and decode their own requests; a 9,000-token document in one replica slows the streams of all the others there.',
    related: ['disaggregated-serving', 'chunked-prefill', 'prefill', 'decode'],
    lesson: 'patterns/splitting-the-work',
    source: SRC.llmdPdGuide,
  },
  {
    id: 'multi-region-federation',
    term: 'Multi-region federation',
    aliases: ['federation', 'multi-cluster serving'],
    category: 'architecture',
    short: 'Serving one model from several clusters or regions behind a global router that sends each user to a nearby region and moves traffic when one is full or down.',
    body:
      'Each region runs its own pool and router; the global layer decides between regions. It buys availability and proximity to users, and costs a round trip whenever a request is served away from home, plus cache locality: each region’s prefix caches are separate.',
    example: 'Two regions of two replicas each; a conversation from Europe is served in Europe unless that region queues, then in the US at +70 ms.',
    related: ['global-load-balancer', 'spill-over', 'region-failover', 'multi-cluster-inference-pool'],
    lesson: 'patterns/federation-and-caching',
    source: GIE_1374,
  },
  {
    id: 'global-load-balancer',
    term: 'Global load balancer',
    aliases: ['GSLB', 'global server load balancing'],
    category: 'architecture',
    short: 'A load balancer (often DNS- or anycast-based) that picks a region or cluster for each client before any in-cluster routing happens.',
    body:
      'It usually knows health and rough capacity per region, not per-pod queues or caches. For LLMs it is the outer layer of a federation; the in-cluster router (the llm-d Endpoint Picker) still picks the pod.',
    example: 'A cloud global load balancer sends clients to the nearest healthy region’s gateway.',
    related: ['multi-region-federation', 'gateway-api', 'endpoint-picker'],
    lesson: 'patterns/federation-and-caching',
    source: GIE_1374,
  },
  {
    id: 'spill-over',
    term: 'Spill-over',
    aliases: ['overflow routing'],
    category: 'architecture',
    short: 'Sending requests to another region or pool when the preferred one is saturated, accepting extra latency instead of a long queue.',
    body:
      'A threshold on the home region’s queue (waiting requests per replica) decides when to spill. Spilled requests pay the inter-region round trip and find a colder prefix cache.',
    example: 'Spill a new conversation when its home region has four or more waiting requests per replica and the other region fewer.',
    related: ['multi-region-federation', 'region-failover', 'waiting-queue'],
    lesson: 'patterns/federation-and-caching',
    source: GIE_1374,
  },
  {
    id: 'region-failover',
    term: 'Region failover',
    aliases: ['failover'],
    category: 'architecture',
    short: 'Moving all traffic of a failed region to the surviving ones; requests in flight in the failed region are lost and must be retried.',
    body:
      'Failover needs spare capacity elsewhere: if each region runs near its limit, the survivors queue. Streamed LLM responses cannot be resumed in another region; the client retries from the start.',
    example: 'Region A goes down at noon; its new conversations are sent to region B, whose queues grow until autoscaling catches up.',
    related: ['multi-region-federation', 'spill-over', 'global-load-balancer'],
    lesson: 'patterns/federation-and-caching',
    source: GIE_1374,
  },
  {
    id: 'multi-cluster-inference-pool',
    term: 'Multi-cluster InferencePool',
    aliases: ['InferencePoolImport', 'inference.networking.x-k8s.io/export'],
    category: 'llm-d',
    short: 'A draft Gateway API Inference Extension design (proposal 1374) for exporting an InferencePool from one cluster and importing it into another, so a gateway can route across clusters.',
    body:
      'An exported pool carries the annotation `inference.networking.x-k8s.io/export: ClusterSet`; importing clusters get an `InferencePoolImport`. The proposal is a draft with no published implementation guide or benchmark; KServe has no multi-cluster field.',
    example: 'A pool exported from us-east becomes a backend that the us-west gateway can spill to.',
    related: ['inference-pool', 'gateway-api-inference-extension', 'multi-region-federation'],
    lesson: 'patterns/federation-and-caching',
    source: GIE_1374,
  },
  {
    id: 'capacity-planning',
    term: 'Capacity planning',
    aliases: ['sizing', 'replica sizing'],
    category: 'architecture',
    short: 'Working out the GPUs per replica (from memory) and the number of replicas (from the traffic and the latency objectives) a model needs, before buying or reserving them.',
    body:
      'Memory comes first: the weights divided across the tensor-parallel GPUs, the activations of vLLM’s profiling pass, and what is left of gpu_memory_utilization × GPU memory becomes KV cache. Then load: run the traffic against one replica and add replicas until the TTFT and inter-token latency objectives hold, plus headroom for a replica being replaced. A model gives the starting point; a load test confirms it.',
    example: 'Qwen2.5-32B on H100 needs TP 2 to leave room for KV cache; chat at 10 requests a second then needs two such replicas, 4 GPUs, to keep TTFT p90 under 1 s in the course’s model.',
    related: ['gpu-memory-utilization', 'tensor-parallelism', 'slo', 'kv-bytes-per-token'],
    lesson: 'deployment/prerequisites-and-sizing',
    source: { label: 'KServe v0.20.0: pinned dependency versions and requirements', url: 'https://github.com/kserve/kserve/blob/v0.20.0/kserve-deps.env' },
  },
];
