/**
 * Where a model fits, from the course's model of GPU memory: on a slice of one GPU, on one GPU,
 * within one 8-GPU node (the smallest TP that leaves KV for four max-length sequences), or only
 * across nodes; and how long a new replica takes to become ready.
 */
import { findGpu, findModel, weightBytesPerGpu } from '../../sim/cost/index.ts';
import { coldStartS, minimalTp } from '../../sim/patterns/index.ts';

export type FitKind = 'tiny' | 'one-gpu' | 'one-node' | 'beyond-node';

export interface Fit {
  readonly kind: FitKind;
  /** The smallest tensor-parallel degree that fits with room for KV, or null beyond one node. */
  readonly tp: number | null;
  /** bf16 weights as a share of one GPU's memory (null for a model outside the catalog). */
  readonly weightShare: number | null;
  /** Seconds from creating a replica to readiness (weights from a node-local cache), or null. */
  readonly coldStartS: number | null;
}

/** A model whose bf16 weights take at most this share of one GPU would leave most of it idle. */
export const TINY_SHARE = 0.1;

/** The pseudo-model "larger than one node of this GPU". */
export const BEYOND_NODE = 'beyond-node';

/**
 * Sizes a model on a GPU with the course's memory model (`minimalTp`).
 * @example fitOf('qwen2.5-32b', 'h100-sxm-80gb') // { kind: 'one-node', tp: 2, … }
 */
export function fitOf(modelId: string, gpuId: string): Fit {
  const model = findModel(modelId);
  const gpu = findGpu(gpuId);
  if (!model || !gpu) return { kind: 'beyond-node', tp: null, weightShare: null, coldStartS: null };
  const weightShare = weightBytesPerGpu(model, 'bf16', 1) / (gpu.memoryGiB * 2 ** 30);
  const cold = coldStartS(modelId);
  let tp: number;
  try {
    tp = minimalTp(modelId, gpuId);
  } catch {
    return { kind: 'beyond-node', tp: null, weightShare, coldStartS: cold };
  }
  const kind: FitKind = tp > 1 ? 'one-node' : weightShare <= TINY_SHARE ? 'tiny' : 'one-gpu';
  return { kind, tp, weightShare, coldStartS: cold };
}
