/**
 * Parameter counts and weight bytes. Quantised formats apply to the decoder's linear
 * layers; embeddings, lm_head and norms stay bf16 (as in AWQ/GPTQ/FP8 checkpoints).
 */
import type { ModelArch, WeightDtype } from '../types.ts';

/** Group size of AWQ/GPTQ int4 scales and zero points. */
export const INT4_GROUP = 128;

/**
 * Bytes of one K×N weight matrix stored as `dtype`, including quantisation metadata:
 * int4 AWQ/GPTQ add an fp16 scale and a 4-bit zero point per group of 128 inputs
 * (+3.5%), GPTQ also an int32 `g_idx` per input row; int8 and fp8 add one fp32 scale
 * per output channel.
 */
export function matrixBytes(k: number, n: number, dtype: WeightDtype): number {
  const elems = k * n;
  switch (dtype) {
    case 'bf16':
      return elems * 2;
    case 'fp8':
    case 'int8':
      return elems + 4 * n;
    case 'int4-awq':
      return elems / 2 + (elems / INT4_GROUP) * (2 + 0.5);
    case 'int4-gptq':
      return elems / 2 + (elems / INT4_GROUP) * (2 + 0.5) + 4 * k;
  }
}

/** Bytes per weight element as the GEMM model streams them (metadata folded in). */
export function bytesPerWeight(dtype: WeightDtype): number {
  return matrixBytes(4096, 4096, dtype) / (4096 * 4096);
}

/** The linear matrices of one decoder layer as [K, N, count] (full model, before TP). */
export function layerMatrices(m: ModelArch): readonly (readonly [number, number, number])[] {
  const q = m.heads * m.headDim;
  const kv = m.kvHeads * m.headDim;
  const attn = [
    [m.hidden, q + 2 * kv, 1],
    [q, m.hidden, 1],
  ] as const;
  if (m.moe) {
    const e = m.moe;
    return [...attn, [m.hidden, 2 * e.expertIntermediate, e.experts], [e.expertIntermediate, m.hidden, e.experts], [m.hidden, e.experts, 1]];
  }
  return [...attn, [m.hidden, 2 * m.intermediate, 1], [m.intermediate, m.hidden, 1]];
}

/** Total parameters computed from the architecture (embeddings, layers, norms, lm_head). */
export function paramCount(m: ModelArch): number {
  const perLayer = layerMatrices(m).reduce((s, [k, n, c]) => s + k * n * c, 0) + 2 * m.hidden;
  const embed = m.vocab * m.hidden;
  return embed * (m.tiedEmbeddings ? 1 : 2) + m.layers * perLayer + m.hidden;
}

/** Parameters active per token (MoE: only the routed experts). */
export function activeParamCount(m: ModelArch): number {
  if (!m.moe) return paramCount(m);
  const e = m.moe;
  const inactive = (e.experts - e.expertsPerToken) * 3 * m.hidden * e.expertIntermediate * m.layers;
  return paramCount(m) - inactive;
}

/**
 * Weight bytes held by one GPU under tensor parallelism `tp`: linear layers and the
 * vocab-parallel embedding/lm_head are split tp ways; norms are replicated.
 */
export function weightBytesPerGpu(m: ModelArch, dtype: WeightDtype, tp: number): number {
  const linear = layerMatrices(m).reduce((s, [k, n, c]) => s + matrixBytes(k, n, dtype) * c, 0);
  const embed = m.vocab * m.hidden * 2 * (m.tiedEmbeddings ? 1 : 2);
  const norms = (2 * m.layers + 1) * m.hidden * 2;
  return (m.layers * linear + embed) / tp + norms;
}
