/** Domain types of the autoscaling model. */

/** The metric the KPA scales on (`autoscaling.knative.dev/metric`). */
export type ScalingMetric = 'concurrency' | 'rps';

/**
 * What the decider needs to know about a revision (Knative's `scaling.DeciderSpec`).
 * Values are per pod; windows and delays in seconds.
 */
export interface DeciderSpec {
  readonly metric: ScalingMetric;
  /** The per-pod value the autoscaler aims at (total × target utilisation). */
  readonly targetValue: number;
  /** What one pod can hold at most (containerConcurrency, or the soft default). */
  readonly totalValue: number;
  /** Spare capacity to keep for bursts; 0 = activator only at zero, negative (−1) = activator always in the path. */
  readonly targetBurstCapacity: number;
  /** Panic when panic-window demand ÷ ready pods ≥ this factor (2 = 200 %). */
  readonly panicThreshold: number;
  readonly maxScaleUpRate: number;
  readonly maxScaleDownRate: number;
  /** The least non-zero scale (`activation-scale`); 0 or 1 = no effect. */
  readonly activationScale: number;
  /** Also how long after the last over-threshold tick panic ends. */
  readonly stableWindowS: number;
  /** Hold the highest decision of this many seconds before scaling down; 0 = none. */
  readonly scaleDownDelayS: number;
  /** Whether a route references the revision; an unreachable one scales down without rate limit or delay. */
  readonly reachable: boolean;
}

/** What the decider reads at one tick. `null` = not available. */
export interface ScaleInput {
  readonly nowS: number;
  /** Ready pods; null when they cannot be counted (the tick is then invalid). */
  readonly readyPods: number | null;
  /** Revision-wide metric averaged over the stable window; null = no data. */
  readonly stableValue: number | null;
  /** The same over the panic window; null = no data. */
  readonly panicValue: number | null;
}

/** Knative's `ScaleResult`. An invalid result carries zeros and must not be applied. */
export interface ScaleResult {
  readonly valid: boolean;
  readonly desiredPods: number;
  /** Spare capacity beyond the target burst capacity (negative ⇒ the activator stays in the path). */
  readonly excessBurstCapacity: number;
}

/** The KPA settings a user or operator sets (ConfigMap keys and annotations, camel-cased). */
export interface KpaSettings {
  readonly metric: ScalingMetric;
  /** `containerConcurrency` (hard limit; 0 = unlimited). */
  readonly containerConcurrency: number;
  readonly containerConcurrencyTargetDefault: number;
  readonly rpsTargetDefault: number;
  /** `container-concurrency-target-percentage` / 100, or the `target-utilization-percentage` annotation / 100. */
  readonly targetUtilization: number;
  /** The `autoscaling.knative.dev/target` annotation (KServe `scaleTarget`); null = unset. */
  readonly target: number | null;
  readonly stableWindowS: number;
  readonly panicWindowPercentage: number;
  readonly panicThresholdPercentage: number;
  readonly maxScaleUpRate: number;
  readonly maxScaleDownRate: number;
  readonly targetBurstCapacity: number;
  readonly activatorCapacity: number;
  readonly scaleToZeroGracePeriodS: number;
  readonly scaleToZeroPodRetentionPeriodS: number;
  readonly scaleDownDelayS: number;
  readonly initialScale: number;
  readonly minScale: number;
  /** 0 = unbounded. */
  readonly maxScale: number;
  readonly activationScale: number;
  readonly enableScaleToZero: boolean;
}

/** One tick of a decider case (the `kpa` CLI's input). */
export interface KpaCaseTick {
  readonly t: number;
  readonly stableValue: number | null;
  readonly panicValue: number | null;
  readonly readyPods: number | null;
  readonly reachable: boolean;
}

/** A decider case: a spec, the ready pods at creation, and the ticks to replay. */
export interface KpaCase {
  readonly spec: Omit<DeciderSpec, 'reachable'>;
  readonly initialReadyPods: number | null;
  readonly ticks: readonly KpaCaseTick[];
}

/** One line of the `kpa` CLI's output. */
export interface KpaCaseResult {
  readonly t: number;
  readonly valid: boolean;
  readonly desiredPods: number;
  readonly excessBurstCapacity: number;
  readonly panicking: boolean;
}

// ---- The autoscaling model ----

interface TrafficBase {
  /** Mean prompt and output lengths in tokens. */
  readonly promptTokens: number;
  readonly outputTokens: number;
}

