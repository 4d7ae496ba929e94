/**
 * What rank and adapter count cost, from the course's cost model: a reference decode step
 * (64 sequences at 1,024 tokens of context, Llama-3.1-8B on an H100, calibrated) plus LoRA's
 * extra time from `loraCost.ts`, which is an ESTIMATE (no LoRA calibration run behind it).
 */
import { adapterActivateUs, adapterBytes, adapterLoadUs, loraStepExtraUs } from '../../sim/cost/loraCost.ts';
import { defaultCostModel } from '../../sim/engine/defaultCostModel.ts';
import { kvBytesPerToken } from '../../sim/engine/kvCacheUtils.ts';
import type { OverheadRow } from './types.ts';
import { RANK_VALUES } from './settings.ts';

/** Distinct adapters in the reference batch, one column each. */
export const OVERHEAD_COUNTS: readonly number[] = [1, 2, 4, 8];
/** The reference step: decode sequences and their context. */
export const REFERENCE_BATCH = 64;
export const REFERENCE_CONTEXT = 1024;

/** The reference decode step without LoRA (µs). */
export function referenceStepUs(): number {
  const decodes = Array.from({ length: REFERENCE_BATCH }, () => ({ contextTokens: REFERENCE_CONTEXT }));
  return defaultCostModel.stepTimeUs({ prefills: [], decodes });
}

/** Base step ÷ step with `count` distinct adapters of `rank` (estimated). */
export function relativeThroughput(rank: number, count: number, baseUs = referenceStepUs()): number {
  const ranks = Array.from({ length: count }, () => rank);
  return baseUs / (baseUs + loraStepExtraUs(baseUs, ranks));
}

/** The rank × adapter-count table the widget shows. */
export function overheadTable(): OverheadRow[] {
  const baseUs = referenceStepUs();
  return RANK_VALUES.map((rank) => ({
    rank,
    adapterMB: adapterBytes(rank) / 1e6,
    loadMs: adapterLoadUs(rank) / 1000,
    activateMs: adapterActivateUs(rank) / 1000,
    relThroughput: OVERHEAD_COUNTS.map((c) => relativeThroughput(rank, c, baseUs)),
  }));
}

/** Llama-3.1-8B's KV cache per 16-token block in bf16 (32 layers, 8 KV heads of 128): 2 MiB. */
const BLOCK_BYTES = 16 * kvBytesPerToken({ blockSize: 16, numKvHeads: 8, headSize: 128, dtypeBytes: 2, numLayers: 32 });

/**
 * KV blocks left once `maxLoras` slots of `maxLoraRank` are reserved on the GPU: vLLM allocates
 * the stacked LoRA weights for every slot at the largest rank before it sizes the KV cache.
 */
export function kvBlocksWithSlots(baseBlocks: number, maxLoras: number, maxLoraRank: number): number {
  return Math.max(0, baseBlocks - Math.ceil((maxLoras * adapterBytes(maxLoraRank)) / BLOCK_BYTES));
}
