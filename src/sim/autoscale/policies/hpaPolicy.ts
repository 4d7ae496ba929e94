/**
 * HPA (KServe Standard mode, `autoscalerClass: hpa` with a custom metric) and KEDA
 * (`autoscalerClass: keda`, Prometheus trigger) on vLLM metrics. Both read Prometheus, which
 * scrapes the pods every `scrapeIntervalS`; neither has an activator, so both keep at least
 * one replica (Standard mode cannot scale an HTTP service from zero).
 */
import type { HpaBehavior, HpaPolicyConfig, KedaPolicyConfig, PolicyConfig, PolicyDecision, PolicyObservation, SecondSample, VllmScalingMetric } from '../types.ts';
import { HPA_DEFAULTS, HpaController, externalPerPodReplicas, podsMetricReplicas } from './hpaController.ts';
import type { ScalingPolicy } from './policy.ts';

/** Prometheus scrape interval for the pods (estimate: a common ServiceMonitor setting). */
export const DEFAULT_SCRAPE_INTERVAL_S = 15;
/** KEDA ScaledObject `pollingInterval` default. */
export const KEDA_DEFAULT_POLLING_S = 30;

const METRIC_NAMES: Record<VllmScalingMetric, string> = {
  num_requests_waiting: 'vllm:num_requests_waiting',
  num_requests_running: 'vllm:num_requests_running',
  kv_cache_usage_perc: 'vllm:kv_cache_usage_perc',
};

function pick(p: SecondSample['pods'][number], m: VllmScalingMetric): number {
  return m === 'num_requests_waiting' ? p.numRequestsWaiting : m === 'num_requests_running' ? p.numRequestsRunning : p.kvCacheUsagePerc;
}

function checkCommon(c: HpaPolicyConfig | KedaPolicyConfig): void {
  if (!(c.metric in METRIC_NAMES)) throw new Error(`policy.metric: must be one of ${Object.keys(METRIC_NAMES).join(', ')} (got ${JSON.stringify(c.metric)})`);
  if (!(c.target > 0)) throw new Error(`policy.target: must be > 0 (got ${String(c.target)})`);
  if (!Number.isInteger(c.minReplicas) || c.minReplicas < 1) {
    throw new Error(`policy.minReplicas: must be an integer ≥ 1 (got ${String(c.minReplicas)}); scaling from zero needs an activator (use the KPA)`);
  }
  if (!Number.isInteger(c.maxReplicas) || c.maxReplicas < c.minReplicas) throw new Error(`policy.maxReplicas: must be an integer ≥ minReplicas (got ${String(c.maxReplicas)})`);
  const si = c.scrapeIntervalS ?? DEFAULT_SCRAPE_INTERVAL_S;
  if (!Number.isInteger(si) || si < 1) throw new Error(`policy.scrapeIntervalS: must be a whole number of seconds ≥ 1 (got ${String(si)})`);
}

/** What Prometheus holds from its last scrape of the pods. */
class Scrape {
  values: number[] = [];
  constructor(private readonly intervalS: number) {}
  record(s: SecondSample, m: VllmScalingMetric): void {
    if (s.nowS % this.intervalS === 0) this.values = s.pods.map((p) => pick(p, m));
  }
}

abstract class HpaBase implements ScalingPolicy {
  abstract readonly kind: 'hpa' | 'keda';
  abstract readonly label: string;
  readonly decisionIntervalS: number;
  readonly initialPods: number;
  readonly containerConcurrency = 0;
  protected readonly scrape: Scrape;
  protected readonly hpa: HpaController;
  protected replicas: number;

  constructor(protected readonly c: HpaPolicyConfig | KedaPolicyConfig, syncPeriodS: number) {
    checkCommon(c);
    this.decisionIntervalS = syncPeriodS;
    this.initialPods = c.minReplicas;
    this.replicas = c.minReplicas;
    this.scrape = new Scrape(c.scrapeIntervalS ?? DEFAULT_SCRAPE_INTERVAL_S);
    const behavior: HpaBehavior = { ...HPA_DEFAULTS.behavior, ...c.behavior };
    this.hpa = new HpaController(c.minReplicas, c.maxReplicas, behavior);
  }

  record(s: SecondSample): void {
    this.scrape.record(s, this.c.metric);
  }

  protected abstract proposal(obs: PolicyObservation): number;

  decide(obs: PolicyObservation): PolicyDecision {
    this.replicas = this.hpa.normalize(obs.nowS, this.replicas, this.proposal(obs));
    return { desiredPods: this.replicas, activatorInPath: false, panicking: false };
  }

  poke(): boolean {
    return false;
  }
}

/** HPA on the per-pod average of a vLLM metric. */
export class HpaPolicy extends HpaBase {
  readonly kind = 'hpa' as const;
  readonly label: string;
  private readonly tolerance: number;

  constructor(c: HpaPolicyConfig) {
    super(c, c.syncPeriodS ?? HPA_DEFAULTS.syncPeriodS);
    this.tolerance = c.tolerance ?? HPA_DEFAULTS.tolerance;
    this.label = `HPA (${METRIC_NAMES[c.metric]} ${c.target}/pod)`;
  }

  protected proposal(obs: PolicyObservation): number {
    const values = this.scrape.values;
    return podsMetricReplicas(this.replicas, values, Math.max(0, obs.currentPods - values.length), this.c.target, this.tolerance);
  }
}

/** KEDA: the HPA on an External metric, Σ over pods from a Prometheus query, AverageValue target. */
export class KedaPolicy extends HpaBase {
  readonly kind = 'keda' as const;
  readonly label: string;
  private readonly pollingS: number;
  private cached = 0;
  private lastPollS = Number.NEGATIVE_INFINITY;

  constructor(private readonly k: KedaPolicyConfig) {
    super(k, HPA_DEFAULTS.syncPeriodS);
    this.pollingS = k.pollingIntervalS ?? KEDA_DEFAULT_POLLING_S;
    if (!(this.pollingS >= 1)) throw new Error(`policy.pollingIntervalS: must be ≥ 1 (got ${String(k.pollingIntervalS)})`);
    this.label = `KEDA (sum(${METRIC_NAMES[k.metric]}) ${k.target}/replica)`;
  }

  override record(s: SecondSample): void {
    super.record(s);
    if (s.nowS - this.lastPollS >= this.pollingS) {
      this.lastPollS = s.nowS;
      this.cached = this.total();
    }
  }

  private total(): number {
    return this.scrape.values.reduce((a, b) => a + b, 0);
  }

  protected proposal(): number {
    // Without useCachedMetrics the HPA's request makes KEDA query Prometheus now.
    const total = this.k.useCachedMetrics ? this.cached : this.total();
    return externalPerPodReplicas(this.replicas, total, this.k.target, HPA_DEFAULTS.tolerance);
  }
}

export const createHpaPolicy = (c: PolicyConfig): ScalingPolicy => new HpaPolicy(c as HpaPolicyConfig);
export const createKedaPolicy = (c: PolicyConfig): ScalingPolicy => new KedaPolicy(c as KedaPolicyConfig);
