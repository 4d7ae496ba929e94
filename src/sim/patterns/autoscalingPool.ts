/**
 * The autoscaling pool (KServe InferenceService in Knative mode, scale to zero): the Knative Pod
 * Autoscaler of src/sim/autoscale decides the replica count every 2 s from the revision's
 * concurrency; new replicas become ready after a cold start; requests that arrive while no
 * replica is ready wait at the activator. GPU time counts only while a replica exists (cold
 * starting, ready or draining).
 */
import { KpaPolicy, type KpaSettings } from '../autoscale/index.ts';
import { ClusterSim } from '../cluster/cluster.ts';
import { clusterConfig } from '../cluster/config.ts';
import { routerConfig } from '../cluster/routerPresets.ts';
import type { RouterConfig } from '../cluster/types.ts';
import { cacheOf, outcomesOf } from './report.ts';
import { checkReplicas } from './staticPool.ts';
import { coldStartS, replicaAt } from './sizing.ts';
import type { PatternRun, PatternRunInput, PatternWorkload } from './types.ts';

type SlotState = 'off' | 'starting' | 'ready' | 'draining';

/** Options beyond the CLI's (anti-pattern cases and tests set them). */
export interface AutoscalingOptions {
  readonly tp: number;
  /** KPA settings replacing the pattern's (Knative defaults underneath). */
  readonly kpa?: Partial<KpaSettings>;
  /** Requests reach the pods through this router (Knative: plain load balancing). */
  readonly router?: RouterConfig;
  /** Replaces the cold start computed from the model size. */
  readonly coldStartS?: number;
}

/**
 * The concurrency target a replica is given (`autoscaling.knative.dev/target`), from the cost
 * model at the workload's nominal shape: the smaller of the largest decode batch whose step meets
 * the ITL objective, and the concurrency at which prefill saturates the replica (Little's law:
 * the rate it can prefill × a request's time in the system). Knative then aims at 70 % of it.
 */
export function concurrencyTarget(input: PatternRunInput, wl: PatternWorkload, tp: number): number {
  const d = replicaAt(input.modelId, input.gpuId, tp);
  const ctx = Math.round(wl.meanPromptTokens + wl.meanOutputTokens / 2);
  const stepMs = (b: number) => d.cost.stepUs({ chunks: [], emittingChunks: 0, decodes: b, decodeContextSum: b * ctx, decodeContextMax: ctx }) / 1000;
  let batch = 1;
  for (let b = 1; b <= d.maxNumSeqs && b * ctx <= d.kvCacheTokens; b++) {
    if (stepMs(b) > wl.slo.itlMs) break;
    batch = b;
  }
  const uncached = Math.max(1, Math.round(wl.meanPromptTokens * (1 - wl.sharedPromptShare)));
  const prefillS = d.cost.prefillUs(uncached, d.maxNumBatchedTokens) / 1e6;
  const inSystemS = prefillS + (wl.meanOutputTokens * stepMs(batch)) / 1000;
  return Math.max(1, Math.min(batch, Math.floor(inSystemS / prefillS)));
}

