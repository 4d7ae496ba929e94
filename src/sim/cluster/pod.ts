/**
 * One vLLM replica at the level a router sees it: continuous batching with chunked prefill
 * under a token budget, an FCFS waiting queue, `--max-num-seqs`, a prefix cache of hashed
 * blocks (shared, reference-counted, LRU-evicted), optional CPU/storage tiers, and step times
 * from the calibrated cost model. Decodes are kept in aggregate (count, Σ context, a heap of
 * finish steps), so a step costs O(prefill chunks), not O(batch): fast enough for 16 replicas
 * over a simulated hour. The full per-request engine is src/sim/engine; the differences are
 * listed in docs/cluster-model.md.
 */
import { Deque } from '../core/deque.ts';
import { Heap } from '../core/heap.ts';
import type { PrefillAttnChunk } from '../cost/model/attention.ts';
import type { ResolvedDeployment } from './deployment.ts';
import { PodKvCache } from './podKvCache.ts';
import { type CpuTier, type StorageTier, tierLoadUs } from './tiers.ts';
import type { PodGauges, PodRole, PrefillSource } from './types.ts';

/** The cluster-wide state of one request that pods read and write. */
export interface ReqState {
  readonly id: string;
  readonly index: number;
  readonly arrivalUs: number;
  readonly promptTokens: number;
  readonly outputTokens: number;
  /** Full prompt blocks (the first `promptBlocks` entries of `hashes`). */
  readonly promptBlocks: number;
  /** Keys of the chained hashes of the prompt's full blocks, then of the output's full blocks. */
  readonly hashes: Int32Array;
  readonly group: number;
  readonly session: string | undefined;
  pod: number;
  prefillPod: number;
  firstTokenUs: number;
  finishUs: number;
  /** Prompt tokens served from HBM / CPU / storage on the pod that prefilled it. */
  hbmTokens: number;
  cpuTokens: number;
  storageTokens: number;
  loadUs: number;
  recomputeUs: number;
  transferUs: number;
  /** Uncached prompt tokens the router charged to a pod's in-flight load. */
  inflightTokens: number;
}

/** What a job does on this pod. */
export type JobKind =
  /** Aggregated: prefill, then decode here. */
  | 'full'
  /** P/D prefill side: prefill the prompt (max_tokens 1), then hand the KV over. */
  | 'prefill'
  /** P/D decode side: the KV arrived; compute the last prompt token, then decode. */
  | 'decode';

interface Job {
  readonly r: ReqState;
  readonly kind: JobKind;
  computed: number;
  readyUs: number;
  reserve: number;
  privateTokens: number;
  finishStep: number;
  /** The prompt blocks it holds (a reference on each). */
  held: Int32Array | null;
}

/** How a pod reports what happened to the cluster. */
export interface PodListener {
  onAdmitted(r: ReqState, pod: number, timeUs: number, source: PrefillSource | null): void;
  onFirstToken(r: ReqState, pod: number, timeUs: number): void;
  onFinished(r: ReqState, pod: number, timeUs: number): void;
  /** P/D: the prefill pod finished a prompt; its KV can move to the decode pod. */
  onPrefilled(r: ReqState, pod: number, timeUs: number): void;
}

/** A pod's counters for the run. */
export interface PodStats {
  /** Prompt tokens looked up in the prefix cache (`vllm:prefix_cache_queries`). */
  queries: number;
  /** Of those, found in HBM (`vllm:prefix_cache_hits`). */
  hits: number;
  cpuHits: number;
  storageHits: number;
  admitted: number;
  finished: number;
  prefilled: number;
  steps: number;
  busyUs: number;
}

export class Pod {
  readonly cache: PodKvCache;
  readonly stats: PodStats = { queries: 0, hits: 0, cpuHits: 0, storageHits: 0, admitted: 0, finished: 0, prefilled: 0, steps: 0, busyUs: 0 };
  /** Time of this pod's next event (its step end, or the end of a tier load); Infinity when idle. */
  nextEventUs = Infinity;

