/**
 * vLLM V1's scheduler (`vllm/v1/core/sched/scheduler.py`, at `VLLM_VERSION`): one token budget
 * per step, running requests first (in list order), then waiting ones only if nothing was
 * preempted; chunked prefill always on; preemption by recompute when blocks run out. Waiting
 * requests are admitted only if their whole sequence fits (`scheduler_reserve_full_isl`) and
 * skipped when their LoRA would exceed `max_loras`. With speculative decoding a request asks
 * for 1 + drafts tokens, and rejected drafts roll `numComputedTokens` back.
 * There is no prefill or decode phase: each request just catches `numComputedTokens` up to
 * `numTokens` (+ drafts).
 */
import type { Micros } from '../core/units.ts';
import { maxNumScheduledTokens } from './config.ts';
import type { EventSink } from './events.ts';
import { NO_HIT, type KvAllocator } from './kvAllocator.ts';
import type { MetricsCollector } from './metrics.ts';
import type { Request } from './request.ts';
import { createRequestQueue, type RequestQueue } from './requestQueue.ts';
import { numLookaheadTokens } from './spec/specConfig.ts';
import { SpecDecoder } from './spec/specDecoder.ts';
import { SpecDecodingStats } from './spec/specDecodingStats.ts';
import type { EngineConfig } from './types.ts';

/**
 * One step's schedule (`SchedulerOutput`): parallel arrays, one entry per scheduled request.
 * Only the first `count` entries are valid (arrays are reused between steps without shrinking).
 */
export interface SchedulerOutput {
  count: number;
  readonly reqs: Request[];
  /** `num_scheduled_tokens`. */
  readonly numTokens: number[];
  /** `num_computed_tokens` before this step (prefix hits included). */
  readonly computedBefore: number[];
  /** Whether the chunk reaches the end of the known tokens, so a token is sampled. */
  readonly emits: boolean[];
  /** Drafts verified in this chunk (`scheduled_spec_decode_tokens`), 0 without. */
  readonly specTokens: number[];
  totalTokens: number;
  /** Tokens of requests scheduled, then preempted in the same step (budget not returned). */
  lostTokens: number;
  /** Requests preempted while building this schedule. */
  readonly preempted: Request[];
}

/** Creates the extra sequences of a fork-mode parallel-sampling request. */
export type ForkFactory = (parent: Request, sampleIndex: number) => Request;

export class Scheduler {
  /** `self.running`, in admission order. */
  readonly running: Request[] = [];
  readonly waiting: RequestQueue;
  /** Called when a sequence finishes (the engine uses it for follow-up requests). */
  onFinished: ((req: Request) => void) | null = null;
  /** Drafter and rejection sampler (speculative decoding), or null. */
  readonly spec: SpecDecoder | null;
  /** `SpecDecodingStats` accumulated over the run (null without speculative decoding). */
  readonly specStats: SpecDecodingStats | null;
  /** Waiting requests skipped in the last `schedule()` because of `max_loras`
   * (`num_requests_waiting_by_reason{reason="deferred"}`). */
  numDeferredByLora = 0;
  private readonly lookahead: number;
  private readonly budget: number;

  constructor(
    readonly config: EngineConfig,
    readonly kv: KvAllocator,
    private readonly sink: EventSink,
    private readonly metrics: MetricsCollector,
    private readonly forkFactory: ForkFactory | null = null,
  ) {
    this.waiting = createRequestQueue(config.policy);
    this.spec = config.speculative ? new SpecDecoder(config.speculative) : null;
    this.specStats = config.speculative ? new SpecDecodingStats(config.speculative.numSpeculativeTokens) : null;
    this.lookahead = numLookaheadTokens(config.speculative);
    this.budget = maxNumScheduledTokens(config);
  }

  /** `add_request`: the request joins the waiting queue. */
  addRequest(req: Request): void {
    req.status = 'WAITING';
    req.finishAtOutput = Math.min(req.maxTokens, req.stopAfter, this.config.maxModelLen - req.promptLen);
    this.waiting.add(req);
  }

  get numUnfinished(): number {
    return this.running.length + this.waiting.size;
  }

