/**
 * A fast stand-in for the calibrated step-time model (src/sim/cost), for simulating a whole
 * cluster: the calibrated model costs ~90 µs per step, and 16 replicas for an hour take
 * millions of steps. Built once per deployment from the calibrated model itself:
 *
 * - GEMMs, elementwise kernels and all-reduces depend only on the step's token count m:
 *   tabulated at ~60 values of m and interpolated linearly.
 * - lm_head depends only on how many sequences sample a token: tabulated the same way.
 * - Prefill attention is the calibrated tile model, called directly (prefill steps are few).
 * - Decode attention is the calibrated formula evaluated from (sequences, Σ context, max
 *   context), so a decode step is O(1) instead of O(batch).
 *
 * Agreement with `createCalibratedCostModel(...).stepTimeUs` is checked by unit tests.
 */
import { createCalibratedCostModel, type CalibratedCostModel } from '../cost/calibratedCostModel.ts';
import { prefillAttentionUs, type PrefillAttnChunk } from '../cost/model/attention.ts';
import { shardShapes } from '../cost/model/shardShapes.ts';
import { findGpu } from '../cost/catalog/gpus.ts';
import type { DecodeAttnCoefficients, Interconnect, KvDtype, WeightDtype } from '../cost/types.ts';

/** The batch of one step, in the aggregate form the cluster's pods keep. */
export interface StepLoad {
  /** Prefill chunks scheduled this step. */
  readonly chunks: readonly PrefillAttnChunk[];
  /** How many of the chunks finish their prompt (and so sample a token). */
  readonly emittingChunks: number;
  /** Decoding sequences (one token each). */
  readonly decodes: number;
  /** Σ of their context lengths (tokens attended, including the new token). */
  readonly decodeContextSum: number;
  /** The longest of their contexts. */
  readonly decodeContextMax: number;
}

/** Prices steps of one deployment. */
export interface StepCost {
  readonly label: string;
  /** Step time in µs (0 for an empty step). */
  stepUs(load: StepLoad): number;
  /** Time to prefill `tokens` uncached tokens alone (one request, chunked by the token budget). */
  prefillUs(tokens: number, maxNumBatchedTokens: number): number;
}

/** Options: which calibrated deployment to imitate. */
export interface StepCostOptions {
  readonly modelId: string;
  readonly gpuId: string;
  readonly tp: number;
  readonly weightDtype?: WeightDtype;
  readonly kvDtype?: KvDtype;
  /** Replaces the GPU's interconnect for the all-reduces (multi-node tensor parallelism). */
  readonly interconnect?: Interconnect;
}

/** Token counts where the m-dependent part is tabulated: 1…32, then 8 points per octave to 32,768. */
function grid(): number[] {
  const out: number[] = [];
  for (let m = 1; m <= 32; m++) out.push(m);
  for (let m = 32; m < 32_768; ) {
    for (let k = 1; k <= 8; k++) out.push(Math.round(m * 2 ** (k / 8)));
    m *= 2;
  }
  return [...new Set(out)].sort((a, b) => a - b);
}

const DENSE_TOKENS = 16_384;
const DENSE_SEQS = 2_048;

/** Linear interpolation in a sorted table (linear extrapolation past the last point). */
function interp(xs: Float64Array, ys: Float64Array, x: number): number {
  const n = xs.length;
  if (x <= (xs[0] as number)) return ys[0] as number;
  let lo = 0;
  let hi = n - 1;
  if (x >= (xs[hi] as number)) lo = n - 2;
  else {
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if ((xs[mid] as number) <= x) lo = mid;
      else hi = mid;
    }
  }
  const x0 = xs[lo] as number;
  const x1 = xs[lo + 1] as number;
  const y0 = ys[lo] as number;
  const y1 = ys[lo + 1] as number;
  return y0 + ((y1 - y0) * (x - x0)) / (x1 - x0);
}

/**
 * Decode attention of one GPU from aggregates: the calibrated `decodeAttentionUs` formula
 * (src/sim/cost/model/attention.ts), which depends on the contexts only through their count,
 * sum and maximum.
 */
