/**
 * The Horizontal Pod Autoscaler's replica arithmetic (kubernetes `pkg/controller/podautoscaler`:
 * `replica_calculator.go` and `horizontal.go`, autoscaling/v2): the usage ratio with its
 * tolerance, not-ready pods counted as zero on the way up and as on-target on the way down,
 * the stabilisation windows, and the scale-up / scale-down rate policies.
 */
import type { HpaBehavior } from '../types.ts';

/** Kubernetes defaults (`HPAScalingRules`; `--horizontal-pod-autoscaler-tolerance` 0.1, sync 15 s). */
export const HPA_DEFAULTS = {
  syncPeriodS: 15,
  tolerance: 0.1,
  behavior: {
    scaleUpStabilizationS: 0,
    scaleDownStabilizationS: 300,
    scaleUpPods: 4,
    scaleUpPercent: 100,
    scaleUpPeriodS: 15,
    scaleDownPercent: 100,
    scaleDownPeriodS: 15,
  } satisfies HpaBehavior,
};

/**
 * Desired replicas for a per-pod metric (`GetMetricReplicas` for a Pods metric / AverageValue).
 * @param values the metric of each pod that reported one
 * @param notReady pods that exist but report nothing yet (starting)
 */
export function podsMetricReplicas(current: number, values: readonly number[], notReady: number, target: number, tolerance: number): number {
  if (values.length === 0) return current;
  const ratio = values.reduce((a, b) => a + b, 0) / values.length / target;
  if (notReady === 0) {
    if (Math.abs(1 - ratio) <= tolerance) return current;
    return Math.ceil(ratio * values.length);
  }
  // Missing pods: on-target when scaling down, zero when scaling up (so starting pods damp a scale-up).
  const filler = ratio < 1 ? target : 0;
  const n = values.length + notReady;
  const newRatio = (values.reduce((a, b) => a + b, 0) + filler * notReady) / n / target;
  if (Math.abs(1 - newRatio) <= tolerance || (ratio < 1 && newRatio > 1) || (ratio > 1 && newRatio < 1)) return current;
  const next = Math.ceil(newRatio * n);
  if ((newRatio < 1 && next > current) || (newRatio > 1 && next < current)) return current;
  return next;
}

/** Desired replicas for an External metric with an AverageValue target (`GetExternalPerPodMetricReplicas`). */
export function externalPerPodReplicas(current: number, total: number, target: number, tolerance: number): number {
  const ratio = total / (target * current);
  if (current > 0 && Math.abs(1 - ratio) <= tolerance) return current;
  return Math.ceil(total / target);
}

interface ScaleEvent {
  readonly atS: number;
  readonly change: number;
}

/** One HPA object's memory between syncs: past recommendations and scale events. */
export class HpaController {
  private recommendations: { atS: number; replicas: number }[] = [];
  private events: ScaleEvent[] = [];

  constructor(
    private readonly minReplicas: number,
    private readonly maxReplicas: number,
    private readonly behavior: HpaBehavior,
  ) {}

  /**
   * Turns a metric recommendation into the replicas to set (`normalizeDesiredReplicasWithBehaviors`).
   * @returns the new replica count (the caller applies it)
   */
  normalize(nowS: number, current: number, proposed: number): number {
    const b = this.behavior;
    const maxWindow = Math.max(b.scaleUpStabilizationS, b.scaleDownStabilizationS);
    this.recommendations = this.recommendations.filter((r) => r.atS > nowS - maxWindow);
    // Stabilise: on the way up the least recommendation of the up window, on the way down the greatest of the down window.
    let up = proposed;
    let down = proposed;
    for (const r of this.recommendations) {
      if (r.atS > nowS - b.scaleUpStabilizationS) up = Math.min(up, r.replicas);
      if (r.atS > nowS - b.scaleDownStabilizationS) down = Math.max(down, r.replicas);
    }
    this.recommendations.push({ atS: nowS, replicas: proposed });
    let desired = current;
    if (desired < up) desired = up;
    if (desired > down) desired = down;

    const period = Math.max(b.scaleUpPeriodS, b.scaleDownPeriodS);
    this.events = this.events.filter((e) => e.atS > nowS - period);
    if (desired > current) {
      const added = this.sum(nowS, b.scaleUpPeriodS, 1);
      const deleted = this.sum(nowS, b.scaleUpPeriodS, -1);
      const start = current - added + deleted;
      let limit = Math.max(start + b.scaleUpPods, Math.ceil(start * (1 + b.scaleUpPercent / 100)));
      if (limit < current) limit = current;
      desired = Math.min(desired, Math.min(this.maxReplicas, limit));
    } else if (desired < current) {
      const added = this.sum(nowS, b.scaleDownPeriodS, 1);
      const deleted = this.sum(nowS, b.scaleDownPeriodS, -1);
      const start = current - added + deleted;
      let limit = Math.trunc(start * (1 - b.scaleDownPercent / 100));
      if (limit > current) limit = current;
      desired = Math.max(desired, Math.max(this.minReplicas, limit));
    }
    desired = Math.min(this.maxReplicas, Math.max(this.minReplicas, desired));
    if (desired !== current) this.events.push({ atS: nowS, change: desired - current });
    return desired;
  }

  private sum(nowS: number, periodS: number, sign: 1 | -1): number {
    let s = 0;
    for (const e of this.events) if (e.atS > nowS - periodS && Math.sign(e.change) === sign) s += Math.abs(e.change);
    return s;
  }
}