/** The request rate over time (requests per second). */
export type TrafficConfig =
  | (TrafficBase & { readonly shape: 'steady'; readonly rps: number })
  | (TrafficBase & { readonly shape: 'diurnal'; readonly rps: number; readonly minRps: number; readonly periodS: number })
  | (TrafficBase & { readonly shape: 'spike'; readonly rps: number; readonly spikeRps: number; readonly spikeAtS: number; readonly spikeDurationS: number })
  | (TrafficBase & { readonly shape: 'on-off'; readonly rps: number; readonly onS: number; readonly offS: number })
  | (TrafficBase & { readonly shape: 'from-zero'; readonly rps: number; readonly startAtS: number });

export type TrafficShape = TrafficConfig['shape'];

/** One generated request. */
export interface ArrivalRequest {
  readonly id: number;
  readonly arrivalS: number;
  readonly promptTokens: number;
  readonly outputTokens: number;
}

/** Where the weights come from (by `storageUri` scheme; `local-cache` = a LocalModelCache hit). */
export type StorageSource = 'hf' | 's3' | 'gs' | 'pvc' | 'oci' | 'local-cache';

/** Cold-start parameters (see coldStart.ts for sources and estimates). */
export interface ColdStartConfig {
  readonly storageUri: string;
  readonly schedulingS: number;
  readonly gpusPerNode: number;
  /** GPU nodes present at the start; more are provisioned on demand. */
  readonly initialNodes: number;
  readonly nodeProvisioningS: number;
  readonly imageGB: number;
  readonly imagePullGBps: number;
  readonly imageCachedOnInitialNodes: boolean;
  readonly compileS: number;
  readonly cudaGraphCaptureS: number;
  readonly readinessS: number;
}

export type ColdStartPhaseName =
  | 'node-provisioning'
  | 'scheduling'
  | 'image-pull'
  | 'model-download'
  | 'load-to-gpu'
  | 'compile-warmup'
  | 'cuda-graph-capture'
  | 'readiness-probe';

/** One bar of a pod's cold-start waterfall. */
export interface ColdStartPhase {
  readonly phase: ColdStartPhaseName;
  readonly startS: number;
  readonly durationS: number;
  readonly note: string;
}

/** The serving deployment of each pod. */
export interface PodServingConfig {
  /** Catalog model id (src/sim/cost), e.g. `llama-3.1-8b`. */
  readonly modelId: string;
  /** Catalog GPU id, e.g. `h100-sxm-80gb`. */
  readonly gpuId: string;
  readonly tp: number;
  readonly maxModelLen: number;
}

/** Knative Pod Autoscaler (KServe Knative mode). Unset fields take Knative's defaults. */
export interface KpaPolicyConfig {
  readonly kind: 'kpa';
  readonly settings?: Partial<KpaSettings>;
}

/** A vLLM metric an HPA or KEDA can scale on. */
export type VllmScalingMetric = 'num_requests_waiting' | 'num_requests_running' | 'kv_cache_usage_perc';

/** HPA behaviour (autoscaling/v2 `spec.behavior`); defaults are Kubernetes'. */
export interface HpaBehavior {
  readonly scaleUpStabilizationS: number;
  readonly scaleDownStabilizationS: number;
  /** Scale-up policies: at most +`pods` or +`percent` % per `periodS` (the larger wins). */
  readonly scaleUpPods: number;
  readonly scaleUpPercent: number;
  readonly scaleUpPeriodS: number;
  /** Scale-down policy: at most −`percent` % per `periodS`. */
  readonly scaleDownPercent: number;
  readonly scaleDownPeriodS: number;
}

/** HPA on a per-pod vLLM metric (Pods metric, AverageValue target) via a Prometheus adapter. */
export interface HpaPolicyConfig {
  readonly kind: 'hpa';
  readonly metric: VllmScalingMetric;
  /** Per-pod target (e.g. 5 waiting requests, or 0.8 KV usage). */
  readonly target: number;
  readonly minReplicas: number;
  readonly maxReplicas: number;
  readonly syncPeriodS?: number;
  readonly tolerance?: number;
  readonly scrapeIntervalS?: number;
  readonly behavior?: Partial<HpaBehavior>;
}

/** KEDA ScaledObject with a Prometheus trigger on the sum of a vLLM metric (AverageValue target). */
export interface KedaPolicyConfig {
  readonly kind: 'keda';
  readonly metric: VllmScalingMetric;
  /** Target per replica: replicas = ⌈Σ metric ÷ target⌉. */
  readonly target: number;
  readonly minReplicas: number;
  readonly maxReplicas: number;
  /** How often KEDA queries Prometheus for a cached metric (`pollingInterval`, default 30 s). */
  readonly pollingIntervalS?: number;
  /** `useCachedMetrics`: the HPA reads KEDA's last poll instead of a fresh query. */
  readonly useCachedMetrics?: boolean;
  readonly scrapeIntervalS?: number;
  readonly behavior?: Partial<HpaBehavior>;
}