  /** `schedule()`; advances `numComputedTokens` of every scheduled request (as vLLM does
   * right after scheduling). `nowUs` stamps first-scheduled times. */
  schedule(nowUs: Micros): SchedulerOutput {
    const cfg = this.config;
    const kv = this.kv;
    const running = this.running;
    const out = this.spare.pop() ?? { count: 0, reqs: [], numTokens: [], computedBefore: [], emits: [], specTokens: [], totalTokens: 0, lostTokens: 0, preempted: [] };
    const thr = cfg.longPrefillTokenThreshold;
    const maxModelLen = cfg.maxModelLen;
    const lookahead = this.lookahead;
    // max_num_scheduled_tokens: the batched-token budget less the drafting slots.
    let budget = this.budget;
    const lora = cfg.lora;
    const scheduledLoras: Set<string> | null = lora ? new Set() : null;

    // 1. RUNNING requests, in list order.
    let i = 0;
    while (i < running.length && budget > 0) {
      const req = running[i] as Request;
      let n = req.numTokens + req.numSpecTokens - req.numComputedTokens;
      if (thr > 0 && n > thr) n = thr;
      if (n > budget) n = budget;
      const cap = maxModelLen - 1 - req.numComputedTokens;
      if (n > cap) n = cap;
      if (n <= 0) {
        i++;
        continue;
      }
      let scheduled = true;
      while (!kv.reserveSlots(req, n, NO_HIT, lookahead)) {
        const victim = this.pickVictim();
        this.preempt(victim, req, out);
        if (victim === req) {
          scheduled = false;
          break;
        }
      }
      if (!scheduled) break;
      // Drafts cut short by the budget or maxModelLen are trimmed to what was scheduled.
      const specScheduled = req.numComputedTokens + n - req.numTokens;
      req.numSpecTokens = specScheduled > 0 ? specScheduled : 0;
      this.push(out, req, n, req.numComputedTokens);
      if (scheduledLoras && req.lora !== null) scheduledLoras.add(req.lora);
      budget -= n;
      i++;
    }

    // 2. WAITING requests, only if this step preempted nothing.
    this.numDeferredByLora = 0;
    if (out.preempted.length === 0) {
      const waiting = this.waiting;
      const admit = { fullSequenceMustFit: cfg.schedulerReserveFullIsl, hasScheduledReqs: running.length > 0 };
      let skipped: Request[] | null = null;
      while (waiting.size > 0 && budget > 0 && running.length < cfg.maxNumSeqs) {
        const req = waiting.peek() as Request;
        // Scheduling it would exceed max_loras: skip it (not rejected) and keep scanning.
        if (scheduledLoras && lora && req.lora !== null && scheduledLoras.size >= lora.maxLoras && !scheduledLoras.has(req.lora)) {
          waiting.pop();
          (skipped ??= []).push(req);
          continue;
        }
        const hit = req.numComputedTokens === 0 ? kv.getComputedBlocks(req) : NO_HIT;
        let n = req.numTokens - hit.numComputedTokens;
        if (thr > 0 && n > thr) n = thr;
        if (n > budget) n = budget;
        admit.hasScheduledReqs = running.length > 0;
        if (!kv.reserveSlots(req, n, hit, 0, admit)) break; // the head blocks the rest
        waiting.pop();
        running.push(req);
        req.status = 'RUNNING';
        req.numComputedTokens = hit.numComputedTokens;
        if (req.numCachedTokens < 0) req.numCachedTokens = hit.numComputedTokens;
        if (req.firstScheduledUs < 0) req.firstScheduledUs = nowUs;
        this.push(out, req, n, hit.numComputedTokens);
        if (scheduledLoras && req.lora !== null) scheduledLoras.add(req.lora);
        budget -= n;
      }
      if (skipped) {
        // Back at the front, in their original order (`prepend_requests`).
        this.numDeferredByLora = skipped.length;
        for (let k = skipped.length - 1; k >= 0; k--) waiting.prepend(skipped[k] as Request);
      }
    }

    // A preempted victim's tokens are not returned to the budget here: count what runs.
    out.totalTokens = this.budget - budget - out.lostTokens;
    return out;
  }

  /** Hands a consumed output back for reuse (the engine does this; saves GC per step). */
  recycle(out: SchedulerOutput): void {
    out.count = 0;
    if (out.preempted.length > 0) out.preempted.length = 0;
    out.totalTokens = 0;
    out.lostTokens = 0;
    if (this.spare.length < 2) this.spare.push(out);
  }

