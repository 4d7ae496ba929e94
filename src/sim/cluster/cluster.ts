/**
 * The cluster event loop: N replicas behind one router on one simulated clock. Events are
 * processed in time order — pod step ends first, then the EPP's metrics scrape, then arrivals
 * and finished KV transfers — so every routing decision sees exactly the state at its instant
 * (with pod metrics as of the last scrape, as in llm-d). Same config, workload and seed ⇒
 * the same run, event for event.
 */
import { Heap } from '../core/heap.ts';
import { Rng } from '../core/rng.ts';
import { us, type Micros } from '../core/units.ts';
import { BlockHasher } from './blockHashes.ts';
import { resolveDeployment, type ResolvedDeployment } from './deployment.ts';
import { computeClusterMetrics, type ClusterMetrics } from './metrics.ts';
import { kvTransferUs } from './pd.ts';
import { Pod, type PodListener, type ReqState } from './pod.ts';
import { ApproxPrefixIndex, resolvePrefixIndex } from './prefixIndex.ts';
import { BUILTIN_REGISTRY, type PluginRegistry } from './registry.ts';
import { Router } from './router.ts';
import { CpuTier, StorageTier } from './tiers.ts';
import type { ClusterConfig, ClusterEvent, ClusterRequestSpec, PodRole, PrefillSource, RoutingDecision, RoutingRequest } from './types.ts';

/** Options of a run. */
export interface ClusterRunOptions {
  /** Keep every event and routing decision (for the widget and tests). Off for bulk runs. */
  readonly record?: boolean;
  readonly registry?: PluginRegistry;
  /** Pods in the pool at the start (the first k); the rest join with `setPodActive`. Default: all. */
  readonly activePods?: number;
}

interface Pending {
  readonly at: number;
  readonly seq: number;
  /** A new request, or the end of a KV transfer to the decode pod. */
  readonly spec: ClusterRequestSpec | null;
  readonly r: ReqState | null;
}

/** Pod names as Kubernetes would show them in a Deployment. */
export function podName(role: PodRole, i: number): string {
  return role === 'prefill' ? `prefill-${i}` : role === 'decode' ? `decode-${i}` : `vllm-${i}`;
}

export class ClusterSim implements PodListener {
  readonly deployment: ResolvedDeployment;
  readonly pods: readonly Pod[];
  readonly router: Router;
  readonly index: ApproxPrefixIndex;
  /** Every request seen so far, in arrival order. */
  readonly requests: ReqState[] = [];
  /** Recorded events and decisions (empty unless `record`). */
  readonly events: ClusterEvent[] = [];
  readonly decisions: RoutingDecision[] = [];
  private readonly routing: RoutingRequest[] = [];
  private readonly heap = new Heap<Pending>((a, b) => a.at < b.at || (a.at === b.at && a.seq < b.seq));
  private readonly followUps = new Map<string, ClusterRequestSpec[]>();
  private readonly record: boolean;
  private readonly hasher: BlockHasher;
  /** The router's own hasher when its block size differs from the pods'. */
  private readonly indexHasher: BlockHasher | null;
  /** Requests that arrived while no pod was in the pool (an activator or gateway buffers them). */
  private readonly parked: { spec: ClusterRequestSpec; at: number }[] = [];
  private readonly activeFlags: boolean[];
  private seq = 0;
  private nowUs = 0;
  private nextScrapeUs = 0;
  private transfers = 0;