/** Runs the workload on a KPA-scaled pool of at most ⌊gpus ÷ tp⌋ replicas. */
export function runAutoscalingPool(input: PatternRunInput, wl: PatternWorkload, o: AutoscalingOptions): PatternRun {
  const maxPods = Math.floor(input.gpus / o.tp);
  checkReplicas(input, o.tp, maxPods);
  const target = concurrencyTarget(input, wl, o.tp);
  const settings: Partial<KpaSettings> = { target, minScale: 0, maxScale: maxPods, ...o.kpa };
  const policy = new KpaPolicy({ kind: 'kpa', settings });
  const d = replicaAt(input.modelId, input.gpuId, o.tp);
  const init = Math.min(maxPods, policy.initialPods);
  const sim = new ClusterSim(
    clusterConfig({ seed: input.seed, deployment: d, pods: maxPods, router: o.router ?? routerConfig('round-robin') }),
    wl.requests,
    { activePods: init },
  );
  const cold = o.coldStartS ?? coldStartS(input.modelId);
  const state: SlotState[] = Array.from({ length: maxPods }, (_, i) => (i < init ? 'ready' : 'off'));
  const readyAt: number[] = new Array<number>(maxPods).fill(Infinity);
  let gpuSeconds = 0;
  let podSeconds = 0;
  let peak = init;
  let coldStarts = 0;
  let scaleEvents = 0;
  let lastArrivals = 0;
  let lastT: number;
  const count = (s: SlotState) => state.filter((x) => x === s).length;

  const apply = (desired: number, nowS: number): void => {
    let current = count('starting') + count('ready');
    if (desired !== current) scaleEvents++;
    for (let i = 0; i < maxPods && current < desired; i++) {
      if (state[i] !== 'off') continue;
      state[i] = 'starting';
      readyAt[i] = nowS + cold;
      coldStarts++;
      current++;
    }
    // Scale down: cancel cold starts first (newest first), then drain ready replicas.
    for (let i = maxPods - 1; i >= 0 && current > desired; i--) {
      if (state[i] !== 'starting') continue;
      state[i] = 'off';
      readyAt[i] = Infinity;
      current--;
    }
    for (let i = maxPods - 1; i >= 0 && current > desired; i--) {
      if (state[i] !== 'ready') continue;
      state[i] = 'draining';
      sim.setPodActive(i, false);
      current--;
    }
  };

  for (let t = 1; ; t++) {
    lastT = t;
    // Replicas finishing their cold start inside this second join at their exact instant.
    const joining = readyAt
      .map((at, i) => ({ at, i }))
      .filter((x) => x.at <= t && state[x.i] === 'starting')
      .sort((a, b) => a.at - b.at || a.i - b.i);
    for (const { at, i } of joining) {
      sim.runUntil(at * 1e6);
      state[i] = 'ready';
      readyAt[i] = Infinity;
      sim.setPodActive(i, true);
    }
    sim.runUntil(t * 1e6);
    for (let i = 0; i < maxPods; i++) if (state[i] === 'draining' && sim.pods[i]?.idle) state[i] = 'off';
    const existing = maxPods - count('off');
    gpuSeconds += existing * o.tp;
    podSeconds += existing;
    peak = Math.max(peak, existing);
    const ready = count('ready');
    let inflight = 0;
    for (let i = 0; i < maxPods; i++) inflight += sim.router.inflightRequests[i] as number;
    const parked = sim.parkedRequests;
    const arrived = sim.requests.length + parked;
    policy.record({ nowS: t, concurrency: inflight + parked, requests: arrived - lastArrivals, readyPods: ready, activatorQueued: parked, pods: [] });
    lastArrivals = arrived;
    const obs = { nowS: t, readyPods: ready, currentPods: ready + count('starting') };
    if (t % policy.decisionIntervalS === 0 || (parked > 0 && ready === 0 && policy.poke(t))) apply(policy.decide(obs).desiredPods, t);
    const busy = !sim.done || parked > 0 || state.some((s) => s === 'starting' || s === 'draining');
    if (t >= input.durationS && !busy) break;
    if (t > input.durationS + 36_000) throw new Error('the autoscaling pool did not drain within 10 h after the last arrival');
  }
  const outcomes = outcomesOf(sim);
  return {
    outcomes,
    cache: cacheOf([sim]),
    gpuSeconds,
    runS: lastT,
    tp: o.tp,
    replicas: peak,
    meanReplicas: podSeconds / lastT,
    extras: {
      max_replicas: maxPods,
      cold_starts: coldStarts,
      cold_start_s: Math.round(cold * 10) / 10,
      kpa_target_concurrency: target,
      scale_changes: scaleEvents,
    },
    notes: [
      `Knative KPA (knative-v1.23.0 decider) with min-scale 0, max-scale ${maxPods}, target ${target} concurrent requests per replica (what one replica holds within the ITL objective and its prefill rate, by the cost model; Knative aims at 70 % of it)`,
      `cold start ${cold.toFixed(0)} s: scheduling, weights from a LocalModelCache at 2 GB/s, torch.compile, CUDA graphs, readiness probe (runtime image already on the node)`,
      'metrics are sampled at each second boundary (Knative averages over the second); requests go round robin over ready replicas, as through the Knative activator and queue-proxy',
    ],
  };
}
