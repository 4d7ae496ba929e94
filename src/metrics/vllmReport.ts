import { histogramQuantile } from './quantile.ts';
import type { Bucket, EngineReport, Exposition, HistogramSummary, Reading, Sample, VllmReport } from './types.ts';

/**
 * Where each course figure comes from, newest name first. Counters are exposed with `_total`
 * (prometheus_client adds it); the bare name is accepted for OpenMetrics-style output.
 * Older names: `gpu_cache_usage_perc` and `gpu_prefix_cache_*` were removed around v0.12 and
 * `time_per_output_token_seconds` in January 2026 (vLLM PRs #29330 and #32661).
 */
export const VLLM_METRICS = {
  kvCacheUsage: ['vllm:kv_cache_usage_perc', 'vllm:gpu_cache_usage_perc'],
  running: ['vllm:num_requests_running'],
  waiting: ['vllm:num_requests_waiting'],
  prefixHits: ['vllm:prefix_cache_hits_total', 'vllm:prefix_cache_hits', 'vllm:gpu_prefix_cache_hits_total'],
  prefixQueries: ['vllm:prefix_cache_queries_total', 'vllm:prefix_cache_queries', 'vllm:gpu_prefix_cache_queries_total'],
  ttft: ['vllm:time_to_first_token_seconds'],
  itl: ['vllm:inter_token_latency_seconds', 'vllm:time_per_output_token_seconds'],
  e2e: ['vllm:e2e_request_latency_seconds'],
  queueTime: ['vllm:request_queue_time_seconds'],
  preemptions: ['vllm:num_preemptions_total', 'vllm:num_preemptions'],
  promptTokens: ['vllm:prompt_tokens_total', 'vllm:prompt_tokens'],
  generationTokens: ['vllm:generation_tokens_total', 'vllm:generation_tokens'],
  finishedRequests: ['vllm:request_success_total', 'vllm:request_success'],
} as const;

const LEGACY = ['vllm:gpu_cache_usage_perc', 'vllm:gpu_prefix_cache_hits_total', 'vllm:gpu_prefix_cache_queries_total', 'vllm:time_per_output_token_seconds_bucket', 'vllm:num_requests_swapped', 'vllm:cpu_cache_usage_perc', 'vllm:gpu_prefix_cache_hit_rate'];

/** Labels that tell one engine from another; everything else (e.g. `finished_reason`) is summed over. */
interface EngineKey {
  readonly modelName: string;
  readonly engine: string;
}

/**
 * Reads a scrape of vLLM's /metrics into the course's terms, one report per `model_name` and
 * `engine` (data-parallel rank). Values are cumulative since the server started: one scrape cannot
 * give a rate, so percentiles and the hit rate cover the server's whole life.
 *
 * @returns the engines found (none when the text holds no `vllm:` series) and any legacy names.
 */
export function readVllmReport(exposition: Exposition): VllmReport {
  const vllmNames = [...exposition.samples.keys()].filter((name) => name.startsWith('vllm:'));
  const keys = engineKeys(vllmNames.flatMap((name) => exposition.samples.get(name) ?? []));
  const engines = keys.map((key) => engineReport(exposition, key));
  const legacyNames = LEGACY.filter((name) => exposition.samples.has(name)).map((name) => name.replace(/_bucket$/, ''));
  return { engines, legacyNames, vllmSeries: vllmNames.length };
}

function engineKeys(samples: readonly Sample[]): EngineKey[] {
  const withModel = samples.filter((s) => s.labels.model_name !== undefined);
  const source = withModel.length > 0 ? withModel : samples;
  const seen = new Map<string, EngineKey>();
  for (const sample of source) {
    const key = { modelName: sample.labels.model_name ?? '', engine: sample.labels.engine ?? '' };
    seen.set(`${key.modelName}\u0000${key.engine}`, key);
  }
  return [...seen.values()].sort((a, b) => a.modelName.localeCompare(b.modelName) || a.engine.localeCompare(b.engine, undefined, { numeric: true }));
}

function engineReport(exposition: Exposition, key: EngineKey): EngineReport {
  const hits = reading(exposition, VLLM_METRICS.prefixHits, key);
  const queries = reading(exposition, VLLM_METRICS.prefixQueries, key);
  return {
    modelName: key.modelName,
    engine: key.engine,
    kvCacheUsage: reading(exposition, VLLM_METRICS.kvCacheUsage, key),
    running: reading(exposition, VLLM_METRICS.running, key),
    waiting: reading(exposition, VLLM_METRICS.waiting, key),
    prefixCacheHitRate:
      hits && queries && queries.value > 0 ? { value: hits.value / queries.value, hits: hits.value, queries: queries.value, metric: `${hits.metric} ÷ ${queries.metric}` } : null,
    ttft: histogram(exposition, VLLM_METRICS.ttft, key),
    itl: histogram(exposition, VLLM_METRICS.itl, key),
    e2e: histogram(exposition, VLLM_METRICS.e2e, key),
    queueTime: histogram(exposition, VLLM_METRICS.queueTime, key),
    preemptions: reading(exposition, VLLM_METRICS.preemptions, key),
    promptTokens: reading(exposition, VLLM_METRICS.promptTokens, key),
    generationTokens: reading(exposition, VLLM_METRICS.generationTokens, key),
    finishedRequests: reading(exposition, VLLM_METRICS.finishedRequests, key),
  };
}

function matches(sample: Sample, key: EngineKey): boolean {
  return (sample.labels.model_name ?? '') === key.modelName && (sample.labels.engine ?? '') === key.engine;
}

/** The first of `names` present for this engine, summed over any other labels. */
function reading(exposition: Exposition, names: readonly string[], key: EngineKey): Reading | null {
  for (const metric of names) {
    const found = (exposition.samples.get(metric) ?? []).filter((s) => matches(s, key));
    if (found.length > 0) return { metric, value: found.reduce((sum, s) => sum + s.value, 0) };
  }
  return null;
}

/** Count, mean and p50/p90/p99 of the first of `names` that has buckets for this engine. */
export function histogram(exposition: Exposition, names: readonly string[], key: EngineKey): HistogramSummary | null {
  for (const metric of names) {
    const rows = (exposition.samples.get(`${metric}_bucket`) ?? []).filter((s) => matches(s, key));
    if (rows.length === 0) continue;
    const buckets: Bucket[] = rows.map((row) => ({ upperBound: upperBound(row), count: row.value })).filter((b) => !Number.isNaN(b.upperBound));
    const count = Math.max(...buckets.filter((b) => b.upperBound === Infinity).map((b) => b.count), 0);
    const sum = (exposition.samples.get(`${metric}_sum`) ?? []).find((s) => matches(s, key))?.value ?? Number.NaN;
    return {
      metric,
      count,
      mean: count > 0 ? sum / count : Number.NaN,
      p50: histogramQuantile(0.5, buckets),
      p90: histogramQuantile(0.9, buckets),
      p99: histogramQuantile(0.99, buckets),
    };
  }
  return null;
}

function upperBound(row: Sample): number {
  const le = row.labels.le;
  if (le === undefined) return Number.NaN;
  if (/^\+?inf$/i.test(le)) return Infinity;
  return Number(le);
}