  /**
   * @param requests the workload; follow-ups (`after`) arrive when their predecessor finishes
   * @throws Error for a configuration the model cannot run (too many pods, unknown plugins…)
   */
  constructor(
    readonly config: ClusterConfig,
    requests: readonly ClusterRequestSpec[],
    opts: ClusterRunOptions = {},
  ) {
    if (!(config.pods >= 1)) throw new Error('a cluster needs at least one pod');
    if (config.prefillPods < 0 || (config.prefillPods > 0 && config.prefillPods >= config.pods)) {
      throw new Error(`prefillPods must leave at least one decode pod (pods ${config.pods}, prefill ${config.prefillPods})`);
    }
    this.record = opts.record ?? false;
    const d = resolveDeployment(config.deployment);
    this.deployment = d;
    this.hasher = new BlockHasher(d.blockSize);
    const rng = new Rng(config.seed);
    const storage = config.tiers.storage ? new StorageTier(config.tiers.storage, d.blockSize * d.kvBytesPerToken) : null;
    const roles: PodRole[] = [];
    const pods: Pod[] = [];
    for (let i = 0; i < config.pods; i++) {
      const role: PodRole = config.prefillPods === 0 ? 'prefill-decode' : i < config.prefillPods ? 'prefill' : 'decode';
      const ordinal = role === 'decode' ? i - config.prefillPods : i;
      const cpu = config.tiers.cpu ? new CpuTier(config.tiers.cpu, d.blockSize * d.kvBytesPerToken, storage) : null;
      roles.push(role);
      pods.push(new Pod(i, podName(role, ordinal), role, d, this, cpu, storage));
    }
    this.pods = pods;
    // With autoTune (llm-d's default) the index takes the pods' block size and num_gpu_blocks.
    const ix = resolvePrefixIndex(config.prefixIndex, { blockSize: d.blockSize, numGpuBlocks: d.numGpuBlocks });
    this.index = new ApproxPrefixIndex(config.pods, ix.lruCapacityBlocks, ix.blockSize, ix.maxBlocks);
    this.indexHasher = ix.blockSize === d.blockSize ? null : new BlockHasher(ix.blockSize);
    const k = Math.min(config.pods, Math.max(0, opts.activePods ?? config.pods));
    this.activeFlags = pods.map((_, i) => i < k);
    this.router = new Router(
      config.prefillPods > 0 && config.router.kind === 'epp' && !config.router.pd
        ? { ...config.router, pd: { type: 'always-disagg-pd-decider' } }
        : config.router,
      pods.map((p) => p.name),
      roles,
      this.index,
      rng.derive(1),
      opts.registry ?? BUILTIN_REGISTRY,
    );
    for (let i = k; i < config.pods; i++) this.router.setActive(i, false);
    for (const s of requests) {
      if (s.after) {
        const list = this.followUps.get(s.after.id);
        if (list) list.push(s);
        else this.followUps.set(s.after.id, [s]);
      } else this.heap.push({ at: s.arrivalUs, seq: this.seq++, spec: s, r: null });
    }
  }

  /** Whether pod `i` is in the pool (the router may pick it). */
  isActive(i: number): boolean {
    return this.activeFlags[i] ?? false;
  }

  /**
   * Adds a pod to the pool or takes it out. A pod taken out gets no new requests, finishes what
   * it holds, and is dropped from the router's prefix index (llm-d's `RemovePod`). Requests
   * buffered while the pool was empty are routed as soon as a pod joins.
   */
  setPodActive(i: number, active: boolean): void {
    if (i < 0 || i >= this.pods.length) throw new Error(`no pod ${i}`);
    if (this.activeFlags[i] === active) return;
    this.activeFlags[i] = active;
    this.router.setActive(i, active);
    if (!active) {
      this.index.removePod(i);
      return;
    }
    if (this.config.metricsRefreshUs > 0) this.scrape();
    const waiting = this.parked.splice(0);
    for (const p of waiting) this.arrive(p.spec, this.nowUs, p.at);
  }

  /** Requests waiting for a pod to join the pool. */
  get parkedRequests(): number {
    return this.parked.length;
  }

  /**
   * Adds a request during a run (a global router forwarding to this cluster). A follow-up
   * (`after`) waits for its predecessor, which must be submitted to the same cluster.
   * @throws Error when it would arrive in the past
   */
  submit(spec: ClusterRequestSpec): void {
    if (spec.after) {
      const list = this.followUps.get(spec.after.id);
      if (list) list.push(spec);
      else this.followUps.set(spec.after.id, [spec]);
      return;
    }
    if (spec.arrivalUs < this.nowUs) throw new Error(`request ${spec.id} arrives at ${spec.arrivalUs} µs, before the clock (${this.nowUs} µs)`);
    this.heap.push({ at: spec.arrivalUs, seq: this.seq++, spec, r: null });
  }

