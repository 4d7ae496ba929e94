/**
 * What the widget records of one run (continuous or static): one record per engine step, and
 * per request its timestamps and the segments its timeline row is drawn from.
 */

/** Cell kinds (timeline segments and scheduled entries). */
export const WAIT = 1;
/** A prefill chunk that does not reach the end of the known tokens (samples nothing). */
export const PREFILL = 2;
/** A prefill chunk that reaches the end, so the step samples a token for it. */
export const PREFILL_LAST = 3;
export const DECODE = 4;
/** Zero-length marker: the request was preempted at this time. */
export const PREEMPT = 5;
/** Static batching: a finished member still occupying its slot (computed, thrown away). */
export const PAD = 6;

/** Why a step stopped admitting waiting requests (continuous), or why a static batch stopped growing. */
export type AdmitStop =
  /** Nobody was waiting. */
  | 'none'
  /** The step preempted someone; vLLM then admits nobody (`if not preempted_reqs`). */
  | 'preempted'
  /** No token budget left. */
  | 'budget'
  /** `max_num_seqs` requests were running. */
  | 'max-seqs'
  /** The head of the queue could not get KV blocks for its first chunk. */
  | 'blocks'
  /** Static: a batch is in flight; nobody joins until its longest member finishes. */
  | 'batch-running'
  /** Static: the next request's KV reservation did not fit next to the batch's. */
  | 'memory';

/** A waiting head that did not fit (continuous, stop = "blocks"). */
export interface HeadNeed {
  readonly req: number;
  /** Tokens of its first chunk (after any prefix-cache hit). */
  readonly chunk: number;
  /** Prefix-cache hit tokens it would start from (e.g. its own blocks after a preemption). */
  readonly hitTokens: number;
  /** Blocks the allocation needed. */
  readonly need: number;
  /** Free blocks (cached-but-free included) when the scheduler tried. */
  readonly free: number;
  /** The whole current sequence had to fit (`scheduler_reserve_full_isl`), not just the first chunk. */
  readonly fullSequence: boolean;
  /** `watermark` blocks kept free on top (0 when off or nothing was running). */
  readonly watermarkBlocks: number;
}

/** Numbers per scheduled entry in `StepRecord.sched`. */
export const SCHED_STRIDE = 4;

/** One preemption: `victim` was evicted so that `for` could get a block. */
export interface PreemptionRecord {
  readonly victim: number;
  readonly for: number;
  /** Tokens the victim must recompute when it comes back (prompt + generated so far). */
  readonly recompute: number;
  /** KV blocks it released. */
  readonly freedBlocks: number;
}

/** One engine step. */
export interface StepRecord {
  /** 0-based step index within its run. */
  readonly index: number;
  readonly startUs: number;
  readonly endUs: number;
  /** `[reqIndex, tokens, kind, computedBefore]` per scheduled request, in scheduling order. */
  readonly sched: Int32Array;
  /** Useful tokens computed (static padding excluded). */
  readonly tokens: number;
  /** Static only: padding slots computed for finished members. */
  readonly padding: number;
  /** Running after scheduling (the batch). */
  readonly running: number;
  /** Waiting requests after the step, in queue order (arrivals during the step included). */
  readonly waiting: Int32Array;
  readonly kvUsage: number;
  /** Output tokens sampled in this step. */
  readonly emitted: number;
  readonly finished: readonly number[];
  readonly preempted: readonly PreemptionRecord[];
  readonly admitStop: AdmitStop;
  readonly head: HeadNeed | null;
  /** Running requests that got no tokens this step, and why. */
  readonly unscheduled: Int32Array;
  readonly unscheduledWhy: 'budget' | 'self-preempted' | null;
  /** CPU time in this step's period during which the GPU idled (µs; see hostOverhead.ts). */
  readonly cpuGapUs: number;
  /** Static: the batch this step belongs to (1-based), else 0. */
  readonly batch: number;
  // Running totals up to and including this step (for figures at any time).
  readonly cumEmitted: number;
  readonly cumBusyUs: number;
  /** Σ min(1, tokens ÷ budget) × duration: the budget-use proxy's numerator. */
  readonly cumUtilUs: number;
  /** Σ running × duration. */
  readonly cumRunUs: number;
  readonly cumPreemptions: number;
  /** Σ cpuGapUs: time the GPU idled waiting for the CPU. */
  readonly cumCpuGapUs: number;
}

/** Per-request timestamps (µs, −1 = not yet). */
export interface ReqTimes {
  firstScheduledUs: number;
  firstTokenUs: number;
  finishUs: number;
  outputs: number;
  preemptions: number;
}

/** One run, growing while it is computed. */
export interface RunRecord {
  readonly kind: 'continuous' | 'static';
  readonly steps: StepRecord[];
  readonly times: ReqTimes[];
  /** Per request: flat `[kind, t0, t1, tokens]` quadruples, in time order; t1 = −1 while open. */
  readonly segs: number[][];
  /** Every request finished (or the step cap was hit). */
  done: boolean;
  /** The step cap was hit before every request finished. */
  truncated: boolean;
}

/** A fresh, empty run. */
export function emptyRun(kind: RunRecord['kind'], numReqs: number): RunRecord {
  return {
    kind,
    steps: [],
    times: Array.from({ length: numReqs }, () => ({ firstScheduledUs: -1, firstTokenUs: -1, finishUs: -1, outputs: 0, preemptions: 0 })),
    segs: Array.from({ length: numReqs }, () => []),
    done: false,
    truncated: false,
  };
}

/** Time the run has been computed up to. */
export function runTimeUs(r: RunRecord): number {
  return r.steps[r.steps.length - 1]?.endUs ?? 0;
}
