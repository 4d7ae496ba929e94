/**
 * Everything that defines one load-test sweep: up to two serving patterns, the workload, the
 * model and GPU budget, the rates swept and how long each rate runs. With the view state this is
 * the whole widget state, so it round-trips through the URL.
 */
import type { PatternId, WorkloadId } from '../../sim/patterns/index.ts';

export const PATTERN_IDS: readonly PatternId[] = ['single-instance', 'replicated', 'autoscaling-pool', 'disaggregated', 'tensor-parallel', 'hybrid-multi-tier', 'federation', 'caching-first'];
export const WORKLOAD_IDS: readonly WorkloadId[] = ['chat', 'rag', 'summarize', 'diurnal', 'bursty'];

/** The second pattern, or none. */
export type SecondPattern = PatternId | 'none';
export const SECOND_PATTERNS: readonly SecondPattern[] = ['none', ...PATTERN_IDS];

/** Catalog models offered, with the Hugging Face name a benchmark command would use. */
export const MODEL_CHOICES = [
  { id: 'llama-3.1-8b', label: 'Llama 3.1 8B', hf: 'meta-llama/Llama-3.1-8B-Instruct' },
  { id: 'qwen2.5-32b', label: 'Qwen2.5 32B', hf: 'Qwen/Qwen2.5-32B-Instruct' },
  { id: 'llama-3.1-70b', label: 'Llama 3.1 70B', hf: 'meta-llama/Llama-3.1-70B-Instruct' },
] as const;
export type ModelChoice = (typeof MODEL_CHOICES)[number]['id'];

export const GPU_CHOICES = [2, 4, 8, 16] as const;
export const POINT_CHOICES = [4, 5, 6, 8, 10] as const;
/** Seconds of arrivals per rate: short, so that a sweep costs a few seconds of worker time (120 s, as the patterns lessons' runs). */
export const DURATION_CHOICES = [30, 60, 120] as const;

/** Which latency the chart plots. The model's ITL is each request's mean gap, i.e. its TPOT. */
export type Metric = 'ttft' | 'tpot' | 'goodput';
export const METRICS: readonly Metric[] = ['ttft', 'tpot', 'goodput'];

export interface LoadTestSettings {
  readonly patternA: PatternId;
  readonly patternB: SecondPattern;
  readonly workload: WorkloadId;
  readonly model: ModelChoice;
  /** GPU budget (H100 80 GB) each pattern may use. */
  readonly gpus: number;
  /** The top of the sweep, requests per second; the rates are top × k / points, k = 1…points. */
  readonly maxQps: number;
  readonly points: number;
  readonly durationS: number;
  readonly seed: number;
}

export interface LoadTestView {
  readonly metric: Metric;
}

export type LoadTestUrlState = LoadTestSettings & LoadTestView;

/** What a sweep depends on: the widget's state without the view (the metric on show). */
export function sweepSettingsOf({ metric: _metric, ...settings }: LoadTestUrlState): LoadTestSettings {
  return settings;
}

export const LIMITS = { maxQps: [1, 60], seed: [0, 999_999] } as const;

/** The GPU every run uses. */
export const GPU_ID = 'h100-sxm-80gb';

/** SLO attainment below which a rate counts as past the knee. */
export const KNEE_ATTAINMENT = 0.9;

export const DEFAULT_SETTINGS: LoadTestSettings = {
  patternA: 'replicated',
  patternB: 'caching-first',
  workload: 'chat',
  model: 'qwen2.5-32b',
  gpus: 8,
  maxQps: 40,
  points: 8,
  durationS: 120,
  seed: 1,
};

export const DEFAULT_VIEW: LoadTestView = { metric: 'ttft' };

/** The rates of a sweep, requests per second (evenly spaced up to the top, as GuideLLM's sweep spaces its constant rates). */
export function sweepRates(s: Pick<LoadTestSettings, 'maxQps' | 'points'>): number[] {
  return Array.from({ length: s.points }, (_, k) => Math.round(((s.maxQps * (k + 1)) / s.points) * 100) / 100);
}

/** The patterns a sweep runs, in order. */
export function patternsOf(s: Pick<LoadTestSettings, 'patternA' | 'patternB'>): PatternId[] {
  return s.patternB === 'none' || s.patternB === s.patternA ? [s.patternA] : [s.patternA, s.patternB];
}
