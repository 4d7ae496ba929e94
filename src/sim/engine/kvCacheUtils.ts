/**
 * Sizing the KV cache as vLLM does at start-up (`vllm/v1/core/kv_cache_utils.py`).
 */

/** What one layer's KV cache looks like. */
export interface KvLayout {
  readonly blockSize: number;
  readonly numKvHeads: number;
  readonly headSize: number;
  /** 2 for fp16/bf16, 1 for fp8 (`kv_cache_dtype`). */
  readonly dtypeBytes: number;
  readonly numLayers: number;
  /** MLA stores one latent per token, not K and V (no factor 2). */
  readonly mla?: boolean;
}

/** `page_size_bytes` of one block in one layer: 2 (K, V) × block × heads × head size × dtype. */
export function pageSizeBytes(l: KvLayout): number {
  return (l.mla ? 1 : 2) * l.blockSize * l.numKvHeads * l.headSize * l.dtypeBytes;
}

/** KV bytes one token takes across all layers. */
export function kvBytesPerToken(l: KvLayout): number {
  return (pageSizeBytes(l) / l.blockSize) * l.numLayers;
}

/**
 * `get_num_blocks`: available memory ÷ page size ÷ layers, floored, at least 0.
 * @example numGpuBlocksFor(16384 * 2 * 32, { blockSize: 16, numKvHeads: 2, headSize: 64, dtypeBytes: 4, numLayers: 2 }) // 32
 */
export function numGpuBlocksFor(availableBytes: number, l: KvLayout): number {
  return Math.max(0, Math.floor(Math.floor(availableBytes / pageSizeBytes(l)) / l.numLayers));
}

/** `get_max_concurrency_for_kv_cache_config`: how many max-length requests the blocks hold. */
export function maxConcurrency(numBlocks: number, blockSize: number, maxModelLen: number): number {
  return numBlocks / Math.ceil(maxModelLen / blockSize);
}

/**
 * `estimate_max_model_len`: the largest length ≤ `maxModelLen` whose KV fits in the memory
 * (binary search, as vLLM does when start-up fails).
 */
export function estimateMaxModelLen(availableBytes: number, l: KvLayout, maxModelLen: number): number {
  const fits = (len: number): boolean => Math.ceil(len / l.blockSize) * pageSizeBytes(l) * l.numLayers <= availableBytes;
  let lo = 0;
  let hi = maxModelLen;
  while (lo < hi) {
    const mid = Math.floor((lo + hi + 1) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
