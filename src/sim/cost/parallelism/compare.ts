/**
 * Four ways to use the same GPUs for one model at decode: tensor parallel over all of them,
 * pipeline parallel (one GPU per stage), data parallel (replicas of the smallest TP that fits)
 * and, for a mixture of experts, expert parallel with data-parallel attention. Same GPUs, same
 * concurrent sequences at the same context, same link: what each gives per sequence (the time
 * between tokens) and in total (tokens per second), and how much KV each can hold.
 */
import { planMemory } from '../memoryPlanner.ts';
import { tpProblem } from '../model/shardShapes.ts';
import type { Deployment } from '../stepTime.ts';
import type { GpuCoefficients, GpuSpec, KvDtype, ModelArch, WeightDtype } from '../types.ts';
import { decodeShape, spread } from './decodeShape.ts';
import { expertParallelDecode } from './expertParallel.ts';
import type { LinkSpec } from './links.ts';
import { expertParallelMemory, pipelineStageMemory } from './memory.ts';
import { pipelineDecode } from './pipeline.ts';
import { stepSplit } from './stepSplit.ts';

export type StrategyId = 'tp' | 'pp' | 'dp' | 'ep';
export const STRATEGY_IDS: readonly StrategyId[] = ['tp', 'pp', 'dp', 'ep'];

export interface StrategyResult {
  readonly id: StrategyId;
  /** The vLLM flags of this layout, e.g. `--tensor-parallel-size 8`. */
  readonly flags: string;
  /** Why this layout cannot run (null when it can). */
  readonly problem: string | null;
  /** Time between two tokens of one sequence, µs (NaN when it cannot run). */
  readonly itlUs: number;
  /** Output tokens per second over all sequences. */
  readonly tokensPerS: number;
  /** Share of the step spent communicating. */
  readonly commShare: number;
  /** Requests of the chosen context the whole group's KV cache can hold. */
  readonly maxConcurrency: number;
  /** Weights on each GPU, bytes. */
  readonly weightBytesPerGpu: number;
  /** One line on what shapes the figures (replicas, stages, bubble, experts per GPU). */
  readonly detail: string;
  /** Sequences at the peak: what the KV cache holds, capped at max_num_seqs per engine. */
  readonly peakSeqs: number;
  /** Tokens per second at the peak. */
  readonly peakTokensPerS: number;
  /** Time between tokens at the peak, µs. */
  readonly peakItlUs: number;
}

export interface CompareInput {
  readonly model: ModelArch;
  readonly gpu: GpuSpec;
  readonly coeffs: GpuCoefficients;
  readonly gpus: number;
  /** Concurrent decoding sequences across the whole group. */
  readonly batch: number;
  readonly contextTokens: number;
  readonly link: LinkSpec;
  readonly weightDtype?: WeightDtype;
  readonly kvDtype?: KvDtype;
  /** vLLM `max_num_seqs` per engine (default {@link defaultMaxNumSeqs}). */
  readonly maxNumSeqs?: number;
}

const NONE = { itlUs: Number.NaN, tokensPerS: 0, commShare: 0, maxConcurrency: 0, weightBytesPerGpu: 0, detail: '', peakSeqs: 0, peakTokensPerS: 0, peakItlUs: Number.NaN } as const;
const failed = (id: StrategyId, flags: string, problem: string): StrategyResult => ({ id, flags, problem, ...NONE });

/** Powers of two up to `n` that divide it: the TP degrees a replica can use. */
function divisors(n: number): number[] {
  const out: number[] = [];
  for (let k = 1; k <= n; k *= 2) if (n % k === 0) out.push(k);
  return out;
}

/**
 * vLLM's default `max_num_seqs` for `vllm serve` on this GPU (per engine): 1024 on cards with
 * at least 70 GiB other than the A100, 256 otherwise (vLLM's `arg_utils.py` defaults).
 */
export function defaultMaxNumSeqs(gpu: GpuSpec): number {
  return gpu.usableGiB >= 70 && !gpu.id.startsWith('a100') ? 1024 : 256;
}

interface Runnable {
  readonly flags: string;
  readonly engines: number;
  readonly maxConcurrency: number;
  readonly weightBytesPerGpu: number;
  /** ITL, tokens/s, communication share and a detail line at `batch` sequences. */
  run(batch: number): { itlUs: number; tokensPerS: number; commShare: number; detail: string };
}

/** Evaluates a layout at the chosen load and at its peak (as many sequences as its KV and max_num_seqs allow). */
function finish(id: StrategyId, r: Runnable, batch: number, maxSeqs: number): StrategyResult {
  const now = r.run(batch);
  const peakSeqs = Math.max(1, Math.min(Math.floor(r.maxConcurrency), maxSeqs * r.engines));
  const peak = r.run(peakSeqs);
  return { id, flags: r.flags, problem: null, ...now, maxConcurrency: r.maxConcurrency, weightBytesPerGpu: r.weightBytesPerGpu, peakSeqs, peakTokensPerS: peak.tokensPerS, peakItlUs: peak.itlUs };
}

/**
 * Runs the four layouts on `input.gpus` GPUs.
 * @returns one result per strategy, in {@link STRATEGY_IDS} order
 */