/** A fixed replica count. */
export interface FixedPolicyConfig {
  readonly kind: 'fixed';
  readonly replicas: number;
}

export type PolicyConfig = KpaPolicyConfig | HpaPolicyConfig | KedaPolicyConfig | FixedPolicyConfig;

/** A whole autoscaling run. */
export interface AutoscaleConfig {
  readonly seed: number;
  readonly durationS: number;
  readonly traffic: TrafficConfig;
  readonly pod: PodServingConfig;
  readonly coldStart: ColdStartConfig;
  readonly policy: PolicyConfig;
  /** Width of the TTFT percentile window in the time series. */
  readonly latencyWindowS: number;
  /** Seconds between time-series samples. */
  readonly sampleIntervalS: number;
}

/** Input form: everything but `policy` and `traffic` may be left out. */
export interface AutoscaleConfigInput {
  readonly seed?: number;
  readonly durationS?: number;
  readonly traffic: TrafficConfig;
  readonly pod?: Partial<PodServingConfig>;
  readonly coldStart?: Partial<ColdStartConfig>;
  readonly policy: PolicyConfig;
  readonly latencyWindowS?: number;
  readonly sampleIntervalS?: number;
}

/** What a policy sees each second (the metrics the real systems would collect). */
export interface SecondSample {
  readonly nowS: number;
  /** Time-averaged requests in flight in the revision over the last second (pods + activator). */
  readonly concurrency: number;
  /** Requests that arrived in the last second. */
  readonly requests: number;
  readonly readyPods: number;
  /** Requests buffered at the activator right now. */
  readonly activatorQueued: number;
  /** Per ready pod, the vLLM gauges now. */
  readonly pods: readonly { readonly numRequestsRunning: number; readonly numRequestsWaiting: number; readonly kvCacheUsagePerc: number }[];
}

/** What the simulator tells a policy when it decides. */
export interface PolicyObservation {
  readonly nowS: number;
  readonly readyPods: number;
  /** Pods that exist (ready or starting), not draining. */
  readonly currentPods: number;
}

/** A policy's decision. */
export interface PolicyDecision {
  readonly desiredPods: number;
  /** Whether requests go through the activator (buffered while no pod is ready). */
  readonly activatorInPath: boolean;
  readonly panicking: boolean;
}

/** One time-series sample. */
export interface TickSample {
  readonly t: number;
  /** Requests that arrived since the previous sample. */
  readonly arrivals: number;
  readonly desiredPods: number;
  readonly readyPods: number;
  /** Pods that exist and are not draining (ready or cold-starting). */
  readonly pods: number;
  readonly panicking: boolean;
  readonly activatorInPath: boolean;
  readonly activatorQueued: number;
  /** Requests waiting in the pods' vLLM queues. */
  readonly podQueued: number;
  /** TTFT percentiles (s) of first tokens in the last `latencyWindowS`; null when none. */
  readonly ttftP50: number | null;
  readonly ttftP99: number | null;
  /** GPU-hours used so far. */
  readonly gpuHours: number;
}

/** One pod's life. */
export interface PodRecord {
  readonly id: number;
  readonly node: number;
  readonly createdS: number;
  readonly phases: readonly ColdStartPhase[];
  /** When it became ready; null if it never did. */
  readonly readyS: number | null;
  /** When it was told to go (drain); null if never. */
  readonly drainS: number | null;
  /** When it ended; null if still there at the end. */
  readonly endS: number | null;
  readonly served: number;
}

/** Whole-run figures. */
export interface AutoscaleSummary {
  readonly policy: string;
  readonly requests: number;
  readonly completed: number;
  readonly ttftP50: number;
  readonly ttftP90: number;
  readonly ttftP99: number;
  readonly ttftMax: number;
  readonly gpuHours: number;
  readonly maxPods: number;
  readonly maxActivatorQueued: number;
  /** Seconds the KPA spent in panic. */
  readonly panicSeconds: number;
  /** Cold-start duration (creation → ready) of the first pod that cold-started and became ready; null if none. */
  readonly firstColdStartS: number | null;
}

export interface AutoscaleResult {
  readonly config: AutoscaleConfig;
  readonly capacity: { readonly label: string; readonly slots: number; readonly kvCacheTokens: number; readonly modelGB: number };
  readonly samples: readonly TickSample[];
  readonly pods: readonly PodRecord[];
  readonly summary: AutoscaleSummary;
}
