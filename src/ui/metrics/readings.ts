/**
 * The rows the metrics reader shows for one engine: what the course calls each figure, a one-line
 * explanation, the series it came from and the lesson that teaches it. Data, so the component
 * stays a loop and the copy can be read in one place.
 */
import type { EngineReport, HistogramSummary } from '../../metrics/types.ts';
import { formatCount, formatPercent, formatSeconds } from './format.ts';

export interface ReadingRow {
  readonly id: string;
  readonly label: string;
  /** The figure, or null when the scrape does not carry it. */
  readonly value: string | null;
  readonly metric: string | null;
  readonly explanation: string;
  readonly lesson: { readonly module: string; readonly lesson: string; readonly title: string };
}

const LESSONS = {
  kv: { module: 'vllm', lesson: 'kv-cache-memory', title: 'The KV cache and why memory runs out' },
  batching: { module: 'vllm', lesson: 'continuous-batching', title: 'Continuous batching' },
  paged: { module: 'vllm', lesson: 'paged-attention', title: 'PagedAttention (prefix caching)' },
  chunked: { module: 'vllm', lesson: 'chunked-prefill', title: 'Chunked prefill and the token budget' },
  preemption: { module: 'vllm', lesson: 'preemption', title: 'Preemption and recompute' },
  stack: { module: 'overview', lesson: 'the-serving-stack', title: 'The serving stack, end to end' },
} as const;

function percentiles(h: HistogramSummary | null): string | null {
  if (!h) return null;
  if (h.count === 0) return 'no observations yet';
  return `p50 ${formatSeconds(h.p50)} · p90 ${formatSeconds(h.p90)} · p99 ${formatSeconds(h.p99)} (${formatCount(h.count)} observed)`;
}

export function readingRows(e: EngineReport): ReadingRow[] {
  const tokens = e.promptTokens || e.generationTokens ? `${formatCount(e.promptTokens?.value ?? Number.NaN)} in · ${formatCount(e.generationTokens?.value ?? Number.NaN)} out` : null;
  return [
    {
      id: 'kv',
      label: 'KV-cache usage',
      value: e.kvCacheUsage ? formatPercent(e.kvCacheUsage.value) : null,
      metric: e.kvCacheUsage?.metric ?? null,
      explanation: 'Share of KV blocks held by running requests right now. Near 100 % new requests wait and running ones get preempted.',
      lesson: LESSONS.kv,
    },
    {
      id: 'running',
      label: 'Running requests',
      value: e.running ? formatCount(e.running.value) : null,
      metric: e.running?.metric ?? null,
      explanation: 'Requests in the current batch, prefilling or decoding, at the moment of the scrape.',
      lesson: LESSONS.batching,
    },
    {
      id: 'waiting',
      label: 'Waiting requests',
      value: e.waiting ? formatCount(e.waiting.value) : null,
      metric: e.waiting?.metric ?? null,
      explanation: 'Requests the scheduler has not admitted yet. Above zero for long means the engine is full, usually of KV blocks.',
      lesson: LESSONS.batching,
    },
    {
      id: 'prefix',
      label: 'Prefix-cache hit rate',
      value: e.prefixCacheHitRate ? `${formatPercent(e.prefixCacheHitRate.value)} (${formatCount(e.prefixCacheHitRate.hits)} of ${formatCount(e.prefixCacheHitRate.queries)} prompt tokens)` : null,
      metric: e.prefixCacheHitRate?.metric ?? null,
      explanation: 'Share of prompt tokens whose KV was already cached, so their prefill was skipped.',
      lesson: LESSONS.paged,
    },
    {
      id: 'ttft',
      label: 'Time to first token (TTFT)',
      value: percentiles(e.ttft),
      metric: e.ttft?.metric ?? null,
      explanation: 'Arrival to first output token: queueing plus prefill. Long prompts and full queues push it up.',
      lesson: LESSONS.chunked,
    },
    {
      id: 'itl',
      label: 'Inter-token latency (ITL)',
      value: percentiles(e.itl),
      metric: e.itl?.metric ?? null,
      explanation: 'Gap between two output tokens of one request: one engine step. A heavy prefill in the same step shows up in the tail.',
      lesson: LESSONS.chunked,
    },
    {
      id: 'e2e',
      label: 'End-to-end latency',
      value: percentiles(e.e2e),
      metric: e.e2e?.metric ?? null,
      explanation: 'Arrival to last token inside vLLM. Network, gateway and client time come on top.',
      lesson: LESSONS.stack,
    },
    {
      id: 'queue',
      label: 'Queue time',
      value: percentiles(e.queueTime),
      metric: e.queueTime?.metric ?? null,
      explanation: 'Time a request waited before it was first scheduled. The part of TTFT that more replicas fix.',
      lesson: LESSONS.batching,
    },
    {
      id: 'preemptions',
      label: 'Preemptions',
      value: e.preemptions ? formatCount(e.preemptions.value) : null,
      metric: e.preemptions?.metric ?? null,
      explanation: 'Times a running request was evicted to free KV blocks; it recomputes its tokens later. Should stay near zero.',
      lesson: LESSONS.preemption,
    },
    {
      id: 'tokens',
      label: 'Tokens processed',
      value: tokens,
      metric: e.promptTokens || e.generationTokens ? [e.promptTokens?.metric, e.generationTokens?.metric].filter(Boolean).join(', ') : null,
      explanation: 'Prompt tokens prefilled and tokens generated since start. Their rates over time are the server’s throughput.',
      lesson: LESSONS.stack,
    },
  ];
}
