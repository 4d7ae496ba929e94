/**
 * Public API of the vLLM V1 engine model. See docs/sim-api.md.
 */
export { BlockPool } from './blockPool.ts';
export { BLOCK_SIZES, ENGINE_DEFAULTS, resolveEngineConfig } from './config.ts';
export { ContiguousAllocator } from './contiguousAllocator.ts';
export { defaultCostModel } from './defaultCostModel.ts';
export { Engine, type StepResult } from './engine.ts';
export { EventSink } from './events.ts';
export { FreeBlockQueue } from './freeBlockQueue.ts';
export { checkInvariants } from './invariants.ts';
export type { ComputedBlocks, KvAllocator, PrefixCacheStats } from './kvAllocator.ts';
export { KVCacheManager } from './kvCacheManager.ts';
export {
  availableKvCacheBytes,
  DEFAULT_GPU_MEMORY_UTILIZATION,
  estimateMaxModelLen,
  kvBytesPerToken,
  LEGACY_GPU_MEMORY_UTILIZATION,
  maxConcurrency,
  numGpuBlocksFor,
  pageSizeBytes,
  type KvLayout,
  type StartupMemory,
} from './kvCacheUtils.ts';
export { LEGACY_V0_11_ENGINE, maxNumScheduledTokens } from './config.ts';
export { VLLM_LEGACY_VERSION, VLLM_VERSION } from './vllmVersion.ts';
export { DEFAULT_ACCEPTANCE, expectedTokensPerStep, expectedTokensPerStepRates, PUBLISHED_ACCEPTANCE, SPECULATIVE_METHODS, type PublishedAcceptance } from './spec/specConfig.ts';
export type { SpecDecodeMetrics } from './spec/specDecodingStats.ts';
export { LORA_RANKS } from './lora/loraConfig.ts';
export { AdapterManager, type AdapterApplyResult } from './lora/adapterManager.ts';
export { memoryBreakdown, WasteMeter, type MemoryBreakdown } from './memory.ts';
export type { MetricsSummary } from './metrics.ts';
export { Request } from './request.ts';
export { Scheduler, type SchedulerOutput } from './scheduler.ts';
export { costModelById, runScenario, scenarioEngineConfig, scenarioRequests, type Scenario, type ScenarioResult } from './scenario.ts';
export { parseScenario, ScenarioSchema } from './scenarioSchema.ts';
export { createSimpleCostModel, LLAMA_8B_H100, simpleCostModel, type RooflineParams } from './simpleCostModel.ts';
export { blockPoolSnapshot, regionsSnapshot, requestViews, type BlockPoolSnapshot, type BlockView, type RequestView } from './snapshot.ts';
export { runStaticBatching, type StaticBatch, type StaticBatchingConfig, type StaticBatchingResult } from './staticBatching.ts';
export { promptBlockHashes, tokenIdAt } from './tokens.ts';
export * from './types.ts';
export { arrivalTimesS, type ArrivalProcess } from './workload/arrivals.ts';
export { fewShotPrefixTokens, generateWorkload, type PrefixSpec, type WorkloadConfig } from './workload/generate.ts';
export { SHAREGPT, sampleLength, sampleShareGpt, type LengthDist } from './workload/lengths.ts';
