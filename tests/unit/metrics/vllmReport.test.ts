import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseExposition } from '../../../src/metrics/exposition.ts';
import { readVllmReport } from '../../../src/metrics/vllmReport.ts';

function report(text: string) {
  const parsed = parseExposition(text);
  if (!parsed.ok) throw new Error(parsed.problem.message);
  return readVllmReport(parsed.exposition);
}
const file = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

describe('readVllmReport on the shipped sample (vLLM V1 names and buckets)', () => {
  const { engines, legacyNames } = report(file('../../../src/ui/metrics/sample-vllm-metrics.prom'));
  const [engine] = engines;

  it('finds one engine with its gauges and counters', () => {
    expect(engines).toHaveLength(1);
    expect(engine?.modelName).toBe('meta-llama/Llama-3.1-8B-Instruct');
    expect(engine?.kvCacheUsage).toEqual({ metric: 'vllm:kv_cache_usage_perc', value: 0.713 });
    expect(engine?.running?.value).toBe(24);
    expect(engine?.waiting?.value).toBe(3);
    expect(engine?.preemptions).toEqual({ metric: 'vllm:num_preemptions_total', value: 7 });
    expect(legacyNames).toEqual([]);
  });

  it('computes the prefix-cache hit rate from the two counters', () => {
    const rate = engine?.prefixCacheHitRate;
    expect(rate?.value).toBeCloseTo((rate?.hits ?? 0) / (rate?.queries ?? 1), 12);
    expect(rate?.queries).toBe(engine?.promptTokens?.value);
  });

  it('sums finished requests over finished_reason', () => {
    expect(engine?.finishedRequests?.value).toBe(engine?.ttft?.count);
  });

  it('reads TTFT percentiles from the buckets exactly as histogram_quantile does', () => {
    // From the sample: le=0.1 → 733, le=0.25 → 1502, +Inf → 1842.
    // p50: rank 921 in (0.1, 0.25]: 0.1 + 0.15 × (921 − 733) / (1502 − 733)
    expect(engine?.ttft?.p50).toBeCloseTo(0.1 + (0.15 * (921 - 733)) / (1502 - 733), 12);
    expect(engine?.ttft?.metric).toBe('vllm:time_to_first_token_seconds');
    expect(engine?.itl?.metric).toBe('vllm:inter_token_latency_seconds');
    expect(engine?.e2e?.p99).toBeGreaterThan(engine?.e2e?.p50 ?? Infinity);
  });
});

describe('readVllmReport across versions and layouts', () => {
  it('reports each data-parallel engine separately', () => {
    const { engines } = report(file('../../fixtures/metrics/dp2-qwen.prom'));
    expect(engines.map((e) => [e.engine, e.kvCacheUsage?.value, e.waiting?.value])).toEqual([
      ['0', 0.41, 0],
      ['1', 0.94, 9],
    ]);
  });

  it('prefers the current names and lists the legacy ones an older vLLM still exports', () => {
    const { engines, legacyNames } = report(file('../../fixtures/metrics/legacy-0.10.prom'));
    expect(engines[0]?.kvCacheUsage?.metric).toBe('vllm:kv_cache_usage_perc');
    expect(engines[0]?.itl?.metric).toBe('vllm:inter_token_latency_seconds');
    expect(legacyNames).toEqual(['vllm:gpu_cache_usage_perc', 'vllm:time_per_output_token_seconds']);
  });

  it('falls back to the old names when only they exist', () => {
    const { engines } = report(
      [
        'vllm:gpu_cache_usage_perc{model_name="m"} 0.5',
        'vllm:time_per_output_token_seconds_bucket{le="0.05",model_name="m"} 4',
        'vllm:time_per_output_token_seconds_bucket{le="+Inf",model_name="m"} 4',
      ].join('\n'),
    );
    expect(engines[0]?.kvCacheUsage).toEqual({ metric: 'vllm:gpu_cache_usage_perc', value: 0.5 });
    expect(engines[0]?.engine).toBe('');
    expect(engines[0]?.itl?.p50).toBeCloseTo(0.025, 12);
  });

  it('gives no hit rate before any prompt was queried, and no percentile for an empty histogram', () => {
    const { engines } = report(
      [
        'vllm:prefix_cache_hits_total{engine="0",model_name="m"} 0.0',
        'vllm:prefix_cache_queries_total{engine="0",model_name="m"} 0.0',
        'vllm:time_to_first_token_seconds_bucket{engine="0",le="0.1",model_name="m"} 0.0',
        'vllm:time_to_first_token_seconds_bucket{engine="0",le="+Inf",model_name="m"} 0.0',
      ].join('\n'),
    );
    expect(engines[0]?.prefixCacheHitRate).toBeNull();
    expect(engines[0]?.ttft?.count).toBe(0);
    expect(engines[0]?.ttft?.p50).toBeNaN();
  });

  it('finds no engine in a scrape without vllm: series', () => {
    expect(report('process_resident_memory_bytes 1e9\n')).toEqual({ engines: [], legacyNames: [], vllmSeries: 0 });
  });
});
