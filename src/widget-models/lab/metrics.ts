/**
 * The figures the Lab reads from a pattern report, with their units and what each means in
 * plain words (the Lab's metric table and the challenges' goals share these).
 */
import type { PatternReport } from '../../sim/patterns/index.ts';

export type LabMetric =
  | 'ttft_p50_s'
  | 'ttft_p90_s'
  | 'ttft_p99_s'
  | 'itl_p90_ms'
  | 'output_tokens_per_s'
  | 'gpu_hours'
  | 'slo_attainment'
  | 'prefix_hit_rate'
  | 'gpus_used'
  | 'failed';

export interface MetricInfo {
  readonly label: string;
  readonly unit: string;
  /** Which direction is better. */
  readonly better: 'lower' | 'higher';
  /** What it measures, for a reader new to it. */
  readonly meaning: string;
  readonly format: (v: number) => string;
}

const fixed = (d: number) => (v: number) => v.toFixed(d);
const pct = (v: number) => `${(v * 100).toFixed(1)} %`;
const seconds = (v: number) => (v < 10 ? v.toFixed(3) : v.toFixed(1));

export const METRICS: Readonly<Record<LabMetric, MetricInfo>> = {
  ttft_p50_s: { label: 'TTFT p50', unit: 's', better: 'lower', meaning: 'Time to first token for the median request: waiting in a queue, then prefilling the part of the prompt not found in a cache (plus the round trip when another region serves it).', format: seconds },
  ttft_p90_s: { label: 'TTFT p90', unit: 's', better: 'lower', meaning: 'Time to first token that 90 % of requests beat. Tails show queueing: when replicas are busy, new requests wait before their prefill starts.', format: seconds },
  ttft_p99_s: { label: 'TTFT p99', unit: 's', better: 'lower', meaning: 'Time to first token that 99 % of requests beat: the slowest 1 %, where cold starts, bursts and long prompts show first.', format: seconds },
  itl_p90_ms: { label: 'ITL p90', unit: 'ms', better: 'lower', meaning: 'Inter-token latency: each request’s mean time between streamed tokens (its TPOT), at the 90th percentile over requests. It grows with the decode batch and when prefill chunks share steps with decodes.', format: fixed(1) },
  output_tokens_per_s: { label: 'Output throughput', unit: 'tokens/s', better: 'higher', meaning: 'Output tokens of the whole fleet per second, from the first arrival to the last answer. At a fixed request rate it follows the load; it falls only when the fleet falls behind.', format: fixed(0) },
  gpu_hours: { label: 'GPU-hours', unit: 'GPU·h', better: 'lower', meaning: 'GPUs held × time, over the run (an autoscaled replica counts from its cold start until it has drained): what the run costs.', format: fixed(3) },
  slo_attainment: { label: 'SLO attainment', unit: '', better: 'higher', meaning: 'Share of all requests that finished within both objectives of the workload (time to first token and inter-token latency). A request lost in a failed region counts as missed.', format: pct },
  prefix_hit_rate: { label: 'Prefix-cache hit rate', unit: '', better: 'higher', meaning: 'Share of prompt tokens that were not recomputed because their KV blocks were found in GPU memory, CPU memory or storage. Every hit is prefill work saved.', format: pct },
  gpus_used: { label: 'GPUs held', unit: 'GPUs', better: 'lower', meaning: 'GPUs the pattern holds at its peak: GPUs per replica (TP) × replicas.', format: fixed(0) },
  failed: { label: 'Failed requests', unit: '', better: 'lower', meaning: 'Requests that never finished: lost in a region that went down (federation). Everything else always finishes in the model.', format: fixed(0) },
};

/** A metric's value in a report (`gpus_used` = TP × replicas at the peak). */
export function metricOf(r: PatternReport, m: LabMetric): number {
  return m === 'gpus_used' ? r.tp * r.replicas : r[m];
}

/** A metric's value with its unit, as the Lab shows it. */
export function formatMetric(m: LabMetric, v: number): string {
  const info = METRICS[m];
  const unit = info.unit === '' || info.format === pct ? '' : ` ${info.unit}`;
  return `${info.format(v)}${unit}`;
}

/** A goal's threshold, without trailing zeros ("1 s", "99 %", "0.25 s"). */
export function formatThreshold(m: LabMetric, v: number): string {
  const info = METRICS[m];
  if (info.format === pct) return `${Number((v * 100).toFixed(1))} %`;
  return `${Number(v.toFixed(3))}${info.unit === '' ? '' : ` ${info.unit}`}`;
}
