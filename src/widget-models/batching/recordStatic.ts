/**
 * The request-level (static) batching baseline, one step at a time. The engine's
 * `runStaticBatching` runs it to completion and returns only batches and metrics; the widget
 * needs every step, so this re-plays the same algorithm step by step (same reservations, same
 * cost-model calls, same padding) and a unit test checks its metrics against the engine's.
 */
import type { CostModel, DecodeSeq } from '../../sim/costModel.ts';
import type { EngineConfig } from '../../sim/engine/types.ts';
import { cpuGapUs } from './hostOverhead.ts';
import { SegmentWriter } from './segments.ts';
import { DECODE, emptyRun, PAD, PREFILL_LAST, SCHED_STRIDE, type AdmitStop, type RunRecord } from './types.ts';
import type { ReqInfo, Workload } from './workload.ts';

export class StaticRecorder {
  readonly run: RunRecord;
  private readonly seg: SegmentWriter;
  /** Requests in arrival order (the engine sorts specs by arrival, stably). */
  private readonly queue: readonly ReqInfo[];
  private readonly capacity: number;
  private readonly cost: CostModel;
  private head = 0;
  private now = 0;
  private batch: ReqInfo[] = [];
  private batchNo = 0;
  private batchStop: AdmitStop = 'none';
  /** Decode steps done in the current batch (0 = the prefill step is next). */
  private t = 0;
  private longest = 0;
  private arrivedUpTo = 0;

  constructor(
    private readonly config: EngineConfig,
    w: Workload,
    private readonly maxSteps: number,
  ) {
    this.run = emptyRun('static', w.reqs.length);
    this.seg = new SegmentWriter(this.run.segs);
    this.queue = [...w.reqs].sort((a, b) => a.arrivalUs - b.arrivalUs);
    this.capacity = (config.numGpuBlocks - 1) * config.blockSize;
    this.cost = config.costModel;
  }

  /** KV a request reserves for its whole life: prompt + max_tokens (the paper's "Oracle" case). */
  private reserve(r: ReqInfo): number {
    return Math.min(this.config.maxModelLen, r.promptTokens + r.outputTokens);
  }

  private finalOutput(r: ReqInfo): number {
    return Math.max(1, Math.min(r.outputTokens, this.config.maxModelLen - r.promptTokens));
  }

  /** Opens waiting segments for everything that has arrived by `t`. */
  private arrive(t: number): void {
    while (this.arrivedUpTo < this.queue.length && (this.queue[this.arrivedUpTo] as ReqInfo).arrivalUs <= t) {
      const r = this.queue[this.arrivedUpTo++] as ReqInfo;
      this.seg.wait(r.index, r.arrivalUs);
    }
  }

  /** Records the next step. @returns false once the run is complete */
  step(): boolean {
    const run = this.run;
    if (run.done) return false;
    if (run.steps.length >= this.maxSteps) {
      run.truncated = true;
      run.done = true;
      return false;
    }
    if (this.t >= this.longest) {
      if (this.head >= this.queue.length) {
        run.done = true;
        return false;
      }
      this.formBatch();
    }
    const start = this.now;
    const prefill = this.t === 0;
    const dur = prefill
      ? this.cost.stepTimeUs({ prefills: this.batch.map((r) => ({ newTokens: r.promptTokens, cachedTokens: 0, emitsToken: true })), decodes: [] })
      : this.cost.stepTimeUs({ prefills: [], decodes: this.batch.map((r): DecodeSeq => ({ contextTokens: r.promptTokens + Math.min(this.t, this.finalOutput(r)) })) });
    const end = start + dur;
    this.now = end;
    const sched = new Int32Array(this.batch.length * SCHED_STRIDE);
    let tokens = 0;
    let padding = 0;
    let emitted = 0;
    const finished: number[] = [];
    this.batch.forEach((r, k) => {
      const times = run.times[r.index];
      if (!times) return;
      const live = times.finishUs < 0;
      const n = prefill ? r.promptTokens : 1;
      const kind = prefill ? PREFILL_LAST : live ? DECODE : PAD;
      sched.set([r.index, n, kind, prefill ? 0 : r.promptTokens + this.t - 1], k * SCHED_STRIDE);
      this.seg.add(r.index, kind, start, end, n);
      if (!live) {
        padding += n;
        return;
      }
      tokens += n;
      emitted++;
      if (prefill) {
        times.firstScheduledUs = start;
        times.firstTokenUs = end;
      }
      times.outputs++;
      if (times.outputs >= this.finalOutput(r)) {
        times.finishUs = end;
        finished.push(r.index);
      }
    });
    this.t++;
    this.arrive(end);
    const waiting = this.queue.slice(this.head, this.arrivedUpTo).map((r) => r.index);
    const prev = run.steps[run.steps.length - 1];
    run.steps.push({
      index: run.steps.length,
      startUs: start,
      endUs: end,
      sched,
      tokens,
      padding,
      running: this.batch.length,
      waiting: Int32Array.from(waiting),
      kvUsage: this.batch.reduce((a, r) => a + this.reserve(r), 0) / this.capacity,
      emitted,
      finished,
      preempted: [],
      admitStop: waiting.length === 0 ? 'none' : prefill ? this.batchStop : 'batch-running',
      head: null,
      unscheduled: new Int32Array(0),
      unscheduledWhy: null,
      cpuGapUs: cpuGapUs(this.cost),
      batch: this.batchNo,
      cumEmitted: (prev?.cumEmitted ?? 0) + emitted,
      cumBusyUs: (prev?.cumBusyUs ?? 0) + dur,
      cumUtilUs: (prev?.cumUtilUs ?? 0) + Math.min(1, tokens / this.config.maxNumBatchedTokens) * dur,
      cumRunUs: (prev?.cumRunUs ?? 0) + this.batch.length * dur,
      cumPreemptions: 0,
      cumCpuGapUs: (prev?.cumCpuGapUs ?? 0) + cpuGapUs(this.cost),
    });
    if (this.t >= this.longest && this.head >= this.queue.length) run.done = true;
    return true;
  }

  /** Takes the arrived requests whose reservations fit, up to max_num_seqs (engine's `runStaticBatching`). */
  private formBatch(): void {
    const first = this.queue[this.head] as ReqInfo;
    if (first.arrivalUs > this.now) this.now = first.arrivalUs;
    this.arrive(this.now);
    const batch: ReqInfo[] = [];
    let reserved = 0;
    let stop: AdmitStop = 'none';
    while (this.head < this.queue.length) {
      const r = this.queue[this.head] as ReqInfo;
      if (batch.length >= this.config.maxNumSeqs) {
        stop = 'max-seqs';
        break;
      }
      if (r.arrivalUs > this.now) break;
      if (reserved + this.reserve(r) > this.capacity) {
        stop = 'memory';
        break;
      }
      reserved += this.reserve(r);
      batch.push(r);
      this.head++;
    }
    if (batch.length === 0) throw new Error(`static batching: request ${first.label} cannot fit in ${this.capacity} KV slots`);
    this.batch = batch;
    this.batchNo++;
    this.batchStop = stop;
    this.t = 0;
    this.longest = batch.reduce((m, r) => Math.max(m, this.finalOutput(r)), 0);
  }
}
