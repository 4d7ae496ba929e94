/**
 * One vLLM engine core: `step()` = schedule → execute (priced by the cost model) →
 * update_from_output, on a simulated clock. Steppable one step at a time for widgets, or run
 * to completion headless. Same config and requests ⇒ the same event stream.
 */
import type { PrefillChunk, StepShape } from '../costModel.ts';
import { draftCostRatio, draftStepUs } from '../cost/draftCost.ts';
import { loraStepExtraUs } from '../cost/loraCost.ts';
import { Heap } from '../core/heap.ts';
import type { Micros } from '../core/units.ts';
import { CachingMetrics } from './cachingMetrics.ts';
import { resolveEngineConfig } from './config.ts';
import { ContiguousAllocator } from './contiguousAllocator.ts';
import { EventSink } from './events.ts';
import type { KvAllocator } from './kvAllocator.ts';
import { KVCacheManager } from './kvCacheManager.ts';
import { AdapterManager } from './lora/adapterManager.ts';
import { MetricsCollector, type MetricsSummary } from './metrics.ts';
import { Request } from './request.ts';
import { Scheduler, type SchedulerOutput } from './scheduler.ts';
import { usesEagle } from './spec/specConfig.ts';
import { promptBlockHashes } from './tokens.ts';
import type { EngineConfig, EngineConfigInput, RequestSpec, SimEvent } from './types.ts';

/** What one `step()` did. */
export interface StepResult {
  readonly index: number;
  readonly startUs: Micros;
  readonly durationUs: Micros;
  /** Of `durationUs`: the drafter's passes (speculative decoding). */
  readonly draftUs: Micros;
  /** Of `durationUs`: LoRA adapter loads, slot copies and kernel overhead. */
  readonly loraUs: Micros;
  readonly numScheduledTokens: number;
  /** This step's events (empty when `eventLevel` is "none"). */
  readonly events: readonly SimEvent[];
}

interface PendingArrival {
  readonly at: number;
  readonly seq: number;
  readonly spec: RequestSpec;
}

type MutablePrefill = { -readonly [K in keyof PrefillChunk]: PrefillChunk[K] };

export class Engine {
  readonly config: EngineConfig;
  readonly kv: KvAllocator;
  readonly scheduler: Scheduler;
  private readonly metricsCollector = new MetricsCollector();
  private readonly sink: EventSink;
  private nowUs = 0;
  private stepIndex = 0;
  private seq = 0;
  private nextIdx = 0;
  private readonly arrivals = new Heap<PendingArrival>((a, b) => a.at < b.at || (a.at === b.at && a.seq < b.seq));
  private readonly followUps = new Map<string, RequestSpec[]>();
  private readonly finishedAt = new Map<string, number>();
  private readonly scratch: Float64Array;
  // Reused step-shape objects: the cost model is pure and must not keep them.
  private readonly prefillPool: MutablePrefill[] = [];
  private readonly decodePool: { contextTokens: number }[] = [];
  private readonly shape: { prefills: MutablePrefill[]; decodes: { contextTokens: number }[] } = { prefills: [], decodes: [] };
  /** Prefix-cache hit rate over the most recent 1,000 requests (vLLM's log line). */
  private readonly recentPrefixCache = new CachingMetrics();
  private lastPrefixStats = { requests: 0, queries: 0, hits: 0 };
  /** GPU adapter slots and CPU LRU (multi-LoRA), or null. */
  readonly adapters: AdapterManager | null;
  private readonly draftRatio: number;

  /** @param input engine settings; omitted fields take `ENGINE_DEFAULTS` */
  constructor(input: EngineConfigInput = {}) {
    const c = resolveEngineConfig(input);
    this.config = c;
    this.sink = new EventSink(c.eventLevel);
    this.scratch = new Float64Array(3 * (c.blockSize + 1));
    this.kv =
      c.kvAllocator === 'paged'
        ? new KVCacheManager(c.numGpuBlocks, c.blockSize, c.maxModelLen, c.enablePrefixCaching, this.sink, {
            prependUnhashedFreedBlocks: c.prependUnhashedFreedBlocks,
            useEagle: c.speculative !== null && usesEagle(c.speculative.method),
            watermark: c.watermark,
          })
        : new ContiguousAllocator((c.numGpuBlocks - 1) * c.blockSize, c.blockSize, c.maxModelLen, c.contiguousReservation, this.sink);
    this.scheduler = new Scheduler(c, this.kv, this.sink, this.metricsCollector, (parent, s) => this.forkChild(parent, s));
    this.scheduler.onFinished = (req) => this.onFinished(req);
    this.adapters = c.lora ? new AdapterManager(c.lora.maxLoras, c.lora.maxCpuLoras) : null;
    const sp = c.speculative;
    this.draftRatio = sp ? draftCostRatio(sp.method, sp.draftParamsB, sp.targetParamsB) : 0;
  }