  private readonly spare: SchedulerOutput[] = [];
  /** Reused while no sequence finishes (most steps), so steps allocate nothing here. */
  private finishedBuf: Request[] = [];

  /** Records a scheduled chunk and advances `numComputedTokens` (vLLM's
   * `_update_after_schedule`, done here: nothing later in `schedule` reads it). */
  private push(out: SchedulerOutput, req: Request, n: number, before: number): void {
    const k = out.count++;
    out.reqs[k] = req;
    out.numTokens[k] = n;
    out.computedBefore[k] = before;
    out.emits[k] = before + n >= req.numTokens;
    out.specTokens[k] = req.numSpecTokens;
    req.numComputedTokens = before + n;
  }

  /**
   * FCFS: the last request in `running`. PRIORITY: max (priority, arrival). On an exact tie
   * (e.g. the n children of one request) vLLM's `max()` takes the first in `running`, which can
   * preempt two equal requests in turn forever; we break ties by creation order instead (the
   * newer one is the victim), so the oldest always makes progress.
   */
  private pickVictim(): Request {
    const running = this.running;
    if (this.config.policy === 'fcfs') return running[running.length - 1] as Request;
    let v = running[0] as Request;
    for (let k = 1; k < running.length; k++) {
      const r = running[k] as Request;
      if (r.priority !== v.priority ? r.priority > v.priority : r.arrivalUs !== v.arrivalUs ? r.arrivalUs > v.arrivalUs : r.idx > v.idx) v = r;
    }
    return v;
  }

  /**
   * Preempts by recompute: frees every block (reverse order), resets `numComputedTokens`,
   * and puts the request back at the front of the waiting queue (or into the heap).
   * At v0.11 the victim's tokens already scheduled this step are not returned to the budget.
   */
  private preempt(victim: Request, forReq: Request, out: SchedulerOutput): void {
    const running = this.running;
    if (running[running.length - 1] === victim) running.pop();
    else running.splice(running.indexOf(victim), 1);
    const k = out.reqs.indexOf(victim);
    if (k >= 0 && k < out.count) {
      out.lostTokens += out.numTokens[k] as number;
      out.reqs.splice(k, 1);
      out.numTokens.splice(k, 1);
      out.computedBefore.splice(k, 1);
      out.emits.splice(k, 1);
      out.specTokens.splice(k, 1);
      out.count--;
    }
    this.kv.free(victim);
    victim.status = 'PREEMPTED';
    victim.numComputedTokens = 0;
    victim.numSpecTokens = 0; // drafts are dropped on preemption (PR #28558)
    victim.numPreemptions++;
    this.metrics.numPreemptions++;
    this.waiting.prepend(victim);
    out.preempted.push(victim);
    if (this.sink.requests) this.sink.emit({ type: 'preempted', req: victim.id, reason: 'kv_cache_full', for: forReq.id });
  }

  /**
   * `update_from_output`: every request whose chunk reached its last known token samples one
   * token, plus its accepted drafts (rejected ones roll `numComputedTokens` back); each token
   * goes through the stop checks (`check_stop`: length, then EOS, then stop token ids) and the
   * rest of a step's tokens are dropped once one fires. Then the drafter proposes the next
   * drafts for requests still running.
   * @param endUs when the step's tokens come out
   * @returns the sequences that finished
   */
  updateFromOutput(out: SchedulerOutput, endUs: Micros): Request[] {
    const finished: Request[] = this.finishedBuf.length === 0 ? this.finishedBuf : [];
    const quiet = !this.sink.requests;
    const metrics = this.metrics;
    const spec = this.spec;
    for (let k = 0; k < out.count; k++) {
      if (!out.emits[k]) continue;
      const req = out.reqs[k] as Request;
      if (req.isFinished) continue;
      if (req.pendingForks > 0 && req.numOutputTokens === 0) this.forkSamples(req, endUs, finished);
      if (spec) {
        const numDraft = out.specTokens[k] as number;
        let numNew = 1;
        if (numDraft > 0) {
          const accepted = spec.numAccepted(req, numDraft);
          req.numComputedTokens -= numDraft - accepted;
          (this.specStats as SpecDecodingStats).observeDraft(numDraft, accepted);
          if (!quiet) this.sink.emit({ type: 'specVerified', req: req.id, numDraft, numAccepted: accepted });
          numNew += accepted;
        }
        for (let t = 0; t < numNew && !req.isFinished; t++) this.appendToken(req, endUs, finished);
        req.numSpecTokens = req.isFinished ? 0 : spec.propose(req);
        continue;
      }
      if (quiet && req.stopTokenIds === null) {
        // `appendToken` without events, inlined: this loop runs once per generated token.
        req.numTokens++;
        const n = ++req.numOutputTokens;
        metrics.onToken(req, endUs);
        if (n >= req.finishAtOutput) this.finish(req, endUs, finished);
      } else this.appendToken(req, endUs, finished);
    }
    if (finished.length > 0) {
      this.finishedBuf = [];
      const running = this.running;
      if (finished.length <= 4) {
        // Pointer scans: no need to touch every running request's object.
        for (const f of finished) {
          const at = running.indexOf(f);
          if (at >= 0) running.splice(at, 1);
        }
      } else {
        let w = 0;
        for (let r = 0; r < running.length; r++) {
          const req = running[r] as Request;
          if (!req.isFinished) running[w++] = req;
        }
        running.length = w;
      }
    }
    return finished;
  }

