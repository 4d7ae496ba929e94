/**
 * A fast path for pricing steps inside the simulator's hot loop. Gives exactly the `stepUs` of
 * {@link stepBreakdown}, but caches every term that depends only on the token count (GEMMs,
 * elementwise kernels, all-reduces) or on the number of sampling sequences (lm_head), and reads
 * decode contexts without building arrays. A 10,000-request simulation prices ~10^5 steps.
 */
import type { StepShape } from '../costModel.ts';
import { allReduceUs } from './model/allReduce.ts';
import { decodeAttentionUs, prefillAttentionUs } from './model/attention.ts';
import { shardShapes } from './model/shardShapes.ts';
import { type Deployment, layerTokenUs, lmHeadTimeUs } from './stepTime.ts';

/** Returns a function equal to `stepBreakdown(d, shape).stepUs`, memoised. */
export function createStepPricer(d: Deployment): (shape: StepShape) => number {
  const s = shardShapes(d.model, d.tp);
  const byTokens = new Map<number, number>();
  const byEmitting = new Map<number, number>();
  const contexts: number[] = [];

  /** Layer terms that depend only on m: GEMMs + elementwise, plus communication. */
  const tokenTerms = (m: number): { perLayer: number; comm: number } => {
    const t = layerTokenUs(d, s, m);
    return { perLayer: t.gemmUs + t.elementwiseUs, comm: 2 * allReduceUs(m * s.hidden * 2, d.tp, d.gpu.interconnect) };
  };

  return (shape) => {
    let prefillTokens = 0;
    let emitting = shape.decodes.length;
    for (const p of shape.prefills) {
      prefillTokens += p.newTokens;
      if (p.emitsToken) emitting++;
    }
    const m = prefillTokens + shape.decodes.length;
    if (m === 0) return 0;
    let perTokens = byTokens.get(m);
    if (perTokens === undefined) {
      const t = tokenTerms(m);
      perTokens = t.perLayer;
      byTokens.set(m, perTokens);
      byTokens.set(-m, t.comm); // negative keys hold the communication term for m tokens
    }
    const comm = byTokens.get(-m) ?? 0;
    let lm = byEmitting.get(emitting);
    if (lm === undefined) {
      lm = lmHeadTimeUs(d, s, emitting);
      byEmitting.set(emitting, lm);
    }
    const prefillAttn = shape.prefills.length ? prefillAttentionUs(d.coeffs.prefillAttn, shape.prefills, s.headsPerGpu, s.headDim) : 0;
    contexts.length = shape.decodes.length;
    for (let i = 0; i < shape.decodes.length; i++) contexts[i] = (shape.decodes[i] as { contextTokens: number }).contextTokens;
    const decodeAttn = decodeAttentionUs(d.coeffs.decodeAttn, contexts, s.kvHeadsPerGpu, s.headDim);
    return d.model.layers * (perTokens + prefillAttn + decodeAttn + comm) + lm;
  };
}