  private readonly waiting = new Deque<Job>();
  private prefilling: Job[] = [];
  private readonly finishHeap = new Heap<Job>((a, b) => a.finishStep < b.finishStep || (a.finishStep === b.finishStep && a.r.index < b.r.index));
  private decodes = 0;
  private ctxSum = 0;
  private decodeStep = 0;
  private privateTokens = 0;
  private busy = false;
  // The step in flight.
  private stepDecodes = 0;
  private readonly chunkJobs: Job[] = [];
  private readonly chunkTokens: number[] = [];
  private readonly chunks: { newTokens: number; cachedTokens: number }[] = [];
  private readonly load: { chunks: PrefillAttnChunk[]; emittingChunks: number; decodes: number; decodeContextSum: number; decodeContextMax: number } = {
    chunks: [],
    emittingChunks: 0,
    decodes: 0,
    decodeContextSum: 0,
    decodeContextMax: 0,
  };
  private readonly blockBytesPerGpu: number;
  private readonly found: Int32Array;

  constructor(
    readonly index: number,
    readonly name: string,
    readonly role: PodRole,
    readonly d: ResolvedDeployment,
    private readonly listener: PodListener,
    readonly cpu: CpuTier | null,
    readonly storage: StorageTier | null,
  ) {
    const spill = cpu ? (h: number) => cpu.lru.touch(h) : storage ? (h: number) => storage.lru.touch(h) : undefined;
    this.cache = new PodKvCache(d.numGpuBlocks, spill);
    this.blockBytesPerGpu = d.blockSize * d.kvBytesPerTokenPerGpu;
    this.found = new Int32Array(Math.ceil(d.maxModelLen / d.blockSize) + 1);
  }

  /** `vllm:num_requests_waiting` (admitted requests still loading from a tier count as running). */
  get numWaiting(): number {
    return this.waiting.size;
  }
  /** `vllm:num_requests_running`. */
  get numRunning(): number {
    return this.prefilling.length + this.decodes;
  }
  /** `vllm:kv_cache_usage_perc`: blocks in use ÷ usable blocks (cached-but-free count as free). */
  get kvCacheUsage(): number {
    const used = this.cache.pinned + Math.ceil(this.privateTokens / this.d.blockSize);
    return Math.min(1, used / this.cache.capacity);
  }
  gauges(): PodGauges {
    return { waiting: this.numWaiting, running: this.numRunning, kvCacheUsage: this.kvCacheUsage };
  }
  /** True when nothing is queued, running or in flight. */
  get idle(): boolean {
    return !this.busy && this.waiting.size === 0 && this.prefilling.length === 0 && this.decodes === 0;
  }

  /**
   * Queues a request at `timeUs`. An idle pod starts a step at once; a busy one considers it at
   * its next step (a request arriving mid-step waits for the step in flight, as in vLLM).
   */
  enqueue(r: ReqState, kind: JobKind, timeUs: number): void {
    this.waiting.pushBack({ r, kind, computed: 0, readyUs: 0, reserve: 0, privateTokens: 0, finishStep: 0, held: null });
    if (!this.busy) this.startStep(timeUs);
  }

  /** Handles this pod's event at `nextEventUs`: ends the step in flight and starts the next. */
  advance(): void {
    const t = this.nextEventUs;
    if (this.busy) this.endStep(t);
    this.startStep(t);
  }

