/**
 * The autoscaling model: a KServe InferenceService serving LLM requests under one scaling
 * policy, event by event on one clock. Each second the revision's metrics are sampled and fed
 * to the policy; every decision interval the policy's replica count is applied (pods cold-start
 * or drain); requests go through the activator while it is in the path and wait there while no
 * pod can take them. Deterministic: the same config and seed give the same run.
 */
import { Heap } from '../core/heap.ts';
import { quantile } from '../core/quantiles.ts';
import { PodCluster, inFlight, type SimPod, type SimRequest } from './cluster.ts';
import { storageProfileFor } from './coldStart.ts';
import { resolveAutoscaleConfig } from './config.ts';
import { podCapacity } from './podCapacity.ts';
import type { PolicyFactory } from './policies/policy.ts';
import { BUILTIN_POLICIES, createPolicy } from './policies/registry.ts';
import { generateArrivals } from './traffic.ts';
import type { AutoscaleConfigInput, AutoscaleResult, PolicyDecision, TickSample } from './types.ts';

interface Ev {
  readonly t: number;
  /** 0 = request done, 1 = pod ready: both before arrivals at the same instant. */
  readonly kind: 0 | 1;
  readonly seq: number;
  readonly pod: SimPod;
  readonly req: SimRequest | null;
}

/**
 * Runs one configuration.
 * @throws Error naming the field when the configuration is invalid
 * @example simulateAutoscaling({ traffic: { shape: 'from-zero', rps: 2, startAtS: 60, promptTokens: 512, outputTokens: 256 }, policy: { kind: 'kpa', settings: { target: 8 } } })
 */
