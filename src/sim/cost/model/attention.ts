/**
 * Attention time. Prefill: causal flash attention in 128×128 tiles; tiles (one per query
 * block and head, longest first) run in waves over the SMs, and each wave lasts as long
 * as its longest tile. Decode: one work unit per (sequence, KV head) streams that
 * sequence's K and V; the step is bound either by the longest unit or by total bandwidth.
 */
import type { DecodeAttnCoefficients, PrefillAttnCoefficients } from '../types.ts';

export const ATTN_TILE = 128;

/**
 * Tile time relative to head_dim 128. Only the two matmuls scale with head_dim; the softmax
 * (exp, max, rescale) of a 128×128 score tile does not. The split (0.44 fixed) comes from
 * Llama-3.2-1B (head_dim 64) timed on an H100 with tools/profile-gpu: its tiles cost 0.72×
 * a head_dim-128 tile, not 0.5×. The shipped tables only have head_dim 128.
 */
export function tileScale(headDim: number): number {
  return 0.44 + (0.56 * headDim) / 128;
}

/** One prefill chunk as attention sees it. */
export interface PrefillAttnChunk {
  readonly newTokens: number;
  readonly cachedTokens: number;
}

/**
 * Causal prefill attention for a batch of chunks on one GPU, µs.
 * @param heads query heads on this GPU
 */
export function prefillAttentionUs(c: PrefillAttnCoefficients, chunks: readonly PrefillAttnChunk[], heads: number, headDim: number): number {
  // Distinct tile sizes (in 128-key blocks), each occurring `heads` times.
  const sizes: number[] = [];
  let tokens = 0;
  for (const ch of chunks) {
    if (ch.newTokens <= 0) continue;
    tokens += ch.newTokens;
    const tiles = Math.ceil(ch.newTokens / ATTN_TILE);
    const cachedBlocks = ch.cachedTokens / ATTN_TILE;
    for (let j = 1; j <= tiles; j++) sizes.push(cachedBlocks + Math.min(j * ATTN_TILE, ch.newTokens) / ATTN_TILE);
  }
  if (tokens === 0) return 0;
  sizes.sort((a, b) => b - a);
  const total = sizes.length * heads;
  let span = 0;
  // Wave w starts with tile index w·SMs of the longest-first order; its first tile is its longest.
  for (let start = 0; start < total; start += c.sms) span += sizes[Math.floor(start / heads)] as number;
  return c.t0Us + c.tileUs * tileScale(headDim) * span + (c.linearUs * (headDim / 128) * heads * tokens) / 1e4;
}

/** Options of {@link decodeAttentionUs}. */
export interface DecodeAttnOptions {
  /** Bytes per KV element as streamed (2 for bf16). */
  readonly kvElemBytes?: number;
  /** True only for the isolated benchmark, which re-reads the same KV (L2-resident when small). */
  readonly warmL2?: boolean;
}

/**
 * Decode attention for sequences with the given context lengths on one GPU, µs.
 * @param contexts tokens attended by each decoding sequence
 * @param kvHeads KV heads on this GPU
 */
export function decodeAttentionUs(c: DecodeAttnCoefficients, contexts: readonly number[], kvHeads: number, headDim: number, opts: DecodeAttnOptions = {}): number {
  if (contexts.length === 0) return 0;
  const bytesPerToken = 2 * headDim * (opts.kvElemBytes ?? 2);
  let maxCtx = 0;
  let sumCtx = 0;
  for (const l of contexts) {
    maxCtx = Math.max(maxCtx, l);
    sumCtx += l;
  }
  const units = contexts.length * kvHeads;
  const chainUs = (maxCtx * bytesPerToken) / (c.unitGBps * 1e3);
  const kvBytes = sumCtx * kvHeads * bytesPerToken;
  // The benchmark's KV stays in L2 when it fits; inside a real step weights flush it.
  const hot = opts.warmL2 ? 1 / (1 + (kvBytes / (c.l2MiB * 1048576)) ** 4) : 0;
  const streamUs = (kvBytes * (1 - hot)) / (c.gbps * 1e3) + (kvBytes * hot) / (c.l2GBps * 1e3) + (units * c.unitOverheadKB) / c.gbps;
  return c.t0Us + (chainUs ** c.p + streamUs ** c.p) ** (1 / c.p);
}