  private admit(job: Job, now: number): boolean {
    const r = job.r;
    const bs = this.d.blockSize;
    const cache = this.cache;
    const P = r.promptBlocks;
    const tail = r.promptTokens - P * bs;
    const reserve = Math.ceil((tail + (job.kind === 'prefill' ? 1 : r.outputTokens)) / bs);
    // vLLM recomputes at least the last prompt token (it needs its logits).
    const maxHit = Math.min(P, Math.floor((r.promptTokens - 1) / bs));
    const scan = cache.scan(r.hashes, P, maxHit, this.found);
    // Blocks of the prompt not already in use cost space now (cached-but-free ones are free).
    const need = P - scan.inUse + reserve;
    if (need > cache.freeBlocks) return false;
    let source: PrefillSource | null = null;
    if (job.kind === 'decode') {
      job.computed = r.promptTokens - 1;
    } else {
      const hit = scan.hit;
      let cpuBlocks = 0;
      let storageBlocks = 0;
      let i = hit;
      if (this.cpu || this.storage) {
        for (; i < maxHit; i++) {
          const h = r.hashes[i] as number;
          if (this.cpu?.lru.has(h)) cpuBlocks++;
          else if (this.storage?.lru.has(h)) storageBlocks++;
          else break;
        }
      }
      let loadUs = 0;
      if (this.cpu && cpuBlocks > 0) loadUs += tierLoadUs(this.cpu.config, cpuBlocks, this.blockBytesPerGpu, this.d.tp);
      if (this.storage && storageBlocks > 0) loadUs += tierLoadUs(this.storage.config, storageBlocks, this.blockBytesPerGpu, this.d.tp);
      // Loaded blocks are read back and stay in their tier (most recently used there).
      for (let k = hit; k < i; k++) {
        const h = r.hashes[k] as number;
        if (this.cpu?.lru.has(h)) this.cpu.lru.touch(h);
        else this.storage?.lru.touch(h);
      }
      const loaded = (cpuBlocks + storageBlocks) * bs;
      job.computed = Math.min(r.promptTokens - 1, (hit + cpuBlocks + storageBlocks) * bs);
      job.readyUs = now + loadUs;
      const st = this.stats;
      st.queries += r.promptTokens;
      st.hits += hit * bs;
      st.cpuHits += cpuBlocks * bs;
      st.storageHits += storageBlocks * bs;
      r.hbmTokens = hit * bs;
      r.cpuTokens = cpuBlocks * bs;
      r.storageTokens = storageBlocks * bs;
      r.loadUs = loadUs;
      r.recomputeUs = loaded > 0 ? this.d.cost.prefillUs(loaded, this.d.maxNumBatchedTokens) : 0;
      source = { promptTokens: r.promptTokens, hbmTokens: r.hbmTokens, cpuTokens: r.cpuTokens, storageTokens: r.storageTokens, loadUs, recomputeUs: r.recomputeUs };
    }
    job.held = cache.acquire(r.hashes, P, this.found);
    cache.reserve(reserve);
    job.reserve = reserve;
    job.privateTokens = tail;
    this.privateTokens += tail;
    this.stats.admitted++;
    this.listener.onAdmitted(r, this.index, now, source);
    return true;
  }

  /** Schedules a prefill chunk of `job` in the step starting at `s`. @returns the budget left */
  private take(job: Job, s: number, budget: number): number {
    if (job.readyUs > s) return budget;
    const n = Math.min(job.r.promptTokens - job.computed, budget);
    if (n <= 0) return budget;
    this.chunkJobs.push(job);
    this.chunkTokens.push(n);
    return budget - n;
  }

