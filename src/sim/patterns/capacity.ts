/**
 * Capacity planning on the cluster model: how many replicas (and GPUs) a model needs to serve a
 * workload at a rate within latency objectives. It sizes one replica from the memory planner,
 * then runs the workload on 1, 2, 4 … replicas until the objectives hold and bisects back to the
 * fewest that meet them. A generator, so a caller (the worker) can report each trial as it ends.
 */
import { routerConfig } from '../cluster/routerPresets.ts';
import { findGpu } from '../cost/catalog/gpus.ts';
import { findModel } from '../cost/catalog/models.ts';
import { weightBytesPerGpu } from '../cost/model/weights.ts';
import { buildReport } from './report.ts';
import { replicaAt, TP_DEGREES } from './sizing.ts';
import { runStaticPool } from './staticPool.ts';
import { generatePatternWorkload } from './workloads.ts';
import type { PatternRunInput, WorkloadId } from './types.ts';

/** A replica must hold KV for this many full-length sequences (as the patterns require). */
export const MIN_FULL_SEQUENCES = 4;

/**
 * How many full-length sequences of KV a replica must hold for a context length, at every TP the
 * patterns use: the replica's KV is fixed (the planner's budget), so a longer context leaves room
 * for fewer of them.
 */
export function fullSequences(kvCacheTokens: number, maxModelLen: number): number {
  return Math.floor(kvCacheTokens / maxModelLen);
}

/** The memory of one replica at a TP and context length: what the calculator shows as assumptions. */
export function replicaMemory(modelId: string, gpuId: string, tp: number, maxModelLen: number): ReplicaMemory {
  const model = findModel(modelId);
  const gpu = findGpu(gpuId);
  if (!model) throw new Error(`unknown model "${modelId}"`);
  if (!gpu) throw new Error(`unknown GPU "${gpuId}"`);
  const d = replicaAt(modelId, gpuId, tp, { maxModelLen });
  return {
    tp,
    gpuMemoryGiB: gpu.memoryGiB,
    gpuMemoryUtilization: d.gpuMemoryUtilization,
    weightsPerGpuGiB: weightBytesPerGpu(model, 'bf16', tp) / 2 ** 30,
    kvCacheTokens: d.kvCacheTokens,
    kvBytesPerToken: d.kvBytesPerToken,
    fullSequences: fullSequences(d.kvCacheTokens, maxModelLen),
    maxModelLen,
    maxNumSeqs: d.maxNumSeqs,
    maxNumBatchedTokens: d.maxNumBatchedTokens,
    blockSize: d.blockSize,
  };
}

/**
 * The smallest TP (within one 8-GPU node) at which a replica holds `MIN_FULL_SEQUENCES`
 * sequences of `maxModelLen`, or null when none does.
 */
export function tpForContext(modelId: string, gpuId: string, maxModelLen: number): ReplicaMemory | null {
  for (const tp of TP_DEGREES) {
    try {
      const m = replicaMemory(modelId, gpuId, tp, maxModelLen);
      if (m.fullSequences >= MIN_FULL_SEQUENCES) return m;
    } catch {
      // This TP does not divide the model's heads or the weights do not fit: try the next one.
    }
  }
  return null;
}

/** The clamped context length the query will use (a model's positions are the ceiling). */
export function contextFor(modelId: string, requested: number): number {
  const model = findModel(modelId);
  if (!model) throw new Error(`unknown model "${modelId}"`);
  return Math.min(requested, model.maxPositionEmbeddings);
}

/**
 * Runs the search, yielding each trial; returns the plan.
 * @throws Error for an unknown model, GPU or workload, or a rate that is not positive
 */
