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
export { estimateMaxModelLen, kvBytesPerToken, maxConcurrency, numGpuBlocksFor, pageSizeBytes, type KvLayout } from './kvCacheUtils.ts';
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
