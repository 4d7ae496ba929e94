/**
 * How fast one vLLM pod serves, from the calibrated cost model (src/sim/cost). Deliberately
 * coarse, because the autoscaling model needs throughput and latency at the scale of seconds,
 * not per step:
 *
 * - a pod runs at most `slots` requests at once: `max_num_seqs` (256), or fewer when the KV cache
 *   cannot hold that many requests of the workload's mean length (`planMemory`);
 * - a request that starts on a pod is prefilled alone (its prompt priced as one chunk), then
 *   decodes one token per step at the step time of the batch it joined (the running count then,
 *   itself included, at the mean context) — prefill/decode interleaving and batch changes
 *   during its decode are not modelled;
 * - requests beyond `slots` wait in the pod's queue (`vllm:num_requests_waiting`).
 */
import { createCalibratedCostModel } from '../cost/calibratedCostModel.ts';
import { findModel } from '../cost/catalog/models.ts';
import { planMemory } from '../cost/memoryPlanner.ts';
import { weightBytesPerGpu } from '../cost/model/weights.ts';
import type { PodServingConfig } from './types.ts';

/** Prices requests on one pod of a deployment. */
export interface PodCapacity {
  readonly label: string;
  /** Requests a pod runs at once. */
  readonly slots: number;
  /** KV cache size in tokens (for `vllm:kv_cache_usage_perc`). */
  readonly kvCacheTokens: number;
  /** Checkpoint size in bytes (what the cold start downloads and loads). */
  readonly modelBytes: number;
  /** GPUs per pod (tensor parallel degree). */
  readonly gpusPerPod: number;
  /** Time to prefill a prompt of `tokens` alone, seconds. */
  prefillS(tokens: number): number;
  /** Time per output token with `batch` sequences decoding, seconds. */
  decodeStepS(batch: number): number;
}

/** vLLM's default `max_num_seqs` on GPUs. */
const MAX_NUM_SEQS = 256;

/**
 * Builds the pod model for a catalog model and GPU.
 * @throws Error naming the field when the model or GPU id is unknown or the weights do not fit
 */
export function podCapacity(c: PodServingConfig, meanPromptTokens: number, meanOutputTokens: number): PodCapacity {
  const model = findModel(c.modelId);
  if (!model) throw new Error(`pod.modelId: unknown model "${c.modelId}"`);
  const cost = createCalibratedCostModel({ modelId: c.modelId, gpuId: c.gpuId, tp: c.tp });
  const plan = planMemory({ model, gpu: cost.deployment.gpu, tp: c.tp, weightDtype: 'bf16', kvDtype: 'bf16', maxModelLen: c.maxModelLen });
  if (!plan.fits) throw new Error(`pod: ${c.modelId} on ${c.gpuId} with tp ${c.tp}: ${plan.problem ?? 'does not fit'}`);
  const meanLen = meanPromptTokens + meanOutputTokens;
  const slots = Math.max(1, Math.min(MAX_NUM_SEQS, Math.floor(plan.kvCacheTokens / meanLen)));
  const context = Math.round(meanPromptTokens + meanOutputTokens / 2);
  // Both are memoised: the calibrated model costs ~0.1 ms a call and a run starts ~10⁵ requests.
  const decodeCache = new Map<number, number>();
  const prefillCache = new Map<number, number>();
  return {
    label: cost.label,
    slots,
    kvCacheTokens: plan.kvCacheTokens,
    modelBytes: weightBytesPerGpu(model, 'bf16', 1),
    gpusPerPod: c.tp,
    prefillS(tokens) {
      let us = prefillCache.get(tokens);
      if (us === undefined) {
        us = cost.stepTimeUs({ prefills: [{ newTokens: tokens, cachedTokens: 0, emitsToken: true }], decodes: [] });
        prefillCache.set(tokens, us);
      }
      return us / 1e6;
    },
    decodeStepS(batch) {
      const b = Math.max(1, Math.min(slots, Math.round(batch)));
      let us = decodeCache.get(b);
      if (us === undefined) {
        us = cost.stepTimeUs({ prefills: [], decodes: Array.from({ length: b }, () => ({ contextTokens: context })) });
        decodeCache.set(b, us);
      }
      return us / 1e6;
    },
  };
}