export function compareStrategies(input: CompareInput): StrategyResult[] {
  const { model, gpu, coeffs, gpus: g, batch, contextTokens: ctx, link } = input;
  const weightDtype = input.weightDtype ?? 'bf16';
  const kvDtype = input.kvDtype ?? 'bf16';
  const maxSeqs = input.maxNumSeqs ?? defaultMaxNumSeqs(gpu);
  const dep = (tp: number): Deployment => ({ model, gpu, coeffs, tp, weightDtype, kvDtype });
  const plan = (tp: number) => planMemory({ model, gpu, tp, weightDtype, kvDtype, maxModelLen: ctx });
  const mem = { model, gpu, weightDtype, kvDtype, maxModelLen: ctx };
  const out: StrategyResult[] = [];

  // Tensor parallel over all g GPUs.
  const tpFlags = `--tensor-parallel-size ${g}`;
  const tpBad = tpProblem(model, g);
  const tpPlan = tpBad ? null : plan(g);
  if (tpBad || !tpPlan) out.push(failed('tp', tpFlags, tpBad ?? ''));
  else if (!tpPlan.fits) out.push(failed('tp', tpFlags, tpPlan.problem ?? 'does not fit'));
  else {
    const run = (b: number) => {
      const s = stepSplit(dep(g), decodeShape(b, ctx), link);
      return { itlUs: s.stepUs, tokensPerS: (b / s.stepUs) * 1e6, commShare: s.commUs / s.stepUs, detail: `every layer on all ${g} GPUs, ${s.allReduces} all-reduces per step` };
    };
    out.push(finish('tp', { flags: tpFlags, engines: 1, maxConcurrency: tpPlan.maxConcurrency, weightBytesPerGpu: tpPlan.weightBytes, run }, batch, maxSeqs));
  }

  // Pipeline parallel: g stages of one GPU.
  const ppFlags = `--pipeline-parallel-size ${g}`;
  if (model.layers % g !== 0) out.push(failed('pp', ppFlags, `${model.layers} layers do not split into ${g} equal stages`));
  else {
    const m = pipelineStageMemory(mem, g);
    if (!m.fits) out.push(failed('pp', ppFlags, 'a stage’s weights leave no room for one request’s KV cache'));
    else {
      const run = (b: number) => {
        const p = pipelineDecode(dep(1), g, b, ctx, link);
        return { itlUs: p.itlUs, tokensPerS: p.tokensPerS, commShare: (g * p.sendUs) / p.itlUs, detail: `${g} stages of ${p.layersPerStage} layers, ${p.microBatches} micro-batch${p.microBatches === 1 ? '' : 'es'} of ${p.microBatchSeqs}, idle ${(p.bubble * 100).toFixed(0)} %` };
      };
      out.push(finish('pp', { flags: ppFlags, engines: 1, maxConcurrency: m.maxConcurrency, weightBytesPerGpu: m.weightBytes, run }, batch, maxSeqs));
    }
  }

  // Data parallel: replicas of the smallest TP that fits.
  const k = divisors(g).find((t) => tpProblem(model, t) === null && plan(t).fits);
  if (k === undefined) out.push(failed('dp', `--data-parallel-size ${g}`, `no TP degree up to ${g} fits one replica`));
  else {
    const replicas = g / k;
    const flags = k === 1 ? `--data-parallel-size ${replicas}` : `--data-parallel-size ${replicas} --tensor-parallel-size ${k}`;
    const p = plan(k);
    const run = (b: number) => {
      const shares = spread(b, replicas);
      const steps = shares.map((x) => (x > 0 ? stepSplit(dep(k), decodeShape(x, ctx), link) : null));
      const itlUs = Math.max(...steps.map((s) => s?.stepUs ?? 0));
      const tokensPerS = shares.reduce((t, x, i) => t + (x > 0 ? (x / (steps[i]?.stepUs ?? 1)) * 1e6 : 0), 0);
      const first = steps[0];
      return { itlUs, tokensPerS, commShare: first ? first.commUs / first.stepUs : 0, detail: `${replicas} replica${replicas === 1 ? '' : 's'} of TP ${k}, up to ${shares[0] ?? 0} sequences each` };
    };
    out.push(finish('dp', { flags, engines: replicas, maxConcurrency: replicas * p.maxConcurrency, weightBytesPerGpu: p.weightBytes, run }, batch, maxSeqs));
  }

  // Expert parallel (MoE only): DP attention, experts spread over the g GPUs.
  const epFlags = `--data-parallel-size ${g} --enable-expert-parallel`;
  if (!model.moe) out.push(failed('ep', epFlags, `${model.name} is dense: no experts to spread`));
  else if (model.moe.experts % g !== 0) out.push(failed('ep', epFlags, `${model.moe.experts} experts do not divide over ${g} GPUs`));
  else {
    const m = expertParallelMemory(mem, g);
    if (!m.fits) out.push(failed('ep', epFlags, 'attention weights plus the local experts leave no room for KV cache'));
    else {
      const run = (b: number) => {
        const e = expertParallelDecode(dep(1), g, b, ctx, link);
        return { itlUs: e.itlUs, tokensPerS: e.tokensPerS, commShare: e.commShare, detail: `${e.expertsPerGpu} expert${e.expertsPerGpu === 1 ? '' : 's'} per GPU, attention for up to ${e.seqsPerGpu} sequences each` };
      };
      out.push(finish('ep', { flags: epFlags, engines: g, maxConcurrency: g * m.maxConcurrency, weightBytesPerGpu: m.weightBytes, run }, batch, maxSeqs));
    }
  }
  return out;
}

/** The runnable layout with the shortest time between tokens at the chosen load, and the one with the highest peak tokens per second. */
export function winners(rows: readonly StrategyResult[]): { latency: StrategyId | null; throughput: StrategyId | null } {
  const ok = rows.filter((r) => r.problem === null);
  const by = (f: (r: StrategyResult) => number) => (ok.length ? ok.reduce((a, b) => (f(b) > f(a) ? b : a)).id : null);
  return { latency: by((r) => -r.itlUs), throughput: by((r) => r.peakTokensPerS) };
}
