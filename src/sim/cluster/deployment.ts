/**
 * What one replica (one vLLM pod) is: model, GPU, tensor parallelism and the vLLM flags that
 * matter for routing. KV capacity comes from the cost model's vLLM-style memory planner, step
 * times from the calibrated step-time model (through the fast stand-in in stepCost.ts).
 */
import { findModel } from '../cost/catalog/models.ts';
import { findGpu } from '../cost/catalog/gpus.ts';
import { kvBytesPerToken, kvBytesPerTokenPerGpu, planMemory } from '../cost/memoryPlanner.ts';
import { tpProblem } from '../cost/model/shardShapes.ts';
import { createStepCost, type StepCost } from './stepCost.ts';
import type { DeploymentConfig } from './types.ts';

/**
 * The replica used by llm-d's published routing benchmarks: a 32B dense model on two H100s
 * (TP=2), ~300k tokens of KV per replica (the kvcache-wins blog reports 307,328 for Qwen3-32B).
 * The catalog's Qwen2.5-32B has the same shape (64 layers, 8 KV heads of 128): 256 KiB of KV
 * per token. Pods run `--block-size 64`, as llm-d's precise-prefix sample configs do, so the
 * router's 64-token blocks (llm-d-router clamps its block size to ≥ 64) line up with vLLM's.
 */
export const DEFAULT_DEPLOYMENT: DeploymentConfig = {
  modelId: 'qwen2.5-32b',
  gpuId: 'h100-sxm-80gb',
  tp: 2,
  gpuMemoryUtilization: 0.9,
  blockSize: 64,
  maxNumBatchedTokens: 8192,
  maxNumSeqs: 256,
  maxModelLen: 32_768,
};

/** A deployment with everything derived. */
export interface ResolvedDeployment extends DeploymentConfig {
  /** Usable KV blocks per replica (vLLM `num_gpu_blocks` − the null block). */
  readonly numGpuBlocks: number;
  /** KV cache tokens per replica. */
  readonly kvCacheTokens: number;
  /** KV bytes per token, whole model (what crosses the wire in a P/D transfer). */
  readonly kvBytesPerToken: number;
  /** KV bytes per token held on one GPU (what one GPU copies over its own link). */
  readonly kvBytesPerTokenPerGpu: number;
  readonly cost: StepCost;
  /** "Qwen2.5-32B on H100 SXM, TP2, bf16 (calibrated)". */
  readonly label: string;
}

const cache = new Map<string, ResolvedDeployment>();

/** What sizing a replica decides, without the step-cost tables. */
export interface DeploymentSize {
  /** Usable KV blocks per replica (vLLM `num_gpu_blocks` − the null block). */
  readonly numGpuBlocks: number;
  /** KV cache tokens per replica. */
  readonly kvCacheTokens: number;
}

/**
 * Whether and how a replica fits: the TP degree is valid for the model and the weights leave
 * KV blocks. Cheap (no step-cost tables), for callers that only ask "does it fit?".
 * @throws Error when the model does not fit the GPUs, the TP degree is invalid or an id is unknown
 */
export function sizeDeployment(d: DeploymentConfig): DeploymentSize {
  const model = findModel(d.modelId);
  const gpu = findGpu(d.gpuId);
  if (!model) throw new Error(`unknown model "${d.modelId}"`);
  if (!gpu) throw new Error(`unknown GPU "${d.gpuId}"`);
  const plan = planMemory({
    model,
    gpu,
    tp: d.tp,
    weightDtype: 'bf16',
    kvDtype: 'bf16',
    gpuMemoryUtilization: d.gpuMemoryUtilization,
    blockSize: d.blockSize,
    maxNumBatchedTokens: d.maxNumBatchedTokens,
    maxNumSeqs: d.maxNumSeqs,
    maxModelLen: d.maxModelLen,
  });
  if (!plan.fits) throw new Error(plan.problem ?? 'the model does not fit');
  // The step-cost model would refuse this degree too, with the same message.
  const problem = tpProblem(model, d.tp);
  if (problem) throw new Error(problem);
  return { numGpuBlocks: plan.numGpuBlocks - 1, kvCacheTokens: (plan.numGpuBlocks - 1) * d.blockSize };
}

/**
 * Sizes a replica and builds its step cost (memoised: building the step-cost tables takes ~0.1 s).
 * @throws Error when the model does not fit the GPUs or an id is unknown
 */
export function resolveDeployment(d: DeploymentConfig = DEFAULT_DEPLOYMENT): ResolvedDeployment {
  const key = JSON.stringify(d);
  const hit = cache.get(key);
  if (hit) return hit;
  const size = sizeDeployment(d);
  // sizeDeployment has checked both ids.
  const model = findModel(d.modelId) as NonNullable<ReturnType<typeof findModel>>;
  const cost = createStepCost({ modelId: d.modelId, gpuId: d.gpuId, tp: d.tp, ...(d.interconnect ? { interconnect: d.interconnect } : {}) });
  const r: ResolvedDeployment = {
    ...d,
    ...size,
    kvBytesPerToken: kvBytesPerToken(model, 'bf16'),
    kvBytesPerTokenPerGpu: kvBytesPerTokenPerGpu(model, 'bf16', d.tp),
    cost,
    label: cost.label,
  };
  cache.set(key, r);
  return r;
}
