/**
 * The GPU nodes and predictor pods of one InferenceService: placement (provisioning a node when
 * none has a free GPU), cold starts, the requests each pod runs and queues, draining on scale-down.
 */
import { Deque } from '../core/deque.ts';
import { coldStartPhases, type NodeCache } from './coldStart.ts';
import type { PodCapacity } from './podCapacity.ts';
import type { ColdStartConfig, ColdStartPhase, PodRecord } from './types.ts';

/** A request inside the model. */
export interface SimRequest {
  readonly id: number;
  readonly arrivalS: number;
  readonly promptTokens: number;
  readonly outputTokens: number;
  /** Set when it starts on a pod. */
  firstTokenS: number;
  itlS: number;
  /** Index in its pod's `running` list (for O(1) removal). */
  runIdx: number;
}

export interface SimNode {
  readonly id: number;
  readonly readyAtS: number;
  usedGpus: number;
  readonly cache: NodeCache;
}

export interface SimPod {
  readonly id: number;
  readonly node: SimNode;
  readonly createdS: number;
  readonly phases: readonly ColdStartPhase[];
  readonly readyAtS: number;
  ready: boolean;
  draining: boolean;
  drainS: number | null;
  endS: number | null;
  readonly running: SimRequest[];
  readonly queue: Deque<SimRequest>;
  served: number;
}

/** Requests a pod holds (running + waiting in vLLM's queue). */
export const inFlight = (p: SimPod): number => p.running.length + p.queue.size;

/** Tokens of KV a running request holds at `nowS`: its prompt and what it has generated. */
function kvTokens(r: SimRequest, nowS: number): number {
  const generated = nowS < r.firstTokenS ? 0 : Math.min(r.outputTokens, 1 + Math.floor((nowS - r.firstTokenS) / r.itlS));
  return r.promptTokens + generated;
}

/** The pods and nodes, with the bookkeeping the simulator needs. */
export class PodCluster {
  readonly nodes: SimNode[] = [];
  readonly pods: SimPod[] = [];
  private endedGpuSeconds = 0;

  constructor(
    private readonly cold: ColdStartConfig,
    private readonly cap: PodCapacity,
    localModel: boolean,
  ) {
    for (let i = 0; i < cold.initialNodes; i++) this.addNode(Number.NEGATIVE_INFINITY, cold.imageCachedOnInitialNodes, localModel);
  }

  private addNode(readyAtS: number, imageCached: boolean, modelCached: boolean): SimNode {
    const node: SimNode = {
      id: this.nodes.length,
      readyAtS,
      usedGpus: 0,
      cache: { imageAtS: imageCached ? Number.NEGATIVE_INFINITY : null, modelAtS: modelCached ? Number.NEGATIVE_INFINITY : null },
    };
    this.nodes.push(node);
    return node;
  }

  /** A node with room for one more pod: running nodes first, then ones being provisioned, else a new one. */
  private place(nowS: number, warm: boolean): SimNode {
    const tp = this.cap.gpusPerPod;
    const fits = (n: SimNode): boolean => this.cold.gpusPerNode - n.usedGpus >= tp;
    const node =
      this.nodes.find((n) => n.readyAtS <= nowS && fits(n)) ??
      this.nodes.find(fits) ??
      (warm ? this.addNode(Number.NEGATIVE_INFINITY, this.cold.imageCachedOnInitialNodes, false) : this.addNode(nowS + this.cold.nodeProvisioningS, false, false));
    node.usedGpus += tp;
    return node;
  }

  /** Creates a pod: `warm` = ready at once (the pods that exist at t = 0). */
  createPod(nowS: number, warm: boolean): SimPod {
    const node = this.place(nowS, warm);
    const phases = warm ? [] : coldStartPhases(this.cold, this.cap.modelBytes, node.cache, Math.max(nowS, node.readyAtS), nowS);
    const last = phases[phases.length - 1];
    const pod: SimPod = {
      id: this.pods.length,
      node,
      createdS: nowS,
      phases,
      readyAtS: last ? last.startS + last.durationS : nowS,
      ready: warm,
      draining: false,
      drainS: null,
      endS: null,
      running: [],
      queue: new Deque<SimRequest>(),
      served: 0,
    };
    this.pods.push(pod);
    this.changed();
    return pod;
  }

  private activeCache: SimPod[] | null = null;
  private servingCache: SimPod[] | null = null;
  private changed(): void {
    this.activeCache = null;
    this.servingCache = null;
  }

  /** Pods that exist and are not leaving (do not modify the array). */
  active(): readonly SimPod[] {
    this.activeCache ??= this.pods.filter((p) => p.endS === null && !p.draining);
    return this.activeCache;
  }

  /** Pods that take new requests (do not modify the array). */
  serving(): readonly SimPod[] {
    this.servingCache ??= this.active().filter((p) => p.ready);
    return this.servingCache;
  }

  markReady(p: SimPod): void {
    p.ready = true;
    this.changed();
  }

  /** Starts a request on a pod (the caller checked there is a free slot). */
  run(p: SimPod, r: SimRequest): void {
    r.runIdx = p.running.length;
    p.running.push(r);
  }

  /** A request finished on its pod. */
  finish(p: SimPod, r: SimRequest): void {
    const last = p.running.pop() as SimRequest;
    if (last !== r) {
      p.running[r.runIdx] = last;
      last.runIdx = r.runIdx;
    }
    p.served++;
  }

  end(p: SimPod, nowS: number): void {
    if (p.endS !== null) return;
    this.changed();
    p.endS = nowS;
    p.node.usedGpus -= this.cap.gpusPerPod;
    this.endedGpuSeconds += (nowS - p.createdS) * this.cap.gpusPerPod;
  }

  /** Marks a pod as leaving: a starting pod goes at once, a ready one after its requests finish. */
  remove(p: SimPod, nowS: number): void {
    p.draining = true;
    p.drainS = nowS;
    this.changed();
    if (!p.ready || inFlight(p) === 0) this.end(p, nowS);
  }

  /** Which pods a scale-down removes: starting pods first (newest first), then the least busy (newest first). */
  victims(n: number): SimPod[] {
    const cands = [...this.active()].sort((a, b) => Number(a.ready) - Number(b.ready) || (a.ready ? inFlight(a) - inFlight(b) : 0) || b.id - a.id);
    return cands.slice(0, n);
  }

  gpuHours(nowS: number): number {
    let s = this.endedGpuSeconds;
    for (const p of this.pods) if (p.endS === null) s += (nowS - p.createdS) * this.cap.gpusPerPod;
    return s / 3600;
  }

  /** vLLM's gauges of each serving pod. */
  gauges(nowS: number): { numRequestsRunning: number; numRequestsWaiting: number; kvCacheUsagePerc: number }[] {
    return this.pods
      .filter((p) => p.endS === null && p.ready)
      .map((p) => ({
        numRequestsRunning: p.running.length,
        numRequestsWaiting: p.queue.size,
        kvCacheUsagePerc: Math.min(1, p.running.reduce((s, r) => s + kvTokens(r, nowS), 0) / this.cap.kvCacheTokens),
      }));
  }

  records(): PodRecord[] {
    return this.pods.map((p) => ({
      id: p.id,
      node: p.node.id,
      createdS: p.createdS,
      phases: p.phases,
      readyS: p.ready ? p.readyAtS : null,
      drainS: p.drainS,
      endS: p.endS,
      served: p.served,
    }));
  }
}
