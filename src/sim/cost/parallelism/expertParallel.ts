/**
 * Expert parallelism with data-parallel attention, the layout vLLM recommends for MoE models
 * (`--data-parallel-size N --enable-expert-parallel`): each of the `ep` GPUs runs attention for
 * its own share of the sequences with a full copy of the attention weights, and holds
 * experts/ep whole experts. Every MoE layer sends each token's hidden state to the GPUs of its
 * top-k experts (dispatch, an all-to-all) and brings the results back (combine).
 *
 * Routing is taken as uniform: each GPU receives batch × k / ep token-rows and streams the
 * weights of the distinct local experts they hit, E/ep · (1 − (1 − k/E)^batch) — the same
 * expectation the step model uses for MoE under TP. Real routers are uneven and the busiest
 * GPU sets the pace (vLLM's EPLB rebalances experts for that reason).
 */
import { decodeAttentionUs } from '../model/attention.ts';
import { gemmUs, type GemmWork } from '../model/gemm.ts';
import { shardShapes } from '../model/shardShapes.ts';
import { bytesPerWeight } from '../model/weights.ts';
import { elementwiseBytesPerToken, lmHeadTimeUs, type Deployment } from '../stepTime.ts';
import { allToAllUs } from './collectives.ts';
import { spread } from './decodeShape.ts';
import type { LinkSpec } from './links.ts';

export interface ExpertParallelDecode {
  readonly ep: number;
  /** Experts each GPU holds. */
  readonly expertsPerGpu: number;
  /** Sequences whose attention each GPU runs (the largest share). */
  readonly seqsPerGpu: number;
  /** Token-rows each GPU's experts process per layer (expected). */
  readonly expertRowsPerGpu: number;
  /** Per layer, µs. */
  readonly attentionUs: number;
  readonly expertUs: number;
  /** Dispatch + combine per layer, µs. */
  readonly allToAllUs: number;
  readonly lmHeadUs: number;
  readonly itlUs: number;
  readonly tokensPerS: number;
  /** Communication share of the step. */
  readonly commShare: number;
}

/**
 * Decode of `batch` sequences at `contextTokens` with DP attention and EP experts over `ep` GPUs.
 * @param d a TP=1 deployment of the model on one GPU
 * @throws Error for a dense model, or when the experts do not divide evenly over `ep` GPUs
 */
export function expertParallelDecode(d: Deployment, ep: number, batch: number, contextTokens: number, link: LinkSpec): ExpertParallelDecode {
  const moe = d.model.moe;
  if (!moe) throw new Error(`${d.model.name} is a dense model: expert parallelism needs a mixture-of-experts model`);
  if (!Number.isInteger(ep) || ep < 1 || moe.experts % ep !== 0) throw new Error(`${moe.experts} experts do not divide over ${ep} GPUs`);
  if (d.weightDtype === 'fp8') throw new Error('expert parallelism is priced for bf16 (or weight-only) GEMMs');
  const s = shardShapes(d.model, 1);
  const c = d.coeffs.gemmBf16;
  const wb = bytesPerWeight(d.weightDtype);
  const seqs = Math.max(...spread(batch, ep), 0);
  const m = seqs;
  const attnGemms: GemmWork[] = [
    { role: 'qkv', m, n: s.qkvN, k: s.hidden, weightElemBytes: wb, actElemBytes: 2 },
    { role: 'o', m, n: s.hidden, k: s.oK, weightElemBytes: wb, actElemBytes: 2 },
    { role: 'o', m, n: moe.experts, k: s.hidden, weightElemBytes: 2, actElemBytes: 2 }, // router
  ];
  const ew = d.coeffs.layer.fixedUs + (m * elementwiseBytesPerToken(d.model, s, false)) / (d.coeffs.layer.elementwiseGBps * 1e3);
  const attentionUs = m === 0 ? 0 : attnGemms.reduce((t, w) => t + gemmUs(c, w), 0) + decodeAttentionUs(d.coeffs.decodeAttn, Array.from({ length: m }, () => contextTokens), d.model.kvHeads, d.model.headDim) + ew;
  const expertsPerGpu = moe.experts / ep;
  const rows = (batch * moe.expertsPerToken) / ep;
  const hit = expertsPerGpu * (1 - (1 - moe.expertsPerToken / moe.experts) ** batch);
  const inter = moe.expertIntermediate;
  const rowsRun = Math.max(1, Math.round(rows));
  const experts: GemmWork[] = [
    { role: 'gate_up', m: rowsRun, n: 2 * inter, k: s.hidden, weightElemBytes: wb, actElemBytes: 2, weightBytes: hit * 2 * inter * s.hidden * wb },
    { role: 'down', m: rowsRun, n: s.hidden, k: inter, weightElemBytes: wb, actElemBytes: 2, weightBytes: hit * inter * s.hidden * wb },
  ];
  const expertUs = batch === 0 ? 0 : experts.reduce((t, w) => t + gemmUs(c, w), 0);
  // Each GPU sends its sequences' hidden states to k experts' GPUs, then receives the results back.
  const a2a = ep > 1 ? 2 * allToAllUs(m * moe.expertsPerToken * s.hidden * 2, ep, link) : 0;
  const lmHeadUs = m === 0 ? 0 : lmHeadTimeUs(d, s, m);
  const L = d.model.layers;
  const itlUs = L * (attentionUs + expertUs + a2a) + lmHeadUs;
  return {
    ep,
    expertsPerGpu,
    seqsPerGpu: seqs,
    expertRowsPerGpu: rows,
    attentionUs,
    expertUs,
    allToAllUs: a2a,
    lmHeadUs,
    itlUs,
    tokensPerS: itlUs > 0 ? (batch / itlUs) * 1e6 : 0,
    commShare: itlUs > 0 ? (L * a2a) / itlUs : 0,
  };
}
