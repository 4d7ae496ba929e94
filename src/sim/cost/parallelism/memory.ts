/**
 * Per-GPU memory of pipeline- and expert-parallel layouts, built on the vLLM-style planner:
 * the budget, the profiling run's activations and the CUDA-graph estimate come from
 * `planMemory` at TP=1 (each of these GPUs runs full-width layers), only the weights and the KV
 * bytes per token differ.
 */
import { kvBytesPerToken, kvCapacity, planMemory } from '../memoryPlanner.ts';
import { matrixBytes, weightBytesPerGpu } from '../model/weights.ts';
import type { GpuSpec, KvDtype, ModelArch, WeightDtype } from '../types.ts';

export interface LayoutMemory {
  readonly weightBytes: number;
  readonly kvCacheBytes: number;
  /** KV bytes one token costs on this GPU. */
  readonly kvBytesPerTokenPerGpu: number;
  readonly numGpuBlocks: number;
  /** Tokens of KV this GPU holds (for the sequences it serves). */
  readonly kvCacheTokens: number;
  /** Requests of `maxModelLen` tokens this GPU's KV holds. */
  readonly maxConcurrency: number;
  readonly fits: boolean;
}

export interface LayoutInput {
  readonly model: ModelArch;
  readonly gpu: GpuSpec;
  readonly weightDtype: WeightDtype;
  readonly kvDtype: KvDtype;
  /** Context each request needs, tokens. */
  readonly maxModelLen: number;
}

function layout(input: LayoutInput, weightBytes: number, perToken: number): LayoutMemory {
  const base = planMemory({ model: input.model, gpu: input.gpu, tp: 1, weightDtype: input.weightDtype, kvDtype: input.kvDtype, maxModelLen: input.maxModelLen });
  const kvCacheBytes = Math.max(0, base.requestedBytes - base.activationBytes - base.cudaGraphBytes - weightBytes);
  const cap = kvCapacity(kvCacheBytes, perToken, base.blockSize, input.maxModelLen);
  return { weightBytes, kvCacheBytes, kvBytesPerTokenPerGpu: perToken, numGpuBlocks: cap.numGpuBlocks, kvCacheTokens: cap.kvCacheTokens, maxConcurrency: cap.maxConcurrency, fits: cap.maxConcurrency >= 1 };
}

/**
 * One pipeline stage's GPU (the largest stage: an end stage, holding the embedding or the lm_head).
 * @throws Error when the layers do not divide into `pp` stages
 */
export function pipelineStageMemory(input: LayoutInput, pp: number): LayoutMemory {
  const m = input.model;
  if (m.layers % pp !== 0) throw new Error(`${m.name} has ${m.layers} layers, not divisible into ${pp} equal stages`);
  const stage: ModelArch = { ...m, layers: m.layers / pp };
  // weightBytesPerGpu counts both the embedding and the lm_head; an end stage holds one of them when pp > 1.
  const both = weightBytesPerGpu(stage, input.weightDtype, 1);
  const weightBytes = pp > 1 && !m.tiedEmbeddings ? both - m.vocab * m.hidden * 2 : both;
  return layout(input, weightBytes, kvBytesPerToken(stage, input.kvDtype));
}

/**
 * One GPU of a DP-attention + EP-experts group of `ep`: full attention and embeddings, experts/ep experts.
 * @throws Error for a dense model
 */
export function expertParallelMemory(input: LayoutInput, ep: number): LayoutMemory {
  const m = input.model;
  if (!m.moe) throw new Error(`${m.name} is not a mixture-of-experts model`);
  const e = m.moe;
  const allExperts = m.layers * e.experts * (matrixBytes(m.hidden, 2 * e.expertIntermediate, input.weightDtype) + matrixBytes(e.expertIntermediate, m.hidden, input.weightDtype));
  const weightBytes = weightBytesPerGpu(m, input.weightDtype, 1) - allExperts * (1 - 1 / ep);
  return layout(input, weightBytes, kvBytesPerToken(m, input.kvDtype));
}