export function decodeAttentionFromStats(c: DecodeAttnCoefficients, seqs: number, sumCtx: number, maxCtx: number, kvHeads: number, headDim: number): number {
  if (seqs === 0) return 0;
  const bytesPerToken = 2 * headDim * 2;
  const units = seqs * kvHeads;
  const chainUs = (maxCtx * bytesPerToken) / (c.unitGBps * 1e3);
  const kvBytes = sumCtx * kvHeads * bytesPerToken;
  const streamUs = kvBytes / (c.gbps * 1e3) + (units * c.unitOverheadKB) / c.gbps;
  // With the fitted exponent (p ≈ 9.7) the smooth max is the max to within 0.02 % once one
  // term is under half the other: skip the three powers then.
  const hi = Math.max(chainUs, streamUs);
  if (Math.min(chainUs, streamUs) < 0.5 * hi && c.p >= 8) return c.t0Us + hi;
  return c.t0Us + (chainUs ** c.p + streamUs ** c.p) ** (1 / c.p);
}

/**
 * Builds the fast step-cost model of a deployment.
 * @throws Error for unknown model/GPU ids or an invalid tensor-parallel degree
 * @example createStepCost({ modelId: 'qwen2.5-32b', gpuId: 'h100-sxm-80gb', tp: 2 }).stepUs(load)
 */
export function createStepCost(opts: StepCostOptions): StepCost & { readonly calibrated: CalibratedCostModel } {
  const base = findGpu(opts.gpuId);
  const gpu = base && opts.interconnect ? { ...base, interconnect: opts.interconnect } : undefined;
  const cal = createCalibratedCostModel({ modelId: opts.modelId, gpuId: opts.gpuId, ...(gpu ? { gpu } : {}), tp: opts.tp, weightDtype: opts.weightDtype ?? 'bf16', kvDtype: opts.kvDtype ?? 'bf16' });
  const d = cal.deployment;
  const s = shardShapes(d.model, d.tp);
  const layers = d.model.layers;
  const ms = grid();
  const xs = Float64Array.from(ms);
  // m tokens of pure prefill with no context, no sampling: everything but attention and lm_head.
  const linear = Float64Array.from(ms, (m) => {
    const b = cal.breakdown({ prefills: [{ newTokens: m, cachedTokens: 0, emitsToken: false }], decodes: [] });
    return b.stepUs - layers * b.parts.prefillAttentionUs;
  });
  const eXs = Float64Array.from(ms.filter((m) => m <= 4096));
  const lmHead = Float64Array.from(eXs, (e) => cal.breakdown({ prefills: [], decodes: Array.from({ length: e }, () => ({ contextTokens: 1 })) }).lmHeadUs);
  // Dense copies for the common range: a decode step then costs two array reads, not two searches.
  const linearDense = Float64Array.from({ length: DENSE_TOKENS + 1 }, (_, m) => (m === 0 ? 0 : interp(xs, linear, m)));
  const lmHeadDense = Float64Array.from({ length: DENSE_SEQS + 1 }, (_, e) => (e === 0 ? 0 : interp(eXs, lmHead, e)));
  const pa = d.coeffs.prefillAttn;
  const da = d.coeffs.decodeAttn;
  const chunkScratch: PrefillAttnChunk[] = [];

  const stepUs = (load: StepLoad): number => {
    let m = load.decodes;
    for (const c of load.chunks) m += c.newTokens;
    if (m === 0) return 0;
    const emitting = load.decodes + load.emittingChunks;
    const attn =
      (load.chunks.length > 0 ? prefillAttentionUs(pa, load.chunks, s.headsPerGpu, s.headDim) : 0) +
      decodeAttentionFromStats(da, load.decodes, load.decodeContextSum, load.decodeContextMax, s.kvHeadsPerGpu, s.headDim);
    const lin = m <= DENSE_TOKENS ? (linearDense[m] as number) : interp(xs, linear, m);
    const head = emitting <= DENSE_SEQS ? (lmHeadDense[emitting] as number) : interp(eXs, lmHead, emitting);
    return lin + layers * attn + head;
  };

  return {
    label: cal.label,
    calibrated: cal,
    stepUs,
    prefillUs(tokens: number, budget: number): number {
      let total = 0;
      for (let done = 0; done < tokens; ) {
        const n = Math.min(budget, tokens - done);
        chunkScratch.length = 0;
        chunkScratch.push({ newTokens: n, cachedTokens: done });
        done += n;
        total += stepUs({ chunks: chunkScratch, emittingChunks: done >= tokens ? 1 : 0, decodes: 0, decodeContextSum: 0, decodeContextMax: 0 });
      }
      return total;
    },
  };
}
