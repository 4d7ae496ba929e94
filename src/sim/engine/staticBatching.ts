/**
 * The static (request-level) batching baseline, as FasterTransformer-era servers ran: take
 * the waiting requests that fit (up to `maxNumSeqs`, each reserving contiguous KV for its
 * whole life), prefill them together, then decode until the longest member finishes; finished
 * members still occupy their slot and compute (padding). Only then does the next batch start.
 */
import type { CostModel } from '../costModel.ts';
import type { Micros } from '../core/units.ts';
import { defaultCostModel } from './defaultCostModel.ts';
import { MetricsCollector, type MetricsSummary } from './metrics.ts';
import { Request } from './request.ts';
import type { ContiguousReservation, RequestSpec } from './types.ts';

export interface StaticBatchingConfig {
  readonly blockSize?: number;
  /** Same memory as the paged engine: (numGpuBlocks − 1) × blockSize slots. */
  readonly numGpuBlocks: number;
  readonly maxModelLen: number;
  readonly maxNumSeqs?: number;
  readonly reservation?: ContiguousReservation;
  readonly costModel?: CostModel;
}

/** One batch on the timeline. */
export interface StaticBatch {
  readonly startUs: Micros;
  readonly endUs: Micros;
  readonly requests: readonly string[];
  readonly steps: number;
}

export interface StaticBatchingResult {
  readonly metrics: MetricsSummary;
  readonly batches: readonly StaticBatch[];
}

const NO_PREFIX = { requests: 0, queries: 0, hits: 0, preemptedRequests: 0, preemptedQueries: 0, preemptedHits: 0 };

/**
 * Runs `specs` through static batching. `n > 1` becomes n sequences; a closed-loop `after`
 * request is treated as arriving at its own `arrivalUs`.
 * @example runStaticBatching(specs, { numGpuBlocks: 1025, maxModelLen: 2048 }).metrics.output_throughput
 */
export function runStaticBatching(specs: readonly RequestSpec[], cfg: StaticBatchingConfig): StaticBatchingResult {
  const bs = cfg.blockSize ?? 16;
  const maxSeqs = cfg.maxNumSeqs ?? 256;
  const capacity = (cfg.numGpuBlocks - 1) * bs;
  const costModel = cfg.costModel ?? defaultCostModel;
  const reservation = cfg.reservation ?? 'maxModelLen';
  const metrics = new MetricsCollector();
  const queue: Request[] = [];
  let idx = 0;
  for (const spec of [...specs].sort((a, b) => a.arrivalUs - b.arrivalUs)) {
    const n = spec.n ?? 1;
    for (let k = 0; k < n; k++) queue.push(new Request(idx++, n > 1 ? `${k}_${spec.id}` : spec.id, spec, k, spec.arrivalUs, bs, 1));
  }
  const reserve = (r: Request): number => (reservation === 'maxModelLen' ? cfg.maxModelLen : Math.min(cfg.maxModelLen, r.promptLen + r.maxTokens));
  const finalOutput = (r: Request): number => Math.max(1, Math.min(r.stopAfter, r.maxTokens, cfg.maxModelLen - r.promptLen));
  const batches: StaticBatch[] = [];
  const decodes: { contextTokens: number }[] = [];
  let now = 0;
  let head = 0;
  while (head < queue.length) {
    const first = queue[head] as Request;
    if (first.arrivalUs > now) now = first.arrivalUs;
    const batch: Request[] = [];
    let reserved = 0;
    while (head < queue.length && batch.length < maxSeqs) {
      const r = queue[head] as Request;
      if (r.arrivalUs > now || reserved + reserve(r) > capacity) break;
      reserved += reserve(r);
      batch.push(r);
      metrics.onArrival(r.arrivalUs);
      head++;
    }
    if (batch.length === 0) throw new Error(`static batching: request ${first.id} cannot fit in ${capacity} KV slots`);
    const start = now;
    // Prefill every prompt in one step; each member samples its first token.
    const prefills = batch.map((r) => ({ newTokens: r.promptLen, cachedTokens: 0, emitsToken: true }));
    let dur = costModel.stepTimeUs({ prefills, decodes: [] });
    const scheduledTokens = prefills.reduce((s, p) => s + p.newTokens, 0);
    metrics.onStep(dur, batch.length, queue.length - head, reserved / capacity, scheduledTokens);
    now += dur;
    let steps = 1;
    let longest = 0;
    for (const r of batch) {
      r.firstScheduledUs = start;
      longest = Math.max(longest, finalOutput(r));
      emit(r, now);
    }
    // Decode until the longest member is done; finished members are padding.
    for (let t = 1; t < longest; t++) {
      decodes.length = 0;
      for (const r of batch) decodes.push({ contextTokens: r.promptLen + Math.min(t, finalOutput(r)) });
      dur = costModel.stepTimeUs({ prefills: [], decodes });
      metrics.onStep(dur, batch.length, queue.length - head, reserved / capacity, batch.length);
      now += dur;
      steps++;
      for (const r of batch) if (!r.isFinished) emit(r, now);
    }
    batches.push({ startUs: start as Micros, endUs: now as Micros, requests: batch.map((r) => r.id), steps });
  }

  function emit(r: Request, t: number): void {
    r.numTokens++;
    r.numOutputTokens++;
    metrics.onToken(r, t);
    const out = r.numOutputTokens;
    if (out >= finalOutput(r)) {
      r.finishReason = out >= r.maxTokens || r.numTokens >= cfg.maxModelLen ? 'length' : 'stop';
      r.isFinished = true;
      r.finishedUs = t;
      metrics.onFinish(r, t);
    }
  }

  return { metrics: metrics.summary(NO_PREFIX), batches };
}