  /** The simulated clock, µs. */
  get now(): Micros {
    return us(this.nowUs);
  }

  /** Time of the next event, or Infinity when the run is over. */
  nextEventUs(): number {
    let t = Infinity;
    for (const p of this.pods) if (p.nextEventUs < t) t = p.nextEventUs;
    const top = this.heap.peek();
    if (top && top.at < t) t = top.at;
    if (t < Infinity && this.config.metricsRefreshUs > 0 && this.nextScrapeUs < t) t = this.nextScrapeUs;
    return t;
  }

  /** Processes the next event. @returns false when nothing is left */
  step(): boolean {
    let pi = -1;
    let tp = Infinity;
    const pods = this.pods;
    for (let i = 0; i < pods.length; i++) {
      const t = (pods[i] as Pod).nextEventUs;
      if (t < tp) {
        tp = t;
        pi = i;
      }
    }
    const top = this.heap.peek();
    const ta = top ? top.at : Infinity;
    if (tp === Infinity && ta === Infinity) return false;
    const every = this.config.metricsRefreshUs;
    const ts = every > 0 ? this.nextScrapeUs : Infinity;
    if (ts <= tp && ts <= ta) {
      this.nowUs = ts;
      this.scrape();
      this.nextScrapeUs = ts + every;
      return true;
    }
    if (tp <= ta) {
      this.nowUs = tp;
      (pods[pi] as Pod).advance();
      return true;
    }
    this.heap.pop();
    this.nowUs = ta;
    const p = top as Pending;
    if (p.spec) this.arrive(p.spec, ta);
    else if (p.r) (pods[p.r.pod] as Pod).enqueue(p.r, 'decode', ta);
    return true;
  }

  /** Runs every event up to and including `tUs`, then sets the clock to `tUs`. */
  runUntil(tUs: number): void {
    while (this.nextEventUs() <= tUs) this.step();
    if (tUs > this.nowUs && tUs < Infinity) this.nowUs = tUs;
  }

  /** Runs to the end: every request finished. */
  run(): this {
    while (this.step());
    return this;
  }

  /** True when nothing is running, queued or due. */
  get done(): boolean {
    return this.nextEventUs() === Infinity;
  }

  private scrape(): void {
    for (const p of this.pods) this.router.scrapePod(p.index, p.numWaiting, p.numRunning, p.kvCacheUsage);
  }

