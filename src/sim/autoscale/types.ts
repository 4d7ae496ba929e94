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
  /** The least non-zero scale (`activation-scale`); 1 = no effect. */
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
