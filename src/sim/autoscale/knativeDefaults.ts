/**
 * Knative Serving's autoscaler defaults (ConfigMap `config-autoscaler`,
 * `config/core/configmaps/autoscaler.yaml` and `pkg/autoscaler/config/config.go`,
 * release knative-v1.23.0) and the decider spec they resolve to
 * (`pkg/reconciler/autoscaling/resources/target.go: ResolveMetricTarget`,
 * `kpa/resources/decider.go: MakeDecider`).
 */
import type { DeciderSpec, KpaSettings, ScalingMetric } from './types.ts';

/** The Knative version whose code the decider and these defaults follow. */
export const KNATIVE_VERSION = 'knative-v1.23.0';

/** Defaults of `config-autoscaler` and the `autoscaling.knative.dev/*` annotations. */
export const KNATIVE_DEFAULTS: KpaSettings = {
  metric: 'concurrency',
  containerConcurrency: 0,
  containerConcurrencyTargetDefault: 100,
  rpsTargetDefault: 200,
  targetUtilization: 0.7,
  target: null,
  stableWindowS: 60,
  panicWindowPercentage: 10,
  panicThresholdPercentage: 200,
  maxScaleUpRate: 1000,
  maxScaleDownRate: 2,
  targetBurstCapacity: 211,
  activatorCapacity: 100,
  scaleToZeroGracePeriodS: 30,
  scaleToZeroPodRetentionPeriodS: 0,
  scaleDownDelayS: 0,
  initialScale: 1,
  minScale: 0,
  maxScale: 0,
  activationScale: 1,
  enableScaleToZero: true,
};

/** `autoscaling.TargetMin`: the smallest per-pod target Knative accepts. */
const TARGET_MIN = 0.01;

/**
 * Per-pod target and total capacity for the metric, as `ResolveMetricTarget` computes them.
 * @example resolveMetricTarget(KNATIVE_DEFAULTS) // { target: 70, total: 100 }
 */
export function resolveMetricTarget(s: KpaSettings): { target: number; total: number } {
  let total: number;
  if (s.metric === 'rps') {
    total = s.rpsTargetDefault;
  } else {
    // containerConcurrency 0 means unlimited: aim at the soft default instead.
    total = s.containerConcurrency > 0 ? s.containerConcurrency : s.containerConcurrencyTargetDefault;
  }
  if (s.target !== null) {
    total = s.metric === 'concurrency' && s.containerConcurrency > 0 ? Math.min(s.target, s.containerConcurrency) : s.target;
  }
  return { target: Math.max(TARGET_MIN, total * s.targetUtilization), total };
}

/** The panic window: `panic-window-percentage` of the stable window, rounded to seconds, at least 1 s (`MakeMetric`). */
export function panicWindowS(s: KpaSettings): number {
  return Math.max(1, Math.round((s.stableWindowS * s.panicWindowPercentage) / 100));
}

/** The decider spec `MakeDecider` builds from these settings. */
export function deciderSpecFrom(s: KpaSettings, reachable = true): DeciderSpec {
  const { target, total } = resolveMetricTarget(s);
  return {
    metric: s.metric satisfies ScalingMetric,
    targetValue: target,
    totalValue: total,
    targetBurstCapacity: s.targetBurstCapacity,
    panicThreshold: s.panicThresholdPercentage / 100,
    maxScaleUpRate: s.maxScaleUpRate,
    maxScaleDownRate: s.maxScaleDownRate,
    activationScale: s.activationScale,
    stableWindowS: s.stableWindowS,
    scaleDownDelayS: s.scaleDownDelayS,
    reachable,
  };
}