  /** The simulated clock. */
  get now(): Micros {
    return this.nowUs as Micros;
  }
  /** Steps taken so far. */
  get stepCount(): number {
    return this.stepIndex;
  }
  get numRunning(): number {
    return this.scheduler.running.length;
  }
  get numWaiting(): number {
    return this.scheduler.waiting.size;
  }
  /** Requests added but not yet arrived. */
  get numPendingArrivals(): number {
    return this.arrivals.size;
  }
  /** `kv_cache_usage` (0–1). */
  get kvCacheUsage(): number {
    return this.kv.kvCacheUsage;
  }
  /** True when nothing is running, waiting or due to arrive. */
  get isDone(): boolean {
    return this.scheduler.numUnfinished === 0 && this.arrivals.size === 0;
  }

  /**
   * Adds a request that arrives at `spec.arrivalUs` (or, with `spec.after`, after another
   * request finishes). Arrivals should not lie before `now`.
   * @throws Error when the prompt is empty or does not fit `maxModelLen`
   */
  addRequest(spec: RequestSpec): void {
    let promptLen = 0;
    for (const s of spec.prompt) promptLen += s.tokens;
    if (promptLen < 1) throw new Error(`request ${spec.id}: empty prompt`);
    if (promptLen >= this.config.maxModelLen) {
      throw new Error(`request ${spec.id}: prompt of ${promptLen} tokens does not fit maxModelLen ${this.config.maxModelLen}`);
    }
    if (!(spec.outputTokens >= 1)) throw new Error(`request ${spec.id}: outputTokens must be ≥ 1`);
    if (spec.maxTokens !== undefined && !(spec.maxTokens >= 1)) throw new Error(`request ${spec.id}: maxTokens must be ≥ 1`);
    if (spec.n !== undefined && !(Number.isInteger(spec.n) && spec.n >= 1)) throw new Error(`request ${spec.id}: n must be an integer ≥ 1`);
    if (spec.lora !== undefined && !this.config.lora) throw new Error(`request ${spec.id}: lora "${spec.lora}" needs engine.lora (LoRA is not enabled)`);
    if (spec.ignoreEos && spec.maxTokens === undefined) throw new Error(`request ${spec.id}: ignoreEos needs maxTokens`);
    if (spec.after) {
      const done = this.finishedAt.get(spec.after.id);
      if (done === undefined) {
        const list = this.followUps.get(spec.after.id);
        if (list) list.push(spec);
        else this.followUps.set(spec.after.id, [spec]);
        return;
      }
      this.arrivals.push({ at: Math.max(done + spec.after.delayUs, this.nowUs), seq: this.seq++, spec });
      return;
    }
    this.arrivals.push({ at: spec.arrivalUs, seq: this.seq++, spec });
  }

  /** Adds many requests. */
  addRequests(specs: Iterable<RequestSpec>): void {
    for (const s of specs) this.addRequest(s);
  }

  private makeRequest(spec: RequestSpec, id: string, sampleIndex: number, arrivalUs: number): Request {
    const c = this.config;
    return new Request(this.nextIdx++, id, spec, sampleIndex, arrivalUs as Micros, c.blockSize, c.vocabSize, this.scratch);
  }

  /** Moves arrivals due by `upTo` into the waiting queue. Events never go back before
   * `floor` (a request added late, with an arrival time already past, is seen now). */
  private admitArrivals(upTo: number, floor: number): void {
    const sink = this.sink;
    for (let next = this.arrivals.peek(); next && next.at <= upTo; next = this.arrivals.peek()) {
      this.arrivals.pop();
      const spec = next.spec;
      const n = spec.n ?? 1;
      const fork = n > 1 && this.config.parallelSampling === 'fork';
      const seqs = fork ? 1 : n;
      for (let k = 0; k < seqs; k++) {
        const req = this.makeRequest(spec, n > 1 ? `${k}_${spec.id}` : spec.id, k, next.at);
        if (fork) req.pendingForks = n - 1;
        this.metricsCollector.onArrival(next.at);
        this.scheduler.addRequest(req);
        if (sink.requests) {
          sink.emitAt(Math.max(next.at, floor) as Micros, { type: 'arrival', req: req.id, promptTokens: req.promptLen, maxTokens: req.maxTokens });
        }
      }
    }
  }

  private forkChild(parent: Request, sampleIndex: number): Request {
    const child = this.makeRequest(parent.spec, `${sampleIndex}_${parent.spec.id}`, sampleIndex, parent.arrivalUs);
    this.metricsCollector.onArrival(parent.arrivalUs);
    return child;
  }

