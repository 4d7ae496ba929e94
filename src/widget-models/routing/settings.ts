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
  readonly workload: WorkloadPresetId;
  /** Tenants (multi-tenant) or documents (RAG). */
  readonly groups: number;
  /** Replicas. */
  readonly replicas: number;
  /** Requests per second. */
  readonly rate: number;
  /** Seconds of arrivals. */
  readonly durationS: number;
  readonly seed: number;
  /** `--gpu-memory-utilization`, percent. */
  readonly gpuMemoryUtilizationPercent: number;
  /** Router of side A and of side B. */
  readonly routerA: RouterPresetId;
  readonly routerB: RouterPresetId;
  /** Side A's scorer weights in half points (BUILTIN_SCORERS order), or null for the preset's. */
  readonly weightsA: readonly number[] | null;
  readonly topologyA: Topology;
  readonly topologyB: Topology;
  /** Prefill pods when a side is disaggregated. */
  readonly prefillPods: number;
  /** Side A's and side B's P/D decider. */
  readonly deciderA: DeciderChoice;
  readonly deciderB: DeciderChoice;
  /** prefix-based-pd-decider's nonCachedTokens. */
  readonly nonCachedTokens: number;
  /** KV transfer link id. */
  readonly link: string;
  readonly tiersA: TierPresetId;
  readonly tiersB: TierPresetId;
}

export type Side = 'a' | 'b';

export interface RoutingView {
  /** Timeline frame. */
  readonly frame: number;
  readonly speed: number;
  /** The side the cluster view animates. */
  readonly side: Side;
  /** Selected request (index in arrival order), −1 = follow the latest. */
  readonly selected: number;
}

export type RoutingUrlState = RoutingSettings & RoutingView;

/** The widget's settings: the run's, plus the view state a link carries but the runs ignore. */
export type RoutingWidgetSettings = RoutingSettings & Pick<RoutingView, 'side' | 'selected'>;

/** The runs' settings alone: showing the other side or another request never reruns them. */
export function runSettingsOf({ side: _side, selected: _selected, ...run }: RoutingWidgetSettings): RoutingSettings {
  return run;
}

/** Simulated time between frames. */
export const FRAME_US = 250_000;

export const LIMITS = {
  groups: [1, 200],
  replicas: [2, 16],
  rate: [1, 40],
  durationS: [10, 300],
  seed: [0, 999_999],
  gpuMemoryUtilizationPercent: [40, 95],
  prefillPods: [1, 15],
  nonCachedTokens: [0, 16_384],
  /** Most requests one run may have (rate × duration), so a comparison stays quick in a browser. */
  requests: 3000,
} as const;

/** Weight slider range and step. */
export const WEIGHT_MAX = 5;
export const WEIGHT_STEP = 0.5;

/** Scorer types in slider order. */
export const SCORER_ORDER: readonly ScorerType[] = BUILTIN_SCORERS.map((s) => s.type);

export const DEFAULT_SETTINGS: RoutingSettings = {
  workload: 'multi-tenant',
  groups: 150,
  replicas: 8,
  rate: 10,
  durationS: 90,
  seed: 1,
  gpuMemoryUtilizationPercent: 90,
  routerA: 'llm-d-default',
  routerB: 'round-robin',
  weightsA: null,
  topologyA: 'agg',
  topologyB: 'agg',
  prefillPods: 3,
  deciderA: 'always',
  deciderB: 'always',
  nonCachedTokens: 2048,
  link: 'ib-ndr',
  tiersA: 'hbm',
  tiersB: 'hbm',
};

export const DEFAULT_VIEW: RoutingView = { frame: 0, speed: 1, side: 'a', selected: -1 };
