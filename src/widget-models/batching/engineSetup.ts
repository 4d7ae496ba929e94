/**
 * From settings to the engine's configuration: the calibrated cost model for the chosen model
 * and GPU (every step time comes from it) with the CPU's share of each step, and vLLM's start-up checks.
 */
import type { CostModel } from '../../sim/costModel.ts';
import { createCalibratedCostModel } from '../../sim/cost/calibratedCostModel.ts';
import { findGpu } from '../../sim/cost/catalog/gpus.ts';
import { findModel } from '../../sim/cost/catalog/models.ts';
import { planMemory } from '../../sim/cost/memoryPlanner.ts';
import type { MemoryPlan } from '../../sim/cost/types.ts';
import { resolveEngineConfig } from '../../sim/engine/config.ts';
import type { EngineConfig } from '../../sim/engine/types.ts';
import { withHostOverhead } from './hostOverhead.ts';
import { BLOCK_SIZE, type BatchSettings } from './settings.ts';

const costModels = new Map<string, CostModel>();

/** The calibrated cost model for the settings' hardware (built once per selection). */
export function costModelFor(s: BatchSettings): CostModel {
  const h = s.hw;
  const key = `${h.modelId}|${h.gpuId}|${h.tp}|${h.weightDtype}|${h.kvDtype}`;
  let cm = costModels.get(key);
  if (!cm) {
    cm = createCalibratedCostModel({ modelId: h.modelId, gpuId: h.gpuId, tp: h.tp, weightDtype: h.weightDtype, kvDtype: h.kvDtype });
    costModels.set(key, cm);
  }
  return cm;
}

/** vLLM's memory plan for the chosen hardware at this max_model_len and budget, or null if unknown. */
export function memoryPlanFor(s: BatchSettings): MemoryPlan | null {
  const model = findModel(s.hw.modelId);
  const gpu = findGpu(s.hw.gpuId);
  if (!model || !gpu) return null;
  return planMemory({
    model,
    gpu,
    tp: s.hw.tp,
    weightDtype: s.hw.weightDtype,
    kvDtype: s.hw.kvDtype,
    gpuMemoryUtilization: s.hw.gpuMemoryUtilization,
    maxNumBatchedTokens: s.maxNumBatchedTokens,
    maxNumSeqs: s.maxNumSeqs,
    maxModelLen: s.maxModelLen,
  });
}

/**
 * The engine configuration for the continuous run.
 * @throws Error with vLLM's reason when vLLM would refuse to start (weights do not fit,
 *   the pool cannot hold one max_model_len request, an impossible TP degree)
 */
export function engineConfigFor(s: BatchSettings): EngineConfig {
  const plan = memoryPlanFor(s);
  if (plan && plan.weightBytes + plan.activationBytes > plan.requestedBytes && plan.problem) throw new Error(plan.problem);
  return resolveEngineConfig({
    blockSize: BLOCK_SIZE,
    numGpuBlocks: s.numGpuBlocks,
    maxModelLen: s.maxModelLen,
    maxNumBatchedTokens: s.maxNumBatchedTokens,
    maxNumSeqs: s.maxNumSeqs,
    longPrefillTokenThreshold: s.longPrefillTokenThreshold,
    policy: s.schedulingPolicy,
    enablePrefixCaching: true,
    // CPU time per step enters through the cost model (overlapped or not), so the engine's own
    // scheduling overhead is 0 and the static run pays the same CPU time.
    costModel: withHostOverhead(costModelFor(s), { cpuUs: s.cpuUsPerStep, asyncScheduling: s.asyncScheduling }),
    asyncScheduling: s.asyncScheduling,
    schedulingOverheadUs: 0,
    eventLevel: 'blocks',
  });
}
