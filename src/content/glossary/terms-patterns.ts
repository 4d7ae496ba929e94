/** Architecture patterns: how replicas, routers, regions and autoscalers are combined. */
import { SRC } from './sources.ts';
import type { GlossaryTerm } from './types.ts';

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
];