  private onFinished(req: Request): void {
    if (req.sampleIndex !== 0) return;
    const id = req.spec.id;
    this.finishedAt.set(id, req.finishedUs);
    const list = this.followUps.get(id);
    if (!list) return;
    this.followUps.delete(id);
    for (const spec of list) this.arrivals.push({ at: req.finishedUs + (spec.after?.delayUs ?? 0), seq: this.seq++, spec });
  }

  /**
   * Runs one engine step. When idle, the clock first jumps to the next arrival.
   * @returns the step, or null when there is nothing left to do
   * @example
   * const e = new Engine({ eventLevel: 'blocks' });
   * e.addRequest({ id: 'a', arrivalUs: us(0), prompt: [{ seed: 1, tokens: 100 }], outputTokens: 20 });
   * for (let s = e.step(); s; s = e.step()) console.log(s.events);
   */
  step(): StepResult | null {
    const sink = this.sink;
    const sched = this.scheduler;
    sink.step = this.stepIndex;
    if (sched.numUnfinished === 0) {
      const next = this.arrivals.peek();
      if (!next) return null;
      if (next.at > this.nowUs) this.nowUs = next.at;
    }
    const start = this.nowUs;
    sink.timeUs = start as Micros;
    this.admitArrivals(start, start);
    const out = sched.schedule(start as Micros);
    // A step may schedule nothing when a request preempted itself (vLLM then runs no forward
    // pass); with no preemption either, nothing could ever change.
    if (out.totalTokens === 0 && out.preempted.length === 0) {
      throw new Error(`engine stuck at step ${this.stepIndex}: nothing could be scheduled (running ${sched.running.length}, waiting ${sched.waiting.size})`);
    }
    this.observePrefixCache();
    const baseUs = this.config.costModel.stepTimeUs(this.buildShape(out));
    if (!(baseUs >= 0) || !Number.isFinite(baseUs)) throw new Error(`cost model returned ${baseUs} µs`);
    const draftUs = this.draftUs(out);
    const loraUs = this.loraUs(out, baseUs);
    // Synchronous scheduling adds the CPU's scheduling time to every step; async hides it.
    const durationUs = baseUs + draftUs + loraUs + (this.config.asyncScheduling ? 0 : this.config.schedulingOverheadUs);
    const kvUsage = this.kv.kvCacheUsage;
    if (sink.requests) {
      sink.emit({
        type: 'step',
        durationUs: durationUs as Micros,
        scheduled: out.reqs.slice(0, out.count).map((r, k) => ({ req: r.id, tokens: out.numTokens[k] as number, computed: out.computedBefore[k] as number })),
        numScheduledTokens: out.totalTokens,
        running: sched.running.length,
        waiting: sched.waiting.size,
        kvCacheUsage: kvUsage,
      });
    }
    this.metricsCollector.onStep(durationUs, sched.running.length, sched.waiting.size, kvUsage, out.totalTokens);
    this.metricsCollector.loraDeferred += sched.numDeferredByLora;
    const end = start + durationUs;
    sink.timeUs = end as Micros;
    this.admitArrivals(end, start);
    sched.updateFromOutput(out, end as Micros);
    this.nowUs = end;
    const index = this.stepIndex++;
    const numScheduledTokens = out.totalTokens;
    sched.recycle(out);
    return { index, startUs: start as Micros, durationUs: durationUs as Micros, draftUs: draftUs as Micros, loraUs: loraUs as Micros, numScheduledTokens, events: sink.drain() };
  }

  /** Feeds this step's new prefix-cache lookups to the recent-requests hit rate. */
  private observePrefixCache(): void {
    const s = this.kv.prefixCacheStats;
    const last = this.lastPrefixStats;
    if (s.requests === last.requests) return;
    this.recentPrefixCache.observe(s.requests - last.requests, s.queries - last.queries, s.hits - last.hits);
    this.lastPrefixStats = { requests: s.requests, queries: s.queries, hits: s.hits };
  }

  private readonly draftSeqs: { contextTokens: number }[] = [];

  /** The drafter runs k passes over every request that samples this step (it proposes the
   * next drafts); n-gram lookups run on the CPU and cost nothing here. */
  private draftUs(out: SchedulerOutput): number {
    const sp = this.config.speculative;
    if (!sp || this.draftRatio === 0) return 0;
    const seqs = this.draftSeqs;
    let n = 0;
    for (let k = 0; k < out.count; k++) {
      if (!out.emits[k]) continue;
      const ctx = (out.computedBefore[k] as number) + (out.numTokens[k] as number);
      const d = seqs[n] ?? (seqs[n] = { contextTokens: 0 });
      d.contextTokens = ctx;
      n++;
    }
    seqs.length = n;
    return draftStepUs(this.config.costModel, seqs, sp.numSpeculativeTokens, this.draftRatio);
  }

