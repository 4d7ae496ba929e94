/**
 * Time of one engine step (one forward pass) for a batch mixing prefill chunks and decodes:
 * per-layer GEMMs + attention + elementwise kernels, two all-reduces per layer under tensor
 * parallelism, and lm_head only for the sequences that sample a token.
 */
import type { StepShape } from '../costModel.ts';
import { allReduceUs, gatherUs } from './model/allReduce.ts';
import { decodeAttentionUs, prefillAttentionUs } from './model/attention.ts';
import { fp8ActivationUs, fp8ComputeRows, fp8QuantisedInputs } from './model/fp8Activation.ts';
import { gemmUs, type GemmWork } from './model/gemm.ts';
import { shardShapes, type ShardShapes } from './model/shardShapes.ts';
import { bytesPerWeight } from './model/weights.ts';
import type { GemmCoefficients, GemmRole, GpuCoefficients, GpuSpec, KvDtype, ModelArch, StepBreakdown, WeightDtype } from './types.ts';

/** Everything fixed for a deployment: model, GPU, its coefficients, TP and dtypes. */
export interface Deployment {
  readonly model: ModelArch;
  readonly gpu: GpuSpec;
  readonly coeffs: GpuCoefficients;
  readonly tp: number;
  readonly weightDtype: WeightDtype;
  readonly kvDtype: KvDtype;
}

/** The GEMM coefficients and element sizes used for a weight dtype on a GPU. */
function gemmSetup(d: Deployment): { c: GemmCoefficients; wb: number; ab: number } {
  // W8A8 FP8 needs FP8 tensor cores; int8/int4 are modelled as weight-only (bf16 math).
  if (d.weightDtype === 'fp8' && d.gpu.fp8Tflops !== null) return { c: d.coeffs.gemmFp8, wb: 1, ab: 1 };
  return { c: d.coeffs.gemmBf16, wb: bytesPerWeight(d.weightDtype), ab: 2 };
}

/** GEMMs of one decoder layer for `m` tokens (`ab` = 1: W8A8 FP8, rows in whole tiles). */
export function layerGemms(model: ModelArch, s: ShardShapes, m: number, wb: number, ab: number): GemmWork[] {
  const base = { m, weightElemBytes: wb, actElemBytes: ab };
  const rows = ab === 1 ? fp8ComputeRows(m) : m;
  const dense = (role: GemmRole, n: number, k: number): GemmWork => (ab === 1 ? { ...base, role, n, k, flops: 2 * rows * n * k } : { ...base, role, n, k });
  const works: GemmWork[] = [dense('qkv', s.qkvN, s.hidden), dense('o', s.hidden, s.oK)];
  const inter = s.intermediatePerGpu;
  if (!model.moe) {
    works.push(dense('gate_up', 2 * inter, s.hidden), dense('down', s.hidden, inter));
    return works;
  }
  // MoE: expected distinct experts hit by m tokens choosing top-k uniformly; one grouped GEMM each.
  const { experts: e, expertsPerToken: topk } = model.moe;
  const active = e * (1 - (1 - topk / e) ** m);
  const grouped = (role: 'gate_up' | 'down', n: number, k: number): GemmWork => ({
    role,
    m: m * topk,
    n,
    k,
    weightElemBytes: wb,
    actElemBytes: ab,
    weightBytes: active * n * k * wb,
  });
  works.push(grouped('gate_up', 2 * inter, s.hidden), grouped('down', s.hidden, inter));
  works.push({ ...base, role: 'o', n: e, k: s.hidden, weightElemBytes: 2 }); // router, replicated
  return works;
}

/** Bytes per token moved by a layer's elementwise kernels on one GPU. */
export function elementwiseBytesPerToken(model: ModelArch, s: ShardShapes, fp8Acts: boolean): number {
  const mlp = s.intermediatePerGpu * (model.moe ? model.moe.expertsPerToken : 1);
  // 2 RMSNorms (r+w H), 2 residual adds (2r+w H), RoPE on q and k (r+w), SiLU·mul (2r+w I).
  const bf16 = 2 * (10 * s.hidden + 2 * (s.oK + s.kvHeadsPerGpu * s.headDim) + 3 * mlp);
  // FP8 W8A8 casts each GEMM input (bf16 read, fp8 write); the step model prices it per kernel in fp8ActivationUs.
  const quant = fp8Acts ? 3 * (2 * s.hidden + s.oK + mlp) : 0;
  return bf16 + quant;
}

