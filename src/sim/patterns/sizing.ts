/**
 * Sizing a replica for a pattern: the tensor-parallel degree a model needs on a GPU, the vLLM
 * flags the patterns share, and how long a new replica takes to become ready.
 */
import { resolveDeployment, sizeDeployment, type ResolvedDeployment } from '../cluster/deployment.ts';
import { DEFAULT_DEPLOYMENT } from '../cluster/deployment.ts';
import type { DeploymentConfig } from '../cluster/types.ts';
import { COLD_START_DEFAULTS, coldStartPhases } from '../autoscale/index.ts';
import { findModel } from '../cost/catalog/models.ts';
import { findGpu } from '../cost/catalog/gpus.ts';
import { weightBytesPerGpu } from '../cost/model/weights.ts';

/** Tensor-parallel degrees within one 8-GPU node. */
export const TP_DEGREES = [1, 2, 4, 8] as const;

/** A replica must hold at least this many max-length sequences of KV to be worth serving from. */
const MIN_SEQS_OF_KV = 4;

/**
 * The deployment of one replica at a given TP (the llm-d benchmark's flags otherwise).
 * @throws Error when the model does not fit or an id is unknown
 */
export function replicaAt(modelId: string, gpuId: string, tp: number, patch: Partial<DeploymentConfig> = {}): ResolvedDeployment {
  return resolveDeployment({ ...DEFAULT_DEPLOYMENT, modelId, gpuId, tp, ...patch });
}

/** Whether a TP degree works for the model on the GPU (heads divide, weights and enough KV fit). */
function usable(modelId: string, gpuId: string, tp: number): boolean {
  const d = { ...DEFAULT_DEPLOYMENT, modelId, gpuId, tp };
  try {
    // Sizing only: the step-cost tables (tens of ms each) are not needed to know whether it fits.
    return sizeDeployment(d).kvCacheTokens >= MIN_SEQS_OF_KV * d.maxModelLen;
  } catch {
    return false;
  }
}

/**
 * The smallest TP (1, 2, 4, 8) at which the model fits the GPU with KV for four max-length
 * sequences — what one replica of the pattern uses unless it is about TP itself.
 * @throws Error naming the model and GPU when even TP 8 is not enough, or an id is unknown
 */
export function minimalTp(modelId: string, gpuId: string): number {
  if (!findModel(modelId)) throw new Error(`unknown model "${modelId}"`);
  if (!findGpu(gpuId)) throw new Error(`unknown GPU "${gpuId}"`);
  for (const tp of TP_DEGREES) if (usable(modelId, gpuId, tp)) return tp;
  throw new Error(`${modelId} does not fit ${gpuId} even at TP 8 (one node)`);
}

/** The largest TP degree ≤ `limit` that works for the model on the GPU (0 if none). */
export function largestTp(modelId: string, gpuId: string, limit: number): number {
  let best = 0;
  for (const tp of TP_DEGREES) if (tp <= limit && usable(modelId, gpuId, tp)) best = tp;
  return best;
}

/** Storage a scaled-out replica reads its weights from: a LocalModelCache on the node (the fastest KServe offers). */
export const COLD_START_STORAGE = 'local-cache://';

/**
 * Seconds from creating a replica to its readiness: scheduling, weights from the node's model
 * cache into the GPUs, torch.compile, CUDA-graph capture and the readiness probe (the autoscaling
 * model's phases, runtime image already on the node, GPUs free within the budget).
 */
export function coldStartS(modelId: string): number {
  const model = findModel(modelId);
  if (!model) throw new Error(`unknown model "${modelId}"`);
  const bytes = weightBytesPerGpu(model, 'bf16', 1);
  const phases = coldStartPhases({ ...COLD_START_DEFAULTS, storageUri: COLD_START_STORAGE }, bytes, { imageAtS: 0, modelAtS: null }, 0, 0);
  return phases.reduce((s, p) => s + p.durationS, 0);
}