  /** Adapters this batch needs: loads (storage → CPU) and slot copies (CPU → GPU) before the
   * forward pass, plus the LoRA kernels' overhead. All estimated (src/sim/cost/loraCost.ts). */
  private loraUs(out: SchedulerOutput, baseUs: number): number {
    const lora = this.config.lora;
    const mgr = this.adapters;
    if (!lora || !mgr) return 0;
    const names: string[] = [];
    for (let k = 0; k < out.count; k++) {
      const name = (out.reqs[k] as Request).lora;
      if (name !== null && !names.includes(name)) names.push(name);
    }
    if (names.length === 0) return 0;
    const applied = mgr.apply(names);
    if (this.sink.requests && applied.activated.length > 0) {
      this.sink.emit({ type: 'adaptersLoaded', loaded: applied.loaded, activated: applied.activated, evicted: applied.evicted });
    }
    const ranks = names.map((nm) => lora.adapters[nm] ?? lora.maxLoraRank);
    return applied.loaded.length * lora.loadTimeUs + applied.activated.length * lora.activateTimeUs + loraStepExtraUs(baseUs, ranks);
  }

  private buildShape(out: SchedulerOutput): StepShape {
    const shape = this.shape;
    const prefills = shape.prefills;
    const decodes = shape.decodes;
    let np = 0;
    let nd = 0;
    // Written by index, then truncated: emptying and re-pushing would reallocate every step.
    for (let k = 0; k < out.count; k++) {
      const n = out.numTokens[k] as number;
      const before = out.computedBefore[k] as number;
      const emits = out.emits[k] as boolean;
      if (n === 1 && before > 0 && emits) {
        const d = this.decodePool[nd] ?? (this.decodePool[nd] = { contextTokens: 0 });
        d.contextTokens = before + 1;
        decodes[nd++] = d;
      } else {
        const p = this.prefillPool[np] ?? (this.prefillPool[np] = { newTokens: 0, cachedTokens: 0, emitsToken: false });
        p.newTokens = n;
        p.cachedTokens = before;
        p.emitsToken = emits;
        prefills[np++] = p;
      }
    }
    if (prefills.length !== np) prefills.length = np;
    if (decodes.length !== nd) decodes.length = nd;
    return shape;
  }

  /**
   * Steps until the engine is done, `untilUs` is reached or `maxSteps` steps ran.
   * @param onStep receives every step (with its events)
   */
  run(opts: { untilUs?: number; maxSteps?: number; onStep?: (s: StepResult) => void } = {}): void {
    const until = opts.untilUs ?? Infinity;
    const max = opts.maxSteps ?? Infinity;
    for (let n = 0; n < max; n++) {
      if (until !== Infinity) {
        if (this.nowUs >= until) return;
        if (this.scheduler.numUnfinished === 0) {
          const next = this.arrivals.peek();
          if (!next || next.at >= until) {
            this.nowUs = until;
            return;
          }
        }
      }
      const s = this.step();
      if (!s) return;
      opts.onStep?.(s);
    }
  }

  /** Advances the clock to `tUs`, stepping while work starts before it (a cluster's lockstep).
   * A step in flight may end after `tUs`. */
  runUntil(tUs: number): void {
    this.run({ untilUs: tUs });
  }

  /** Metrics so far, named as vLLM names them. */
  metrics(): MetricsSummary {
    const base = this.metricsCollector.summary(this.kv.prefixCacheStats);
    const specStats = this.scheduler.specStats;
    const mgr = this.adapters;
    return {
      ...base,
      prefix_cache_hit_rate_recent: this.recentPrefixCache.hitRate,
      ...(specStats ? { spec_decode: specStats.summary() } : {}),
      ...(mgr ? { lora: { num_adapter_loads: mgr.numLoads, num_adapter_activations: mgr.numActivations, num_requests_deferred_steps: this.metricsCollector.loraDeferred } } : {}),
    };
  }

  /** Hashes currently in the prefix cache (paged allocator with caching on). */
  cachedBlockHashes(): number[] {
    return this.kv instanceof KVCacheManager ? this.kv.pool.cachedHashes() : [];
  }

  /** How many leading prompt blocks of `spec` this engine would hit now (no side effects). */
  cachedPrefixBlocks(spec: Pick<RequestSpec, 'prompt' | 'loraId' | 'cacheSalt'>): number {
    if (!(this.kv instanceof KVCacheManager) || !this.config.enablePrefixCaching) return 0;
    const hashes = promptBlockHashes(spec, this.config.blockSize, this.config.vocabSize);
    let n = 0;
    while (n < hashes.length && this.kv.pool.getCachedBlock(hashes[n] as number) >= 0) n++;
    return n;
  }
}
