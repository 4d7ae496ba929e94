/**
 * Sizes GPU memory the way vLLM V1 does at startup (gpu_worker.determine_available_memory
 * and kv_cache_utils.get_num_blocks): requested = total × gpu_memory_utilization; KV gets
 * what is left after weights, the profiling run's peak activations, non-torch memory and —
 * by default since v0.21.0, so at the pinned 0.33 — the estimated CUDA-graph memory;
 * num_blocks = available // (page_size × layers). `LEGACY_V0_11_MEMORY` restores v0.11's
 * sizing (0.9, graphs captured afterwards in the memory outside the budget).
 */
import { weightBytesPerGpu } from './model/weights.ts';
import { shardShapes } from './model/shardShapes.ts';
import type { KvDtype, MemoryPlan, MemoryPlanInput, ModelArch } from './types.ts';

export const GIB = 1024 ** 3;
/** vLLM's CUDA default block size. */
export const DEFAULT_BLOCK_SIZE = 16;
/** vLLM's default `gpu_memory_utilization` at the pinned release: 0.92 since v0.21.0 (PR #38284). */
export const DEFAULT_GPU_MEMORY_UTILIZATION = 0.92;
/** The default up to v0.20 (and at v0.11). */
export const LEGACY_GPU_MEMORY_UTILIZATION = 0.9;
/**
 * Estimated CUDA-graph memory per GPU, subtracted from the KV budget when vLLM profiles graphs
 * at start-up (`VLLM_MEMORY_PROFILER_ESTIMATE_CUDAGRAPHS`, on by default since v0.21.0). An
 * assumption for a dense model at vLLM's default capture sizes, the same one the engine's default
 * block count uses; vLLM logs its own figure ("Estimated CUDA graph memory: N GiB total") —
 * pass that as `cudaGraphBytes`. MoE and very large models can need several GiB.
 */
export const CUDA_GRAPH_ESTIMATE_BYTES = 0.6 * GIB;
/** v0.11's start-up sizing, for lessons that contrast it: 0.9 and no CUDA-graph estimate. */
export const LEGACY_V0_11_MEMORY = { gpuMemoryUtilization: LEGACY_GPU_MEMORY_UTILIZATION, estimateCudaGraphs: false } as const;

/** Bytes per KV element: 2 for bf16 ("auto"), 1 for fp8. */
export function kvDtypeBytes(dtype: KvDtype): number {
  return dtype === 'fp8' ? 1 : 2;
}

/**
 * KV bytes per token for the whole model: 2 (K and V) × layers × KV heads × head dim × bytes.
 * @example kvBytesPerToken(llama31_8b, 'bf16') === 131072 // 128 KiB
 */
export function kvBytesPerToken(model: ModelArch, dtype: KvDtype): number {
  return 2 * model.layers * model.kvHeads * model.headDim * kvDtypeBytes(dtype);
}

/** KV bytes per token stored on one GPU (its KV heads only; replicated heads count on each). */
export function kvBytesPerTokenPerGpu(model: ModelArch, dtype: KvDtype, tp: number): number {
  return 2 * model.layers * shardShapes(model, tp).kvHeadsPerGpu * model.headDim * kvDtypeBytes(dtype);
}

/**
 * Peak activation memory of vLLM's profiling run, estimated: the largest live tensors of one
 * layer at `maxNumBatchedTokens` (gate_up output, SiLU output, qkv, a few hidden-size
 * buffers) plus the sampler's fp32 logits for `maxNumSeqs` rows, plus non-torch memory
 * (CUDA context growth, NCCL and custom all-reduce buffers when tp > 1).
 */
export function activationBytes(model: ModelArch, tp: number, maxNumBatchedTokens: number, maxNumSeqs: number): number {
  const s = shardShapes(model, tp);
  const moeFactor = model.moe ? model.moe.expertsPerToken : 1;
  const perToken = 2 * (3 * s.intermediatePerGpu * moeFactor + s.qkvN + 3 * model.hidden);
  const logits = maxNumSeqs * model.vocab * 4;
  const nonTorch = 0.15 * GIB + (tp > 1 ? 0.6 * GIB : 0);
  return maxNumBatchedTokens * perToken + logits + nonTorch;
}

