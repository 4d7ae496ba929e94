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

/** vLLM's default `gpu_memory_utilization` since 0.21 (0.9 before, PR #38284). */
export const DEFAULT_GPU_MEMORY_UTILIZATION = 0.92;
/** The default at v0.11. */
export const LEGACY_GPU_MEMORY_UTILIZATION = 0.9;

/** What start-up profiling measures, in bytes (`determine_available_memory`). */
export interface StartupMemory {
  /** Total GPU memory. */
  readonly totalBytes: number;
  /** Default `DEFAULT_GPU_MEMORY_UTILIZATION`. */
  readonly gpuMemoryUtilization?: number;
  readonly weightBytes: number;
  /** Peak activations of the profiling run plus non-torch memory. */
  readonly activationBytes: number;
  /** Estimated CUDA-graph memory, subtracted at start-up by default since 0.21
   * (`VLLM_MEMORY_PROFILER_ESTIMATE_CUDAGRAPHS`); pass 0 for v0.11's sizing. */
  readonly cudaGraphBytes?: number;
}

/**
 * KV cache memory at start-up: total × utilization − (weights + activations + CUDA graphs),
 * at least 0 (`kv_cache_memory_bytes` would bypass this).
 * @example availableKvCacheBytes({ totalBytes: 80 * 2 ** 30, weightBytes: 15 * 2 ** 30, activationBytes: 2.5 * 2 ** 30, cudaGraphBytes: 0.6 * 2 ** 30 }) / 2 ** 21 // ≈ 28,400 16-token blocks of Llama-3.1-8B
 */
export function availableKvCacheBytes(m: StartupMemory): number {
  const util = m.gpuMemoryUtilization ?? DEFAULT_GPU_MEMORY_UTILIZATION;
  if (!(util > 0 && util <= 1)) throw new Error(`gpuMemoryUtilization: must be in (0, 1], got ${util}`);
  return Math.max(0, m.totalBytes * util - m.weightBytes - m.activationBytes - (m.cudaGraphBytes ?? 0));
}