  private arrive(spec: ClusterRequestSpec, t: number, arrivedUs = t): void {
    if (!this.router.hasLivePods) {
      this.parked.push({ spec, at: arrivedUs });
      return;
    }
    const d = this.deployment;
    const bs = d.blockSize;
    let promptTokens = 0;
    for (const s of spec.prompt) promptTokens += s.tokens;
    if (promptTokens < 1 || promptTokens + spec.outputTokens > d.maxModelLen) {
      throw new Error(`request ${spec.id}: ${promptTokens} + ${spec.outputTokens} tokens do not fit --max-model-len ${d.maxModelLen}`);
    }
    // Prompt and output hashed as one stream: output continues the last segment's tokens.
    const last = spec.prompt[spec.prompt.length - 1];
    const seq = last ? [...spec.prompt.slice(0, -1), { seed: last.seed, tokens: last.tokens + spec.outputTokens }] : spec.prompt;
    const hashes = this.hasher.keys(seq, spec.prompt.length - 1, spec.loraId, spec.cacheSalt);
    const promptBlocks = Math.floor(promptTokens / bs);
    const r: ReqState = {
      id: spec.id,
      index: this.requests.length,
      arrivalUs: arrivedUs,
      promptTokens,
      outputTokens: spec.outputTokens,
      promptBlocks,
      hashes,
      group: spec.group ?? -1,
      session: spec.session,
      pod: -1,
      prefillPod: -1,
      firstTokenUs: -1,
      finishUs: -1,
      hbmTokens: 0,
      cpuTokens: 0,
      storageTokens: 0,
      loadUs: 0,
      recomputeUs: 0,
      transferUs: 0,
      inflightTokens: 0,
    };
    this.requests.push(r);
    const routeHashes = this.indexHasher ? this.indexHasher.keys(spec.prompt, spec.prompt.length - 1, spec.loraId, spec.cacheSalt) : hashes.subarray(0, promptBlocks);
    const req: RoutingRequest = { id: spec.id, promptTokens, hashes: routeHashes, session: spec.session };
    this.routing.push(req);
    if (this.record) this.events.push({ type: 'arrival', timeUs: us(arrivedUs), req: r.id, promptTokens, group: r.group });
    if (this.config.metricsRefreshUs === 0) this.scrape();
    const res = this.router.route(req, t, this.record);
    r.pod = res.pod;
    r.prefillPod = res.prefillPod;
    r.inflightTokens = res.uncachedTokens;
    this.predictedTokens += Math.min(promptTokens, res.predictedHitBlocks * this.index.blockSize);
    if (res.decision) {
      this.decisions.push(res.decision);
      this.events.push({ type: 'routed', timeUs: us(t), decision: res.decision });
    }
    if (res.prefillPod >= 0) (this.pods[res.prefillPod] as Pod).enqueue(r, 'prefill', t);
    else (this.pods[res.pod] as Pod).enqueue(r, 'full', t);
  }

  /** Σ tokens the router's index predicted as cached on the pod it picked. */
  predictedTokens = 0;

  /* ---- PodListener ---- */

  onAdmitted(r: ReqState, pod: number, timeUs: number, source: PrefillSource | null): void {
    if (this.record) this.events.push({ type: 'admitted', timeUs: us(timeUs), req: r.id, pod, source });
  }

  onFirstToken(r: ReqState, pod: number, timeUs: number): void {
    r.firstTokenUs = timeUs;
    if (r.prefillPod < 0) {
      this.router.releaseTokens(pod, r.inflightTokens);
      r.inflightTokens = 0;
    }
    if (this.record) this.events.push({ type: 'firstToken', timeUs: us(timeUs), req: r.id, pod, ttftUs: us(timeUs - r.arrivalUs) });
  }

  onFinished(r: ReqState, pod: number, timeUs: number): void {
    r.finishUs = timeUs;
    this.router.responseComplete(this.routing[r.index] as RoutingRequest, pod);
    if (this.record) this.events.push({ type: 'finished', timeUs: us(timeUs), req: r.id, pod, outputTokens: r.outputTokens });
    const next = this.followUps.get(r.id);
    if (!next) return;
    this.followUps.delete(r.id);
    for (const s of next) this.heap.push({ at: timeUs + (s.after?.delayUs ?? 0), seq: this.seq++, spec: s, r: null });
  }

  onPrefilled(r: ReqState, pod: number, timeUs: number): void {
    this.router.releaseTokens(pod, r.inflightTokens);
    r.inflightTokens = 0;
    const d = this.deployment;
    const dur = kvTransferUs(r.promptTokens, d.kvBytesPerTokenPerGpu, this.config.link);
    r.transferUs = dur;
    this.transfers++;
    if (this.record) {
      this.events.push({ type: 'prefilled', timeUs: us(timeUs), req: r.id, pod });
      this.events.push({ type: 'kvTransfer', timeUs: us(timeUs), req: r.id, from: pod, to: r.pod, durationUs: us(dur), bytes: r.promptTokens * d.kvBytesPerToken });
    }
    this.heap.push({ at: timeUs + dur, seq: this.seq++, spec: null, r });
  }

  /** Metrics over everything finished so far. */
  metrics(): ClusterMetrics {
    return computeClusterMetrics(this);
  }
}