/** What a KV budget holds, as vLLM's get_num_blocks / get_max_concurrency_for_kv_cache_config compute it. */
export interface KvCapacity {
  readonly numGpuBlocks: number;
  readonly kvCacheTokens: number;
  readonly maxConcurrency: number;
  readonly maxModelLenThatFits: number;
}

/**
 * Blocks, tokens and concurrency for `kvCacheBytes` of KV memory on one GPU.
 * @example kvCapacity(8 * GIB, 512 * 1024, 16, 16384).kvCacheTokens === 16384 // vLLM test_estimate_max_model_len
 */
export function kvCapacity(kvCacheBytes: number, kvBytesPerTokenOnGpu: number, blockSize: number, maxModelLen: number): KvCapacity {
  const numGpuBlocks = Math.max(0, Math.floor(kvCacheBytes / (kvBytesPerTokenOnGpu * blockSize)));
  return {
    numGpuBlocks,
    kvCacheTokens: numGpuBlocks * blockSize,
    maxConcurrency: numGpuBlocks / Math.ceil(maxModelLen / blockSize),
    maxModelLenThatFits: numGpuBlocks * blockSize,
  };
}

/**
 * Plans one GPU's memory for a model under tensor parallelism.
 * @returns the breakdown, block count, concurrency and the largest context that fits
 * @example planMemory({ model, gpu, tp: 1, weightDtype: 'bf16', kvDtype: 'bf16' }).numGpuBlocks
 */
export function planMemory(input: MemoryPlanInput): MemoryPlan {
  const { model, gpu, tp, weightDtype, kvDtype } = input;
  const util = input.gpuMemoryUtilization ?? DEFAULT_GPU_MEMORY_UTILIZATION;
  if (!(util > 0 && util <= 1)) throw new Error(`gpuMemoryUtilization must be in (0, 1] (got ${util})`);
  const blockSize = input.blockSize ?? DEFAULT_BLOCK_SIZE;
  const maxModelLen = input.maxModelLen ?? model.maxPositionEmbeddings;
  const totalBytes = gpu.usableGiB * GIB;
  const requestedBytes = totalBytes * util;
  const weightBytes = weightBytesPerGpu(model, weightDtype, tp);
  const act = activationBytes(model, tp, input.maxNumBatchedTokens ?? 8192, input.maxNumSeqs ?? 256);
  const graphs = input.estimateCudaGraphs === false ? 0 : (input.cudaGraphBytes ?? CUDA_GRAPH_ESTIMATE_BYTES);
  if (!(graphs >= 0)) throw new Error(`cudaGraphBytes must be ≥ 0 (got ${graphs})`);
  const kvCacheBytes = Math.max(0, requestedBytes - weightBytes - act - graphs);
  const perGpu = kvBytesPerTokenPerGpu(model, kvDtype, tp);
  const blockBytes = perGpu * blockSize;
  const cap = kvCapacity(kvCacheBytes, perGpu, blockSize, maxModelLen);
  const numGpuBlocks = cap.numGpuBlocks;
  const blocksPerRequest = Math.ceil(maxModelLen / blockSize);
  const maxModelLenThatFits = Math.min(model.maxPositionEmbeddings, cap.maxModelLenThatFits);
  let problem: string | undefined;
  if (weightBytes + act + graphs > requestedBytes) {
    problem = `weights (${(weightBytes / GIB).toFixed(1)} GiB), activations and CUDA graphs do not fit in ${(requestedBytes / GIB).toFixed(1)} GiB; raise tp, quantise, or raise gpu_memory_utilization`;
  } else if (numGpuBlocks < blocksPerRequest) {
    problem = `KV cache holds ${numGpuBlocks * blockSize} tokens, less than max_model_len ${maxModelLen}; lower max_model_len to ${maxModelLenThatFits} or add memory`;
  }
  return {
    totalBytes,
    requestedBytes,
    weightBytes,
    activationBytes: act,
    cudaGraphBytes: graphs,
    kvCacheBytes,
    reservedBytes: totalBytes - requestedBytes,
    kvBytesPerToken: kvBytesPerToken(model, kvDtype),
    kvBytesPerTokenPerGpu: perGpu,
    blockBytes,
    blockSize,
    numGpuBlocks,
    kvCacheTokens: cap.kvCacheTokens,
    maxModelLen,
    maxConcurrency: cap.maxConcurrency,
    maxModelLenThatFits,
    fits: problem === undefined,
    ...(problem === undefined ? {} : { problem }),
  };
}
