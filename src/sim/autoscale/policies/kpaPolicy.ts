/**
 * The Knative Pod Autoscaler around its decider: metric collection into the stable and panic
 * windows (1 s buckets), the 2 s decision tick, and what the PodAutoscaler reconciler does with
 * a decision (knative-v1.23.0 `pkg/reconciler/autoscaling/kpa/kpa.go` and `scaler.go`): bounds
 * (min / max / initial scale), scale to zero after the grace period and pod retention period,
 * the Active / Activating / Inactive condition, and whether the activator is in the path
 * (proxy mode) or not (serve mode).
 *
 * Simplified: every pod is scraped every second (no sampling); activation never times out.
 */
import { KNATIVE_DEFAULTS, deciderSpecFrom, panicWindowS, resolveMetricTarget } from '../knativeDefaults.ts';
import { KpaDecider, TICK_INTERVAL_S } from '../kpaDecider.ts';
import { TimedBuckets } from '../timedBuckets.ts';
import type { KpaPolicyConfig, KpaSettings, PolicyConfig, PolicyDecision, PolicyObservation, SecondSample } from '../types.ts';
import type { ScalingPolicy } from './policy.ts';

type PaState = 'active' | 'activating' | 'inactive';

/** `scaleUnknown` in kpa.go: no decision yet. */
const SCALE_UNKNOWN = -1;

/** Checks the settings with the ranges Knative's config validation enforces. */
export function validateKpaSettings(s: KpaSettings): void {
  const check = (ok: boolean, field: keyof KpaSettings, rule: string): void => {
    if (!ok) throw new Error(`policy.settings.${field}: must be ${rule} (got ${JSON.stringify(s[field])})`);
  };
  check(s.metric === 'concurrency' || s.metric === 'rps', 'metric', '"concurrency" or "rps"');
  check(Number.isInteger(s.containerConcurrency) && s.containerConcurrency >= 0, 'containerConcurrency', 'an integer ≥ 0');
  check(s.targetUtilization > 0 && s.targetUtilization <= 1, 'targetUtilization', 'in (0, 1]');
  check(s.target === null || s.target >= 0.01, 'target', 'null or ≥ 0.01');
  check(Number.isInteger(s.stableWindowS) && s.stableWindowS >= 6 && s.stableWindowS <= 3600, 'stableWindowS', 'a whole number of seconds in [6, 3600]');
  check(s.panicWindowPercentage >= 1 && s.panicWindowPercentage <= 100, 'panicWindowPercentage', 'in [1, 100]');
  check(s.panicThresholdPercentage >= 110 && s.panicThresholdPercentage <= 1000, 'panicThresholdPercentage', 'in [110, 1000]');
  check(s.maxScaleUpRate > 1, 'maxScaleUpRate', '> 1');
  check(s.maxScaleDownRate > 1, 'maxScaleDownRate', '> 1');
  check(s.targetBurstCapacity >= 0 || s.targetBurstCapacity === -1, 'targetBurstCapacity', '≥ 0 or −1');
  check(s.scaleToZeroGracePeriodS > 0, 'scaleToZeroGracePeriodS', '> 0');
  check(s.scaleToZeroPodRetentionPeriodS >= 0, 'scaleToZeroPodRetentionPeriodS', '≥ 0');
  check(Number.isInteger(s.scaleDownDelayS) && s.scaleDownDelayS >= 0 && s.scaleDownDelayS <= 3600, 'scaleDownDelayS', 'a whole number of seconds in [0, 3600]');
  check(Number.isInteger(s.initialScale) && s.initialScale >= 0, 'initialScale', 'an integer ≥ 0');
  check(Number.isInteger(s.minScale) && s.minScale >= 0, 'minScale', 'an integer ≥ 0');
  check(Number.isInteger(s.maxScale) && s.maxScale >= 0 && (s.maxScale === 0 || s.maxScale >= s.minScale), 'maxScale', 'an integer ≥ minScale, or 0 for unbounded');
  check(Number.isInteger(s.activationScale) && s.activationScale >= 1, 'activationScale', 'an integer ≥ 1');
}

/** The KPA as KServe's Knative mode runs it. */
export class KpaPolicy implements ScalingPolicy {
  readonly kind = 'kpa' as const;
  readonly label: string;
  readonly decisionIntervalS = TICK_INTERVAL_S;
  readonly initialPods: number;
  readonly containerConcurrency: number;
  readonly settings: KpaSettings;
  private readonly decider: KpaDecider;
  private readonly stable: TimedBuckets;
  private readonly panic: TimedBuckets;
  /** Knative's decider status: last valid desired scale and excess burst capacity. */
  private desiredScale = SCALE_UNKNOWN;
  private ebc = 0;
  /** Replicas applied to the deployment. */
  private replicas: number;
  private pa: PaState;
  private paSinceS: number;
  private proxy = true;
  private proxySinceS = 0;
  private scaleTargetInitialized = false;
  /** The first-request report already counted in this second (subtracted from the next sample). */
  private firstAdj = 0;