export function* capacitySearch(q: CapacityQuery): Generator<CapacityTrial, CapacityPlan, void> {
  if (!(q.qps > 0)) throw new Error(`qps must be above 0 (got ${q.qps})`);
  if (!(q.ttftP90S > 0) || !(q.itlP90Ms > 0)) throw new Error('the latency objectives must be above 0');
  const maxModelLen = contextFor(q.modelId, q.maxModelLen);
  const replica = tpForContext(q.modelId, q.gpuId, maxModelLen);
  if (!replica) {
    return { replica: null, trials: [], answer: null, maxModelLen, reason: `${q.modelId} cannot hold ${MIN_FULL_SEQUENCES} sequences of ${maxModelLen} tokens on ${q.gpuId} even at TP 8 (one node): shorten the context or choose a larger GPU` };
  }
  const tp = replica.tp;
  const seed = q.seed ?? 1;
  const durationS = q.durationS ?? DEFAULT_DURATION_S;
  const wl0 = generatePatternWorkload(q.workload, q.qps, durationS, seed, maxModelLen);
  const wl = { ...wl0, slo: { ttftS: q.ttftP90S, itlMs: q.itlP90Ms, reason: 'the objectives you set' } };
  const router = routerConfig(q.router === 'prefix-aware' ? 'llm-d-default' : 'round-robin');
  const pattern = q.router === 'prefix-aware' ? 'caching-first' : 'replicated';
  const maxReplicas = Math.max(1, Math.floor(q.maxGpus / tp));
  const trials: CapacityTrial[] = [];
  const tried = new Map<number, CapacityTrial>();
  const trial = (replicas: number): CapacityTrial => {
    const input: PatternRunInput = { workload: q.workload, qps: q.qps, gpus: replicas * tp, seed, modelId: q.modelId, gpuId: q.gpuId, durationS };
    const run = runStaticPool(input, wl, { tp, replicas, router, deployment: { maxModelLen } });
    const r = buildReport(pattern, input, wl.slo, run);
    const t: CapacityTrial = {
      replicas,
      gpus: replicas * tp,
      ttftP90S: r.ttft_p90_s,
      itlP90Ms: r.itl_p90_ms,
      sloAttainment: r.slo_attainment,
      outputTokensPerS: r.output_tokens_per_s,
      prefixHitRate: r.prefix_hit_rate,
      meets: r.ttft_p90_s <= q.ttftP90S && r.itl_p90_ms <= q.itlP90Ms && r.failed === 0,
    };
    tried.set(replicas, t);
    trials.push(t);
    return t;
  };
  // Double until the objectives hold (or the GPU limit), then bisect between the last miss and the first hit.
  let lo = 0;
  let hi = 0;
  for (let r = 1; ; r *= 2) {
    const n = Math.min(r, maxReplicas);
    const t = trial(n);
    yield t;
    if (t.meets) {
      hi = n;
      break;
    }
    lo = n;
    if (n === maxReplicas) break;
  }
  if (hi === 0) {
    return { replica, trials, answer: null, maxModelLen, reason: `even ${maxReplicas} replicas (${maxReplicas * tp} GPUs, the limit) miss the objectives at ${q.qps} requests/s` };
  }
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    const t = tried.get(mid) ?? trial(mid);
    yield t;
    if (t.meets) hi = mid;
    else lo = mid;
  }
  return { replica, trials, answer: tried.get(hi) ?? null, maxModelLen };
}

/** Runs the whole search at once (CLI, tests). */
export function planCapacity(q: CapacityQuery): CapacityPlan {
  const it = capacitySearch(q);
  for (;;) {
    const step = it.next();
    if (step.done) return step.value;
  }
}

/** Seconds of arrivals each trial simulates: long enough for queues to show, short enough to search. */
export const DEFAULT_DURATION_S = 120;

export interface CapacityQuery {
  readonly modelId: string;
  readonly gpuId: string;
  readonly workload: WorkloadId;
  /** Mean request rate to serve, requests per second. */
  readonly qps: number;
  /** Objectives on the 90th percentiles. */
  readonly ttftP90S: number;
  readonly itlP90Ms: number;
  /** vLLM `--max-model-len` (clamped to the model's positions). */
  readonly maxModelLen: number;
  /** A plain Service (round robin) or llm-d's prefix-aware Endpoint Picker. */
  readonly router: 'round-robin' | 'prefix-aware';
  /** The most GPUs to try. */
  readonly maxGpus: number;
  readonly seed?: number;
  readonly durationS?: number;
}

export interface ReplicaMemory {
  readonly tp: number;
  readonly gpuMemoryGiB: number;
  readonly gpuMemoryUtilization: number;
  readonly weightsPerGpuGiB: number;
  readonly kvCacheTokens: number;
  readonly kvBytesPerToken: number;
  /** Sequences of `maxModelLen` tokens the replica's KV holds at once. */
  readonly fullSequences: number;
  readonly maxModelLen: number;
  readonly maxNumSeqs: number;
  readonly maxNumBatchedTokens: number;
  readonly blockSize: number;
}

export interface CapacityTrial {
  readonly replicas: number;
  readonly gpus: number;
  readonly ttftP90S: number;
  readonly itlP90Ms: number;
  readonly sloAttainment: number;
  readonly outputTokensPerS: number;
  readonly prefixHitRate: number;
  /** Both p90 objectives hold and no request failed. */
  readonly meets: boolean;
}

export interface CapacityPlan {
  readonly replica: ReplicaMemory | null;
  /** In the order they ran. */
  readonly trials: readonly CapacityTrial[];
  /** The fewest replicas that met the objectives, or null. */
  readonly answer: CapacityTrial | null;
  readonly maxModelLen: number;
  /** Why there is no answer. */
  readonly reason?: string;
}
