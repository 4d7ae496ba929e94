/**
 * A documented first-principles roofline, used until the calibrated model (src/sim/cost/)
 * becomes the default. A step takes max(bytes / bandwidth, FLOPs / peak) plus a fixed
 * per-step overhead. Constants describe Llama-3.1-8B, bf16, TP1 on one H100 SXM:
 *
 * - parameters 8.03e9, of which the embedding (no FLOPs) and the LM head are 0.525e9 each
 *   (128,256 × 4,096); weights 2 bytes each, all read once per step;
 * - 32 layers, hidden 4,096, 8 KV heads × 128 dims: KV cache 2 × 32 × 8 × 128 × 2 B =
 *   131,072 B per token (read by attention, once per step per sequence);
 * - attention FLOPs 4 × layers × hidden per (query, key) pair (QKᵀ and PV);
 * - H100 SXM: 3.35 TB/s HBM3 at ~80% → 2.7e12 B/s effective (a pure copy measured
 *   ~2.9–3.0 TB/s; weights streamed through small GEMMs reach less); 989 TFLOP/s dense bf16
 *   at ~70% → 700e12 FLOP/s effective (an 8192³ matmul measured ~780–800, model GEMMs less);
 * - 400 µs per step for the scheduler, sampling and launch overhead (vLLM: "roughly a
 *   millisecond or less per step").
 * Against shared/calibration/h100-sxm-80gb.json it lands within ~15%: batch-1 decode at 512
 * context ≈ 6.4 ms (measured ≈ 6.8), batch 256 ≈ 12.7 ms (≈ 14.5), a 2,048-token prefill
 * ≈ 43 ms (≈ 45).
 */
import type { CostModel, StepShape } from '../costModel.ts';

/** The constants of a simple roofline cost model. */
export interface RooflineParams {
  readonly id: string;
  readonly label: string;
  /** Parameters that do matmul work per token (all layers, without embedding and LM head). */
  readonly layerParams: number;
  /** LM-head parameters, run only for sequences that sample a token. */
  readonly lmHeadParams: number;
  /** All weight bytes read per step. */
  readonly weightBytes: number;
  readonly kvBytesPerToken: number;
  readonly layers: number;
  /** Query width (heads × head dim) for the attention FLOPs. */
  readonly attnWidth: number;
  readonly memBandwidthBps: number;
  readonly peakFlops: number;
  readonly stepOverheadUs: number;
}

/** Llama-3.1-8B, bf16, TP1, H100 SXM (see the file comment for sources). */
export const LLAMA_8B_H100: RooflineParams = {
  id: 'simple-llama-3.1-8b-h100',
  label: 'Llama-3.1-8B on H100 SXM, TP1, bf16 (simple roofline)',
  layerParams: 8.03e9 - 2 * 0.525e9,
  lmHeadParams: 0.525e9,
  weightBytes: 8.03e9 * 2,
  kvBytesPerToken: 2 * 32 * 8 * 128 * 2,
  layers: 32,
  attnWidth: 4096,
  memBandwidthBps: 2.7e12,
  peakFlops: 700e12,
  stepOverheadUs: 400,
};

/**
 * Builds a roofline cost model.
 * @example
 * const m = createSimpleCostModel(LLAMA_8B_H100);
 * m.stepTimeUs({ prefills: [], decodes: [{ contextTokens: 512 }] }); // ≈ 6,400 µs
 */
export function createSimpleCostModel(p: RooflineParams): CostModel {
  const attnFlopsPerPair = 4 * p.layers * p.attnWidth;
  return {
    id: p.id,
    label: p.label,
    stepTimeUs(shape: StepShape): number {
      let tokens = 0;
      let emitted = 0;
      let pairs = 0;
      let kvRead = 0;
      for (const c of shape.prefills) {
        const n = c.newTokens;
        tokens += n;
        if (c.emitsToken) emitted++;
        // Causal attention: token i of the chunk sees cached + i + 1 keys.
        pairs += n * c.cachedTokens + (n * (n + 1)) / 2;
        kvRead += c.cachedTokens + n;
      }
      const decodes = shape.decodes;
      for (let i = 0; i < decodes.length; i++) {
        const ctx = (decodes[i] as { contextTokens: number }).contextTokens;
        pairs += ctx;
        kvRead += ctx;
      }
      tokens += decodes.length;
      emitted += decodes.length;
      if (tokens === 0) return 0;
      const flops = 2 * p.layerParams * tokens + 2 * p.lmHeadParams * emitted + attnFlopsPerPair * pairs;
      const bytes = p.weightBytes + p.kvBytesPerToken * kvRead;
      const seconds = Math.max(bytes / p.memBandwidthBps, flops / p.peakFlops);
      return seconds * 1e6 + p.stepOverheadUs;
    },
  };
}

/** The simple roofline for Llama-3.1-8B on an H100. */
export const simpleCostModel: CostModel = createSimpleCostModel(LLAMA_8B_H100);
