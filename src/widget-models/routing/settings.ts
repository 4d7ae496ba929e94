/**
 * Everything that defines one routing comparison: a workload, a pool of replicas, and two
 * routers (A and B) run on the same seed. With the view state this is the whole widget state,
 * so it round-trips through the URL.
 */
import { BUILTIN_SCORERS, type RouterPresetId, type ScorerType, type TierPresetId, type WorkloadPresetId } from '../../sim/cluster/index.ts';

/** Aggregated replicas, or prefill/decode disaggregation. */
export type Topology = 'agg' | 'pd';
export type DeciderChoice = 'always' | 'prefix';

export interface RoutingSettings {
  /** Workload preset. */
  readonly wl: WorkloadPresetId;
  /** Tenants (multi-tenant) or documents (RAG). */
  readonly grp: number;
  /** Replicas. */
  readonly n: number;
  /** Requests per second. */
  readonly rate: number;
  /** Seconds of arrivals. */
  readonly dur: number;
  readonly seed: number;
  /** `--gpu-memory-utilization`, percent. */
  readonly mem: number;
  /** Router of side A and of side B. */
  readonly pa: RouterPresetId;
  readonly pb: RouterPresetId;
  /** Side A's scorer weights in half points (BUILTIN_SCORERS order), or null for the preset's. */
  readonly wa: readonly number[] | null;
  readonly ta: Topology;
  readonly tb: Topology;
  /** Prefill pods when a side is disaggregated. */
  readonly pf: number;
  /** Side A's and side B's P/D decider. */
  readonly da: DeciderChoice;
  readonly db: DeciderChoice;
  /** prefix-based-pd-decider's nonCachedTokens. */
  readonly thr: number;
  /** KV transfer link id. */
  readonly ln: string;
  readonly ka: TierPresetId;
  readonly kb: TierPresetId;
}

export type Side = 'a' | 'b';

export interface RoutingView {
  /** Timeline frame. */
  readonly frame: number;
  readonly speed: number;
  /** The side the cluster view animates. */
  readonly side: Side;
  /** Selected request (index in arrival order), −1 = follow the latest. */
  readonly sel: number;
}

export type RoutingUrlState = RoutingSettings & RoutingView;

/** Simulated time between frames. */
export const FRAME_US = 250_000;

export const LIMITS = {
  grp: [1, 200],
  n: [2, 16],
  rate: [1, 40],
  dur: [10, 300],
  seed: [0, 999_999],
  mem: [40, 95],
  pf: [1, 15],
  thr: [0, 16_384],
  /** Most requests one run may have (rate × duration), so a comparison stays quick in a browser. */
  requests: 3000,
} as const;

/** Weight slider range and step. */
export const WEIGHT_MAX = 5;
export const WEIGHT_STEP = 0.5;

/** Scorer types in slider order. */
export const SCORER_ORDER: readonly ScorerType[] = BUILTIN_SCORERS.map((s) => s.type);

export const DEFAULT_SETTINGS: RoutingSettings = {
  wl: 'multi-tenant',
  grp: 150,
  n: 8,
  rate: 10,
  dur: 90,
  seed: 1,
  mem: 90,
  pa: 'llm-d-default',
  pb: 'round-robin',
  wa: null,
  ta: 'agg',
  tb: 'agg',
  pf: 3,
  da: 'always',
  db: 'always',
  thr: 2048,
  ln: 'ib-ndr',
  ka: 'hbm',
  kb: 'hbm',
};

export const DEFAULT_VIEW: RoutingView = { frame: 0, speed: 1, side: 'a', sel: -1 };