  private startStep(s: number): void {
    let budget = this.d.maxNumBatchedTokens - this.decodes;
    const chunkJobs = this.chunkJobs;
    const chunkTokens = this.chunkTokens;
    if (chunkJobs.length > 0) {
      chunkJobs.length = 0;
      chunkTokens.length = 0;
    }
    let wake = Infinity;
    // Pure decode steps (the common case) skip the scheduling loops.
    if (this.prefilling.length > 0 || this.waiting.size > 0) {
      for (const job of this.prefilling) {
        if (budget <= 0) break;
        budget = this.take(job, s, budget);
      }
      while (this.waiting.size > 0 && budget > 0 && this.numRunning < this.d.maxNumSeqs) {
        const job = this.waiting.peekFront() as Job;
        if (!this.admit(job, s)) break;
        this.waiting.popFront();
        this.prefilling.push(job);
        budget = this.take(job, s, budget);
      }
      // Jobs still loading from a tier (not scheduled above) wake the pod when ready.
      for (const job of this.prefilling) if (job.readyUs > s) wake = Math.min(wake, job.readyUs);
    }
    if (chunkJobs.length === 0 && this.decodes === 0) {
      this.busy = false;
      this.nextEventUs = wake;
      return;
    }
    const load = this.load;
    const chunks = this.chunks;
    if (chunks.length !== chunkJobs.length) chunks.length = chunkJobs.length;
    let emitting = 0;
    for (let k = 0; k < chunkJobs.length; k++) {
      const job = chunkJobs[k] as Job;
      const n = chunkTokens[k] as number;
      const c = chunks[k] ?? (chunks[k] = { newTokens: 0, cachedTokens: 0 });
      c.newTokens = n;
      c.cachedTokens = job.computed;
      if (job.computed + n >= job.r.promptTokens) emitting++;
    }
    load.chunks = chunks;
    load.emittingChunks = emitting;
    load.decodes = this.decodes;
    load.decodeContextSum = this.ctxSum;
    // The longest context only matters for small batches (see docs/cluster-model.md).
    load.decodeContextMax = this.decodes <= 1 ? this.ctxSum : Math.min(this.ctxSum, (2 * this.ctxSum) / this.decodes);
    const dur = this.d.cost.stepUs(load);
    this.stepDecodes = this.decodes;
    this.busy = true;
    this.nextEventUs = s + dur;
    this.stats.steps++;
    this.stats.busyUs += dur;
  }

  private endStep(e: number): void {
    const B = this.stepDecodes;
    if (B > 0) {
      this.decodeStep++;
      this.ctxSum += B;
      this.privateTokens += B;
      for (let top = this.finishHeap.peek(); top && top.finishStep <= this.decodeStep; top = this.finishHeap.peek()) {
        this.finishHeap.pop();
        this.decodes--;
        this.ctxSum -= top.r.promptTokens + top.r.outputTokens;
        top.privateTokens += top.r.outputTokens - 1;
        this.finish(top, e);
      }
    }
    let completed = 0;
    for (let k = 0; k < this.chunkJobs.length; k++) {
      const job = this.chunkJobs[k] as Job;
      job.computed += this.chunkTokens[k] as number;
      if (job.computed < job.r.promptTokens) continue;
      completed++;
      const r = job.r;
      if (job.kind === 'prefill') {
        this.release(job);
        this.stats.prefilled++;
        this.listener.onPrefilled(r, this.index, e);
        continue;
      }
      this.listener.onFirstToken(r, this.index, e);
      job.privateTokens += 1;
      this.privateTokens += 1;
      if (r.outputTokens <= 1) {
        this.finish(job, e);
        continue;
      }
      this.decodes++;
      this.ctxSum += r.promptTokens + 1;
      job.finishStep = this.decodeStep + r.outputTokens - 1;
      this.finishHeap.push(job);
    }
    if (completed > 0) this.prefilling = this.prefilling.filter((j) => j.computed < j.r.promptTokens);
    this.busy = false;
  }

  private release(job: Job): void {
    if (job.held) this.cache.release(job.held);
    job.held = null;
    this.cache.unreserve(job.reserve);
    this.privateTokens -= job.privateTokens;
  }

  private finish(job: Job, e: number): void {
    this.release(job);
    // Full output blocks stay cached (a follow-up turn that quotes the answer hits them).
    const r = job.r;
    const fullBlocks = Math.min(r.hashes.length, Math.floor((r.promptTokens + r.outputTokens) / this.d.blockSize));
    if (fullBlocks > r.promptBlocks) this.cache.insertFree(r.hashes, r.promptBlocks, fullBlocks);
    this.stats.finished++;
    this.listener.onFinished(r, this.index, e);
  }
}
