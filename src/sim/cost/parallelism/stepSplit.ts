/**
 * One engine step of a tensor-parallel deployment, split three ways for the step-time bar:
 * compute (GEMMs whose tensor-core time exceeds their memory time, prefill attention),
 * memory (weight-streaming GEMMs, decode attention over the KV cache, norms and other
 * elementwise kernels) and communication (two all-reduces per layer and the logits gather),
 * over a chosen link. The parts add up to the calibrated model's step time.
 */
import type { StepShape } from '../../costModel.ts';
import { gatherUs } from '../model/allReduce.ts';
import { gemmTerms, gemmUs, type GemmWork } from '../model/gemm.ts';
import { shardShapes } from '../model/shardShapes.ts';
import { bytesPerWeight } from '../model/weights.ts';
import { layerGemms, stepBreakdown, type Deployment } from '../stepTime.ts';
import type { GemmCoefficients, StepBreakdown } from '../types.ts';
import { ringAllReduceUs, ringGatherUs } from './collectives.ts';
import type { LinkSpec } from './links.ts';

export interface StepSplit {
  readonly computeUs: number;
  readonly memoryUs: number;
  readonly commUs: number;
  readonly stepUs: number;
  /** Bytes of one all-reduce: tokens × hidden × 2 B (bf16 activations). */
  readonly allReduceBytes: number;
  /** Time of one all-reduce on the link, µs. */
  readonly allReduceUs: number;
  /** All-reduces in the step: 2 per layer. */
  readonly allReduces: number;
  /** The calibrated breakdown the split is made from (priced with the link's bandwidth). */
  readonly breakdown: StepBreakdown;
}

/** A GEMM's time, counted as compute when its tensor-core term exceeds its memory term. */
function classify(c: GemmCoefficients, works: readonly GemmWork[]): { compute: number; memory: number } {
  let compute = 0;
  let memory = 0;
  for (const w of works) {
    const t = gemmUs(c, w);
    const { computeUs, memoryUs } = gemmTerms(c, w);
    if (computeUs > memoryUs) compute += t;
    else memory += t;
  }
  return { compute, memory };
}

/**
 * Splits one step of `d` (tensor parallel over `d.tp` GPUs joined by `link`).
 * @throws Error for FP8 weights (this split prices bf16 math; the quantization lesson covers FP8)
 */
export function stepSplit(d: Deployment, shape: StepShape, link: LinkSpec): StepSplit {
  if (d.weightDtype === 'fp8') throw new Error('stepSplit prices bf16 (or weight-only) GEMMs; FP8 W8A8 is not split');
  const dl: Deployment = { ...d, gpu: { ...d.gpu, interconnect: link } };
  const b = stepBreakdown(dl, shape);
  const s = shardShapes(d.model, d.tp);
  const L = d.model.layers;
  const bf16 = d.coeffs.gemmBf16;
  const layer = classify(bf16, layerGemms(d.model, s, b.tokens, bytesPerWeight(d.weightDtype), 2));
  const lmWork: GemmWork[] = b.emittingSeqs > 0 ? [{ role: 'lm_head', m: b.emittingSeqs, n: s.lmHeadN, k: s.hidden, weightElemBytes: 2, actElemBytes: 2 }] : [];
  const lm = classify(bf16, lmWork);
  const gatherBase = b.emittingSeqs > 0 ? gatherUs(b.emittingSeqs * s.lmHeadN * 2, d.tp, link) : 0;
  const lmNorm = b.lmHeadUs - lm.compute - lm.memory - gatherBase;
  const allReduceBytes = b.tokens * s.hidden * 2;
  const oneAllReduce = ringAllReduceUs(allReduceBytes, d.tp, link);
  const gather = b.emittingSeqs > 0 ? ringGatherUs(b.emittingSeqs * s.lmHeadN * 2, d.tp, link) : 0;
  const computeUs = L * (layer.compute + b.parts.prefillAttentionUs) + lm.compute;
  const memoryUs = L * (layer.memory + b.parts.decodeAttentionUs + b.parts.elementwiseUs) + lm.memory + lmNorm;
  const commUs = L * 2 * oneAllReduce + gather;
  return { computeUs, memoryUs, commUs, stepUs: computeUs + memoryUs + commUs, allReduceBytes, allReduceUs: oneAllReduce, allReduces: 2 * L, breakdown: b };
}

