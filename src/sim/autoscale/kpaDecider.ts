/**
 * The Knative Pod Autoscaler's decider: one `scale()` call per tick, as
 * `autoscaler.Scale()` in knative.dev/serving `pkg/autoscaler/scaling/autoscaler.go`
 * (release knative-v1.23.0). Pure and deterministic: the caller passes the clock, the
 * ready-pod count and the windowed metric averages that Knative would read from its
 * pod counter and metric collector.
 */
import { MaxTimeWindow } from './maxTimeWindow.ts';
import type { DeciderSpec, ScaleInput, ScaleResult } from './types.ts';

/** Knative evaluates every decider each 2 s (`multiscaler.go: tickInterval`). */
export const TICK_INTERVAL_S = 2;

/** What Knative returns when it cannot decide (`invalidSR`): every number is zero. */
export const INVALID_SCALE_RESULT: ScaleResult = { valid: false, desiredPods: 0, excessBurstCapacity: 0 };

/** Go's `time.Duration` is integer nanoseconds; we keep integer microseconds so `+` and `<` are exact. */
const toMicros = (s: number): number => Math.round(s * 1e6);

/** Go's `int32(f)` for the integral values used here (truncation toward zero, clamped to int32). */
const int32 = (f: number): number => Math.max(-2147483648, Math.min(2147483647, Math.trunc(f)));

/**
 * One revision's autoscaler. Holds the panic state and the scale-down delay window between ticks.
 * @example
 * const d = new KpaDecider(spec, 0, 0);
 * d.scale({ nowS: 2, readyPods: 0, stableValue: 40, panicValue: 40 }); // { valid: true, desiredPods: 4, … }
 */
export class KpaDecider {
  private spec: DeciderSpec;
  /** µs of the last time the panic threshold was crossed; null = not panicking (Go's zero time). */
  private panicTimeUs: number | null;
  private maxPanicPods: number;
  /** Created once, from the spec at construction, only when a delay is set (as `New` does). */
  private readonly delayWindow: MaxTimeWindow | null;

  /**
   * @param spec the decider spec (see `DeciderSpec`)
   * @param initialReadyPods ready pods when the autoscaler is created; null when they cannot be counted (treated as 0)
   * @param createdAtS the clock at creation, in seconds: a new autoscaler over more than one ready pod starts panicking then
   */
  constructor(spec: DeciderSpec, initialReadyPods: number | null, createdAtS = 0) {
    this.spec = spec;
    this.delayWindow = spec.scaleDownDelayS > 0 ? new MaxTimeWindow(spec.scaleDownDelayS, TICK_INTERVAL_S) : null;
    // Knative starts in panic above one pod so that lost metric history after a restart
    // does not scale the revision down before enough data has been collected.
    const current = initialReadyPods ?? 0;
    this.panicTimeUs = current > 1 ? toMicros(createdAtS) : null;
    this.maxPanicPods = current;
  }

  /** Replaces the spec, as `Update()` does (the delay window is kept as it was built). */
  update(spec: DeciderSpec): void {
    this.spec = spec;
  }

  /** Whether the decider is in panic mode now. */
  get panicking(): boolean {
    return this.panicTimeUs !== null;
  }

  /** The high-water mark of desired pods in this panic (0 outside panic after an exit). */
  get panicPods(): number {
    return this.maxPanicPods;
  }

  /**
   * One decision.
   * @returns the desired pod count and excess burst capacity, or `INVALID_SCALE_RESULT` when the
   *   ready pods cannot be counted or there is no metric data (the state is then left untouched)
   */
  scale(input: ScaleInput): ScaleResult {
    const spec = this.spec;
    if (input.readyPods === null) return INVALID_SCALE_RESULT;
    if (input.stableValue === null || input.panicValue === null) return INVALID_SCALE_RESULT;
    const nowUs = toMicros(input.nowS);
    const originalReady = input.readyPods;
    // Zero ready pods are treated as one, so the rate limits still allow growth from zero.
    const ready = Math.max(1, originalReady);
    const observedStable = input.stableValue;
    const observedPanic = input.panicValue;

    // Ceil so that a small rate (e.g. 1.1 × 2 pods) still allows one more pod.
    const maxScaleUp = Math.ceil(spec.maxScaleUpRate * ready);
    const maxScaleDown = spec.reachable ? Math.floor(ready / spec.maxScaleDownRate) : 0;

    const dspc = Math.ceil(observedStable / spec.targetValue);
    const dppc = Math.ceil(observedPanic / spec.targetValue);
    let desiredStable = int32(Math.min(Math.max(dspc, maxScaleDown), maxScaleUp));
    let desiredPanic = int32(Math.min(Math.max(dppc, maxScaleDown), maxScaleUp));

    if (spec.activationScale > 1) {
      if (dspc > 0 && spec.activationScale > desiredStable) desiredStable = spec.activationScale;
      if (dppc > 0 && spec.activationScale > desiredPanic) desiredPanic = spec.activationScale;
    }

    // Unclamped panic demand against the (≥ 1) ready pods.
    const overPanicThreshold = dppc / ready >= spec.panicThreshold;
    if (overPanicThreshold) {
      this.panicTimeUs = nowUs; // enter, or extend
    } else if (this.panicTimeUs !== null && this.panicTimeUs + toMicros(spec.stableWindowS) < nowUs) {
      // The surge has been in the stable window for a whole window: stop panicking.
      this.panicTimeUs = null;
      this.maxPanicPods = 0;
    }

    let desired = desiredStable;
    if (this.panicTimeUs !== null) {
      // Provision for the larger of the two, and never scale down while panicking.
      if (desired < desiredPanic) desired = desiredPanic;
      if (desired > this.maxPanicPods) this.maxPanicPods = desired;
      desired = this.maxPanicPods;
    }

    if (spec.reachable && this.delayWindow) {
      this.delayWindow.record(Math.floor(nowUs / 1e6), desired);
      desired = this.delayWindow.current();
    }

    // Spare capacity beyond the burst the user wants absorbed without queueing at the pods,
    // from the panic value so that the activator does not flap in and out of the path.
    let ebc = -1;
    if (spec.targetBurstCapacity === 0) ebc = 0;
    else if (spec.targetBurstCapacity > 0) {
      ebc = Math.floor(originalReady * spec.totalValue - spec.targetBurstCapacity - observedPanic);
    }

    return { valid: true, desiredPods: desired, excessBurstCapacity: int32(ebc) };
  }
}