  private appendToken(req: Request, endUs: Micros, finished: Request[]): void {
    const sink = this.sink;
    const stops = req.stopTokenIds;
    const tokenId = sink.tokens || stops !== null ? req.tokens.tokenAt(req.numTokens) : 0;
    req.numTokens++;
    const out = ++req.numOutputTokens;
    const first = req.firstTokenUs < 0;
    this.metrics.onToken(req, endUs);
    if (sink.requests) {
      if (first) sink.emit({ type: 'firstToken', req: req.id, ttftUs: (endUs - req.arrivalUs) as Micros });
      if (sink.tokens) sink.emit({ type: 'token', req: req.id, index: out - 1, tokenId });
    }
    // One compare per token; `finish` works out which stop condition it was.
    if (out >= req.finishAtOutput) this.finish(req, endUs, finished);
    else if (stops !== null && stops.has(tokenId)) {
      req.stopReason = tokenId;
      this.finish(req, endUs, finished);
    }
  }

  /** `check_stop` fired: length first (max_tokens or maxModelLen), then EOS. */
  private finish(req: Request, endUs: Micros, finished: Request[]): void {
    // Length first (`check_stop`), so a stop token that is also the max_tokens-th token counts as length.
    const reason = req.numTokens >= this.config.maxModelLen || req.numOutputTokens >= req.maxTokens ? 'length' : 'stop';
    if (reason === 'length') req.stopReason = null;
    const wasWaiting = req.status === 'PREEMPTED';
    req.status = reason === 'stop' ? 'FINISHED_STOPPED' : 'FINISHED_LENGTH_CAPPED';
    req.isFinished = true;
    req.finishReason = reason;
    req.finishedUs = endUs;
    this.kv.free(req);
    if (wasWaiting) this.removeWaiting(req); // a stale output finished a preempted request
    this.metrics.onFinish(req, endUs);
    if (this.sink.requests) {
      this.sink.emit({ type: 'finished', req: req.id, reason, outputTokens: req.numOutputTokens, e2eUs: (endUs - req.arrivalUs) as Micros });
    }
    finished.push(req);
    this.onFinished?.(req);
  }

  private removeWaiting(req: Request): void {
    const rest = this.waiting.toArray().filter((r) => r !== req);
    while (this.waiting.size > 0) this.waiting.pop();
    for (const r of rest) this.waiting.add(r);
  }

  /** Paper-style parallel sampling: the finished prompt forks into n sequences sharing blocks. */
  private forkSamples(parent: Request, endUs: Micros, finished: Request[]): void {
    const factory = this.forkFactory;
    if (!factory) return;
    const at = this.running.indexOf(parent);
    const children: Request[] = [];
    for (let s = 1; s <= parent.pendingForks; s++) {
      const child = factory(parent, s);
      child.status = 'RUNNING';
      child.finishAtOutput = parent.finishAtOutput;
      child.numComputedTokens = parent.numComputedTokens;
      child.firstScheduledUs = parent.firstScheduledUs;
      child.numCachedTokens = parent.numCachedTokens;
      this.kv.fork(parent, child);
      children.push(child);
    }
    parent.pendingForks = 0;
    this.running.splice(at + 1, 0, ...children);
    for (const c of children) this.appendToken(c, endUs, finished);
  }
}