export function simulateAutoscaling(input: AutoscaleConfigInput, registry: Readonly<Record<string, PolicyFactory>> = BUILTIN_POLICIES): AutoscaleResult {
  const config = resolveAutoscaleConfig(input);
  const { traffic, durationS } = config;
  const cap = podCapacity(config.pod, traffic.promptTokens, traffic.outputTokens);
  const policy = createPolicy(config.policy, registry);
  const cluster = new PodCluster(config.coldStart, cap, storageProfileFor(config.coldStart.storageUri).source === 'local-cache');
  const arrivals = generateArrivals(traffic, durationS, config.seed);

  const events = new Heap<Ev>((a, b) => a.t < b.t || (a.t === b.t && (a.kind < b.kind || (a.kind === b.kind && a.seq < b.seq))));
  let seq = 0;
  const buffer: SimRequest[] = [];
  let bufferHead = 0;
  const buffered = (): number => buffer.length - bufferHead;
  let decision: PolicyDecision = { desiredPods: policy.initialPods, activatorInPath: policy.kind === 'kpa', panicking: false };
  let rr = 0;

  // Concurrency integral for the per-second average the queue-proxies and activator report.
  let inFlightNow = 0;
  let lastT = 0;
  let integral = 0;
  const advance = (t: number): void => {
    integral += inFlightNow * (t - lastT);
    lastT = t;
  };

  const ttfts: number[] = [];
  const pendingFirst = new Heap<[number, number]>((a, b) => a[0] < b[0]);
  const recent: [number, number][] = [];
  let completed = 0;

  /** Round robin over serving pods; the activator (`viaActivator`) skips pods at `containerConcurrency`. */
  const pickPod = (viaActivator: boolean): SimPod | null => {
    const pods = cluster.serving();
    const cc = viaActivator ? policy.containerConcurrency : 0;
    for (let i = 0; i < pods.length; i++) {
      const p = pods[(rr + i) % pods.length] as SimPod;
      if (cc === 0 || inFlight(p) < cc) {
        rr = (rr + i + 1) % pods.length;
        return p;
      }
    }
    return null;
  };

  const start = (pod: SimPod, req: SimRequest, now: number): void => {
    cluster.run(pod, req);
    req.itlS = cap.decodeStepS(pod.running.length);
    req.firstTokenS = now + cap.prefillS(req.promptTokens);
    const ttft = req.firstTokenS - req.arrivalS;
    ttfts.push(ttft);
    pendingFirst.push([req.firstTokenS, ttft]);
    events.push({ t: req.firstTokenS + (req.outputTokens - 1) * req.itlS, kind: 0, seq: seq++, pod, req });
  };

  const toPod = (pod: SimPod, req: SimRequest, now: number): void => {
    if (pod.running.length < cap.slots) start(pod, req, now);
    else pod.queue.pushBack(req);
  };

  const dispatchBuffered = (now: number): void => {
    while (buffered() > 0) {
      const pod = pickPod(true);
      if (!pod) break;
      toPod(pod, buffer[bufferHead++] as SimRequest, now);
    }
    if (bufferHead > 1024 && bufferHead * 2 > buffer.length) {
      buffer.splice(0, bufferHead);
      bufferHead = 0;
    }
  };

  const apply = (d: PolicyDecision, now: number): void => {
    decision = d;
    const active = cluster.active().length;
    if (d.desiredPods > active) {
      for (let i = active; i < d.desiredPods; i++) {
        const pod = cluster.createPod(now, false);
        events.push({ t: pod.readyAtS, kind: 1, seq: seq++, pod, req: null });
      }
    } else if (d.desiredPods < active) {
      for (const p of cluster.victims(active - d.desiredPods)) cluster.remove(p, now);
    }
    dispatchBuffered(now);
  };

  const decide = (now: number): void => {
    const readyPods = cluster.serving().length;
    const d = policy.decide({ nowS: now, readyPods, currentPods: cluster.active().length });
    if (d.panicking) panicTicks++;
    apply(d, now);
  };
  let panicTicks = 0;

  const handle = (e: Ev): void => {
    advance(e.t);
    const pod = e.pod;
    if (e.kind === 1) {
      if (pod.endS === null && !pod.draining) {
        cluster.markReady(pod);
        dispatchBuffered(e.t);
      }
      return;
    }
    const req = e.req as SimRequest;
    cluster.finish(pod, req);
    completed++;
    inFlightNow--;
    const next = pod.queue.popFront();
    if (next) start(pod, next, e.t);
    if (pod.draining && inFlight(pod) === 0) cluster.end(pod, e.t);
    if (buffered() > 0) dispatchBuffered(e.t);
  };

  let ai = 0;
  let arrivalsThisSecond = 0;
  let arrivalsThisSample = 0;
  let maxQueued = 0;
  let maxPods = 0;

  const arrive = (a: (typeof arrivals)[number]): void => {
    advance(a.arrivalS);
    inFlightNow++;
    arrivalsThisSecond++;
    arrivalsThisSample++;
    const req: SimRequest = { ...a, firstTokenS: Number.NaN, itlS: Number.NaN, runIdx: -1 };
    const anyReady = cluster.serving().length > 0;
    if (decision.activatorInPath || !anyReady) {
      // The first request at zero makes the activator report at once and the autoscaler re-decide.
      if (!anyReady && buffered() === 0 && policy.poke(a.arrivalS)) decide(a.arrivalS);
      buffer.push(req);
      dispatchBuffered(a.arrivalS);
    } else {
      // Straight to a pod through the Kubernetes service; beyond containerConcurrency its queue-proxy queues.
      toPod(pickPod(false) as SimPod, req, a.arrivalS);
    }
    maxQueued = Math.max(maxQueued, buffered());
  };

  for (let i = 0; i < policy.initialPods; i++) cluster.createPod(0, true);
  const samples: TickSample[] = [];

  for (let s = 0; s <= durationS; s++) {
    for (;;) {
      const e = events.peek();
      const a = arrivals[ai];
      const te = e ? e.t : Number.POSITIVE_INFINITY;
      const ta = a ? a.arrivalS : Number.POSITIVE_INFINITY;
      if (Math.min(te, ta) > s) break;
      if (te <= ta) handle(events.pop() as Ev);
      else {
        ai++;
        arrive(a as (typeof arrivals)[number]);
      }
    }
    advance(s);
    if (s > 0) {
      policy.record({
        nowS: s,
        concurrency: integral,
        requests: arrivalsThisSecond,
        readyPods: cluster.serving().length,
        activatorQueued: buffered(),
        pods: cluster.gauges(s),
      });
    }
    integral = 0;
    arrivalsThisSecond = 0;
    if (s % policy.decisionIntervalS === 0) decide(s);
    maxPods = Math.max(maxPods, cluster.active().length);
    if (s % config.sampleIntervalS === 0) {
      for (let top = pendingFirst.peek(); top && top[0] <= s; top = pendingFirst.peek()) recent.push(pendingFirst.pop() as [number, number]);
      while (recent.length > 0 && (recent[0] as [number, number])[0] <= s - config.latencyWindowS) recent.shift();
      const win = recent.map((r) => r[1]);
      const active = cluster.active();
      samples.push({
        t: s,
        arrivals: arrivalsThisSample,
        desiredPods: decision.desiredPods,
        readyPods: active.filter((p) => p.ready).length,
        pods: active.length,
        panicking: decision.panicking,
        activatorInPath: decision.activatorInPath,
        activatorQueued: buffered(),
        podQueued: active.reduce((n, p) => n + p.queue.size, 0),
        ttftP50: win.length ? quantile(win, 0.5) : null,
        ttftP99: win.length ? quantile(win, 0.99) : null,
        gpuHours: cluster.gpuHours(s),
      });
      arrivalsThisSample = 0;
    }
  }

  const firstCold = cluster.pods.find((p) => p.phases.length > 0 && p.ready);
  const q = (p: number): number => (ttfts.length ? quantile(ttfts, p) : Number.NaN);
  return {
    config,
    capacity: { label: cap.label, slots: cap.slots, kvCacheTokens: cap.kvCacheTokens, modelGB: cap.modelBytes / 1e9 },
    samples,
    pods: cluster.records(),
    summary: {
      policy: policy.label,
      requests: arrivals.length,
      completed,
      ttftP50: q(0.5),
      ttftP90: q(0.9),
      ttftP99: q(0.99),
      ttftMax: ttfts.length ? ttfts.reduce((m, x) => Math.max(m, x), 0) : Number.NaN,
      gpuHours: cluster.gpuHours(durationS),
      maxPods,
      maxActivatorQueued: maxQueued,
      panicSeconds: panicTicks * policy.decisionIntervalS,
      firstColdStartS: firstCold ? firstCold.readyAtS - firstCold.createdS : null,
    },
  };
}