  constructor(config: KpaPolicyConfig) {
    const s: KpaSettings = { ...KNATIVE_DEFAULTS, ...config.settings };
    validateKpaSettings(s);
    this.settings = s;
    const { target } = resolveMetricTarget(s);
    this.label = `KPA (${s.metric}, target ${+target.toFixed(2)}/pod)`;
    this.containerConcurrency = s.containerConcurrency;
    // The revision starts at its initial scale, bounded like any decision.
    this.initialPods = Math.max(s.initialScale, s.minScale, 0);
    if (s.maxScale > 0) this.initialPods = Math.min(this.initialPods, s.maxScale);
    this.replicas = this.initialPods;
    this.pa = this.initialPods > 0 ? 'active' : 'inactive';
    this.paSinceS = this.initialPods > 0 ? 0 : Number.NEGATIVE_INFINITY;
    this.scaleTargetInitialized = this.initialPods >= Math.max(s.initialScale, s.minScale, 1);
    this.decider = new KpaDecider(deciderSpecFrom(s), this.initialPods, 0);
    this.stable = new TimedBuckets(s.stableWindowS);
    this.panic = new TimedBuckets(panicWindowS(s));
  }

  record(sample: SecondSample): void {
    let v = this.settings.metric === 'rps' ? sample.requests : sample.concurrency;
    // With no ready pod and nothing at the activator, the scraper and activator report nothing.
    if (sample.readyPods === 0 && v === 0 && sample.activatorQueued === 0) {
      this.firstAdj = 0;
      return;
    }
    v = Math.max(0, v - this.firstAdj);
    this.firstAdj = 0;
    this.stable.record(sample.nowS, v);
    this.panic.record(sample.nowS, v);
  }

  poke(nowS: number): boolean {
    if (this.desiredScale > 0) return false;
    this.stable.record(nowS, 1);
    this.panic.record(nowS, 1);
    this.firstAdj = 1;
    return true;
  }

  /** `activeThreshold`: ready pods needed to call the revision active. */
  private minReady(): number {
    const s = this.settings;
    return this.scaleTargetInitialized ? Math.max(s.minScale, 1) : Math.max(s.initialScale, s.minScale, 1);
  }

  decide(obs: PolicyObservation): PolicyDecision {
    const s = this.settings;
    const now = obs.nowS;
    // The collector has no data after a whole window without reports (unless TBC is −1, when
    // only the activator reports and there is no scrape target).
    const noData = this.stable.isEmpty(now) && s.targetBurstCapacity !== -1;
    const r = this.decider.scale({
      nowS: now,
      readyPods: obs.readyPods,
      stableValue: noData ? null : this.stable.windowAverage(now),
      panicValue: noData ? null : this.panic.windowAverage(now),
    });
    if (r.valid) {
      this.desiredScale = r.desiredPods;
      this.ebc = r.excessBurstCapacity;
    }
    const want = this.scale(now);
    // The activator leaves the path only with pods wanted and enough spare capacity.
    const proxy = !(want > 0 && this.ebc >= 0);
    if (proxy && !this.proxy) this.proxySinceS = now;
    this.proxy = proxy;
    this.computeActiveCondition(now, want, obs.readyPods);
    return { desiredPods: this.replicas, activatorInPath: this.proxy, panicking: this.decider.panicking };
  }

  /** `scaler.scale`: bounds, then scale to zero; returns the `want` kpa.go uses for the mode. */
  private scale(now: number): number {
    const s = this.settings;
    let desired = this.desiredScale;
    if (desired < 0 && this.pa !== 'activating') return desired;
    let min = s.minScale;
    if (s.initialScale > 1 && !this.scaleTargetInitialized) min = Math.max(min, s.initialScale);
    if (desired < min) desired = min;
    if (s.maxScale !== 0 && desired > s.maxScale) desired = s.maxScale;
    const [value, apply] = this.handleScaleToZero(now, desired);
    if (apply) this.replicas = value;
    return value;
  }

  private handleScaleToZero(now: number, desired: number): [number, boolean] {
    const s = this.settings;
    if (desired !== 0) return [desired, true];
    if (!s.enableScaleToZero) return [1, true];
    if (this.pa === 'activating') return [SCALE_UNKNOWN, false];
    if (this.pa === 'active') {
      // Keep one pod until the revision has been active for a stable window.
      if (now - this.paSinceS >= s.stableWindowS) return [0, false];
      return [1, true];
    }
    const inactiveFor = now - this.paSinceS;
    const retention = s.scaleToZeroPodRetentionPeriodS;
    if (inactiveFor >= Math.max(s.scaleToZeroGracePeriodS, retention)) return [0, true];
    if (retention > 0 && inactiveFor < retention) return [0, false];
    const proxyFor = this.proxy ? now - this.proxySinceS : 0;
    return [0, s.scaleToZeroGracePeriodS - proxyFor <= 0];
  }

  /** `computeActiveCondition`. */
  private computeActiveCondition(now: number, want: number, ready: number): void {
    const minReady = this.minReady();
    if (ready >= minReady) this.scaleTargetInitialized = true;
    const to = (st: PaState): void => {
      if (this.pa !== st) {
        this.pa = st;
        this.paSinceS = now;
      }
    };
    if (want === 0) to('inactive');
    else if (ready < minReady) {
      if (want > 0 || this.pa !== 'inactive') to('activating');
    } else if (want > 0 || this.pa !== 'inactive') to('active');
  }
}

export const createKpaPolicy = (config: PolicyConfig): ScalingPolicy => new KpaPolicy(config as KpaPolicyConfig);
