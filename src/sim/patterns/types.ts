/**
 * Domain types of the architecture patterns: workloads with their SLOs, what a pattern run is
 * given, and what it reports.
 */
import type { ClusterRequestSpec } from '../cluster/types.ts';

/** The eight serving patterns (stable ids, used by the CLI, the Lab and tests). */
export type PatternId =
  | 'single-instance'
  | 'replicated'
  | 'autoscaling-pool'
  | 'disaggregated'
  | 'tensor-parallel'
  | 'hybrid-multi-tier'
  | 'federation'
  | 'caching-first';

/** The workloads (stable ids). */
export type WorkloadId = 'chat' | 'rag' | 'summarize' | 'diurnal' | 'bursty';

/** A latency objective per request: both must hold for the request to count as served well. */
export interface Slo {
  /** Time to first token, seconds. */
  readonly ttftS: number;
  /** Mean inter-token latency of the request (its TPOT), milliseconds. */
  readonly itlMs: number;
  /** Why these values, in one sentence. */
  readonly reason: string;
}

/** A generated workload: requests (follow-up turns chained with `after`) and nominal shape. */
export interface PatternWorkload {
  readonly id: WorkloadId;
  readonly requests: readonly ClusterRequestSpec[];
  readonly slo: Slo;
  /** Nominal mean prompt and output tokens (for sizing decisions such as the P/D split). */
  readonly meanPromptTokens: number;
  readonly meanOutputTokens: number;
  /** Nominal share of prompt tokens expected to be found cached (shared prefixes, history): a sizing hint. */
  readonly sharedPromptShare: number;
}

/** What every pattern run is given (the CLI's arguments). */
export interface PatternRunInput {
  readonly workload: WorkloadId;
  /** Mean request rate, requests per second. */
  readonly qps: number;
  /** GPU budget: the most GPUs the pattern may use at once. */
  readonly gpus: number;
  readonly seed: number;
  readonly modelId: string;
  readonly gpuId: string;
  /** Arrivals stop after this many seconds; requests in flight then finish. */
  readonly durationS: number;
}

/** One request's outcome, for the metrics. */
export interface RequestOutcome {
  readonly arrivalUs: number;
  /** −1 when it never produced a token (failed). */
  readonly firstTokenUs: number;
  readonly finishUs: number;
  readonly outputTokens: number;
  /** Network time outside the cluster added to TTFT and end-to-end latency (cross-region), µs. */
  readonly extraUs: number;
  readonly failed: boolean;
}

/** Cache counters summed over pods, in prompt tokens. */
export interface CacheTotals {
  readonly queries: number;
  readonly hbm: number;
  readonly cpu: number;
  readonly storage: number;
}

/** What a pattern's runner hands to the metrics. */
export interface PatternRun {
  readonly outcomes: readonly RequestOutcome[];
  readonly cache: CacheTotals;
  /** GPU-seconds the pattern held (pods that exist, cold-starting and draining included). */
  readonly gpuSeconds: number;
  /** The window GPU time is counted over: from 0 to the last finish (or the duration, if later), s. */
  readonly runS: number;
  readonly tp: number;
  /** Replicas: the fixed count, or the most that existed at once. */
  readonly replicas: number;
  readonly meanReplicas: number;
  /** Extra figures the pattern reports (prefill pods, regions, cold starts…). */
  readonly extras: Readonly<Record<string, number | string>>;
  readonly notes: readonly string[];
}

/** The CLI's JSON object. Field names are snake_case, units in the name. */
export interface PatternReport {
  readonly pattern: PatternId;
  readonly workload: WorkloadId;
  readonly model: string;
  readonly gpu: string;
  readonly qps: number;
  readonly gpus: number;
  readonly seed: number;
  readonly duration_s: number;
  readonly tp: number;
  readonly replicas: number;
  readonly mean_replicas: number;
  readonly requests: number;
  readonly completed: number;
  readonly failed: number;
  readonly ttft_p50_s: number;
  readonly ttft_p90_s: number;
  readonly ttft_p99_s: number;
  readonly itl_p50_ms: number;
  readonly itl_p90_ms: number;
  readonly e2e_p90_s: number;
  readonly output_tokens_per_s: number;
  readonly gpu_hours: number;
  /** Seconds from the first arrival window's start to the last finish: what gpu_hours covers. */
  readonly run_s: number;
  readonly slo_ttft_s: number;
  readonly slo_itl_ms: number;
  readonly slo_attainment: number;
  /** Requests per second that met both SLOs (goodput). */
  readonly goodput_rps: number;
  /** Prompt tokens not recomputed (any cache tier) ÷ prompt tokens. */
  readonly prefix_hit_rate: number;
  readonly hbm_hit_rate: number;
  readonly cpu_hit_rate: number;
  readonly storage_hit_rate: number;
  readonly extras: Readonly<Record<string, number | string>>;
  readonly notes: readonly string[];
}