/**
 * The per-layer time that depends only on the token count `m`: GEMMs, elementwise kernels
 * and, for FP8, activation quantisation (shared with the step pricer's cache).
 */
export function layerTokenUs(d: Deployment, s: ShardShapes, m: number): { gemmUs: number; elementwiseUs: number } {
  const { c, wb, ab } = gemmSetup(d);
  const gemm = layerGemms(d.model, s, m, wb, ab).reduce((t, w) => t + gemmUs(c, w), 0);
  const gbps = d.coeffs.layer.elementwiseGBps;
  let ew = d.coeffs.layer.fixedUs + (m * elementwiseBytesPerToken(d.model, s, false)) / (gbps * 1e3);
  if (ab === 1) ew += fp8ActivationUs(fp8QuantisedInputs(d.model, s, m), fp8KernelUs(d.coeffs), gbps);
  return { gemmUs: gemm, elementwiseUs: ew };
}

/** Fixed cost of one small kernel; coefficient sets fitted before it existed use half the FP8 GEMM latency. */
export function fp8KernelUs(c: GpuCoefficients): number {
  return c.layer.kernelUs ?? c.gemmFp8.t0Us / 2;
}

/**
 * Breaks one engine step into per-layer compute, communication and lm_head.
 * @returns all-zero times for an empty step
 */
export function stepBreakdown(d: Deployment, shape: StepShape): StepBreakdown {
  const s = shardShapes(d.model, d.tp);
  const prefillTokens = shape.prefills.reduce((n, p) => n + p.newTokens, 0);
  const m = prefillTokens + shape.decodes.length;
  const emitting = shape.decodes.length + shape.prefills.filter((p) => p.emitsToken).length;
  if (m === 0) {
    return { perLayerUs: 0, commUs: 0, lmHeadUs: 0, stepUs: 0, tokens: 0, emittingSeqs: 0, parts: { gemmUs: 0, prefillAttentionUs: 0, decodeAttentionUs: 0, elementwiseUs: 0 } };
  }
  const { gemmUs: gemm, elementwiseUs: ew } = layerTokenUs(d, s, m);
  const prefillAttn = prefillAttentionUs(d.coeffs.prefillAttn, shape.prefills, s.headsPerGpu, s.headDim);
  // vLLM documents no latency gain from an fp8 KV cache, so decode attention is priced as bf16.
  const decodeAttn = decodeAttentionUs(d.coeffs.decodeAttn, shape.decodes.map((x) => x.contextTokens), s.kvHeadsPerGpu, s.headDim);
  const perLayerUs = gemm + prefillAttn + decodeAttn + ew;
  const commUs = 2 * allReduceUs(m * s.hidden * 2, d.tp, d.gpu.interconnect);
  const lmHeadUs = lmHeadTimeUs(d, s, emitting);
  return {
    perLayerUs,
    commUs,
    lmHeadUs,
    stepUs: d.model.layers * (perLayerUs + commUs) + lmHeadUs,
    tokens: m,
    emittingSeqs: emitting,
    parts: { gemmUs: gemm, prefillAttentionUs: prefillAttn, decodeAttentionUs: decodeAttn, elementwiseUs: ew },
  };
}

/** Final RMSNorm + lm_head (kept bf16, as vLLM does for quantised checkpoints) + logits gather. */
export function lmHeadTimeUs(d: Deployment, s: ShardShapes, emitting: number): number {
  if (emitting === 0) return 0;
  const gemm = gemmUs(d.coeffs.gemmBf16, { role: 'lm_head', m: emitting, n: s.lmHeadN, k: s.hidden, weightElemBytes: 2, actElemBytes: 2 });
  const norm = (emitting * 4 * s.hidden) / (d.coeffs.layer.elementwiseGBps * 1e3);
  return gemm + norm + gatherUs(emitting * s.lmHeadN * 2, d.tp, d.gpu.interconnect);
}
