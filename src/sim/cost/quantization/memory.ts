/**
 * Weight bytes and the vLLM memory plan for every scheme of the quantisation widget. The five
 * formats the cost model knows go straight through `planMemory`; the two FP4 formats are planned
 * as INT4 AWQ and then charged their extra weight bytes (FP4 scales cost more than AWQ's), so any
 * change to how vLLM sizes memory (utilisation default, CUDA-graph estimate) applies to them too.
 */
import { kvCapacity, planMemory } from '../memoryPlanner.ts';
import { bytesPerWeight, layerMatrices, weightBytesPerGpu } from '../model/weights.ts';
import type { GpuSpec, KvDtype, ModelArch, WeightDtype } from '../types.ts';
import { fp4MatrixBytes, type QuantSchemeId } from './schemes.ts';

/** The cost model's dtype for a scheme (FP4 formats: INT4 AWQ, the closest in bytes). */
export function plannerDtype(scheme: QuantSchemeId): WeightDtype {
  return scheme === 'nvfp4' || scheme === 'mxfp4' ? 'int4-awq' : scheme;
}

/**
 * Weight bytes held by one GPU: quantised linear layers (scales included), bf16 embeddings,
 * lm_head and norms, split `tp` ways as `weightBytesPerGpu` does.
 */
export function schemeWeightBytesPerGpu(model: ModelArch, scheme: QuantSchemeId, tp: number): number {
  if (scheme !== 'nvfp4' && scheme !== 'mxfp4') return weightBytesPerGpu(model, scheme, tp);
  const bf16All = weightBytesPerGpu(model, 'bf16', tp);
  const bf16Linear = (model.layers * layerMatrices(model).reduce((s, [k, n, c]) => s + k * n * 2 * c, 0)) / tp;
  const fp4Linear = (model.layers * layerMatrices(model).reduce((s, [k, n, c]) => s + fp4MatrixBytes(k, n, scheme) * c, 0)) / tp;
  return bf16All - bf16Linear + fp4Linear;
}

/** Bits per weight of the linear layers, scales included (a 4096 × 4096 matrix). */
export function schemeBitsPerWeight(scheme: QuantSchemeId): number {
  const k = 4096;
  if (scheme === 'nvfp4' || scheme === 'mxfp4') return (fp4MatrixBytes(k, k, scheme) * 8) / (k * k);
  return bytesPerWeight(scheme) * 8;
}

export interface SchemeMemoryInput {
  readonly model: ModelArch;
  readonly gpu: GpuSpec;
  readonly tp: number;
  readonly scheme: QuantSchemeId;
  readonly kvDtype: KvDtype;
  /** max_model_len for the concurrency figure. */
  readonly maxModelLen: number;
  /** vLLM gpu_memory_utilization; the planner's default when absent. */
  readonly gpuMemoryUtilization?: number;
}

/** One GPU's memory under a scheme, in bytes, with vLLM's block and concurrency figures. */
export interface SchemeMemory {
  readonly totalBytes: number;
  readonly requestedBytes: number;
  readonly weightBytes: number;
  /** Profiling activations, non-torch memory and CUDA graphs: what is neither weights nor KV. */
  readonly otherBytes: number;
  readonly kvCacheBytes: number;
  readonly kvBytesPerTokenPerGpu: number;
  readonly blockBytes: number;
  readonly blockSize: number;
  readonly numGpuBlocks: number;
  readonly kvCacheTokens: number;
  readonly maxModelLen: number;
  readonly maxConcurrency: number;
  readonly fits: boolean;
  readonly problem: string | null;
}

/**
 * Plans one GPU's memory for a scheme.
 * @example schemeMemory({ model, gpu, tp: 1, scheme: 'fp8', kvDtype: 'fp8', maxModelLen: 8192 }).numGpuBlocks
 */
export function schemeMemory(input: SchemeMemoryInput): SchemeMemory {
  const { model, gpu, tp, scheme, kvDtype, maxModelLen } = input;
  const plan = planMemory({
    model,
    gpu,
    tp,
    weightDtype: plannerDtype(scheme),
    kvDtype,
    maxModelLen,
    ...(input.gpuMemoryUtilization === undefined ? {} : { gpuMemoryUtilization: input.gpuMemoryUtilization }),
  });
  const otherBytes = plan.requestedBytes - plan.weightBytes - plan.kvCacheBytes;
  if (scheme !== 'nvfp4' && scheme !== 'mxfp4') {
    return {
      totalBytes: plan.totalBytes,
      requestedBytes: plan.requestedBytes,
      weightBytes: plan.weightBytes,
      otherBytes,
      kvCacheBytes: plan.kvCacheBytes,
      kvBytesPerTokenPerGpu: plan.kvBytesPerTokenPerGpu,
      blockBytes: plan.blockBytes,
      blockSize: plan.blockSize,
      numGpuBlocks: plan.numGpuBlocks,
      kvCacheTokens: plan.kvCacheTokens,
      maxModelLen,
      maxConcurrency: plan.maxConcurrency,
      fits: plan.fits,
      problem: plan.problem ?? null,
    };
  }
  // FP4 weights are a little larger than INT4 AWQ's: take the difference out of the KV budget.
  const weightBytes = schemeWeightBytesPerGpu(model, scheme, tp);
  const kvCacheBytes = Math.max(0, plan.kvCacheBytes - (weightBytes - plan.weightBytes));
  const cap = kvCapacity(kvCacheBytes, plan.kvBytesPerTokenPerGpu, plan.blockSize, maxModelLen);
  const blocksPerRequest = Math.ceil(maxModelLen / plan.blockSize);
  let problem: string | null = null;
  if (kvCacheBytes <= 0) problem = `weights and activations do not fit in ${(plan.requestedBytes / 1024 ** 3).toFixed(1)} GiB; raise tp or use a smaller model`;
  else if (cap.numGpuBlocks < blocksPerRequest) problem = `KV cache holds ${cap.kvCacheTokens} tokens, less than max_model_len ${maxModelLen}`;
  return {
    totalBytes: plan.totalBytes,
    requestedBytes: plan.requestedBytes,
    weightBytes,
    otherBytes: plan.requestedBytes - weightBytes - kvCacheBytes,
    kvCacheBytes,
    kvBytesPerTokenPerGpu: plan.kvBytesPerTokenPerGpu,
    blockBytes: plan.blockBytes,
    blockSize: plan.blockSize,
    numGpuBlocks: cap.numGpuBlocks,
    kvCacheTokens: cap.kvCacheTokens,
    maxModelLen,
    maxConcurrency: cap.maxConcurrency,
    fits: problem === null,
    problem,
  };
}
